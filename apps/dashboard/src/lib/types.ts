/**
 * The API's shapes, inferred from the zod schemas `@accord/api` exports and checks its own
 * responses against (type-only imports: nothing of the API ships to the browser). When a response
 * changes, svelte-check names every page it breaks.
 */
import type {
  actorListSchema,
  agreementMatrixSchema,
  analysisSchema,
  articlePageSchema,
  articleWithAnalysisSchema,
  countryDetailSchema,
  countryListSchema,
  issueListSchema,
  issuePositionsListSchema,
  positionPageSchema,
  relationMatrixSchema,
  relationPageSchema,
  saveResultSchema,
  timelineSchema,
} from '@accord/api';
import type { z } from 'zod';

/** `GET /agreement`. */
export type AgreementMatrix = z.infer<typeof agreementMatrixSchema>;
export type AgreementCell = AgreementMatrix['cells'][number];
export type CellEvidence = AgreementCell['evidence'][number];
/** What moved a cell's alignment: a relation target or a position code, with both sides and evidence. */
export type AlignmentPart = AgreementCell['alignmentParts'][number];

/** `GET /relations/matrix`: who backs and who blames whom on one issue. */
export type RelationMatrix = z.infer<typeof relationMatrixSchema>;
export type RelationCell = RelationMatrix['cells'][number];

/** `GET /relations`, a page of relation records. */
export type RelationPage = z.infer<typeof relationPageSchema>;
export type RelationRecord = RelationPage['items'][number];

/** `GET /agreement/timeline`. */
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelinePoint = Timeline['points'][number];
export type Bucket = Timeline['bucket'];

/** `GET /stances`, a page of position records. */
export type PositionPage = z.infer<typeof positionPageSchema>;
export type PositionRecord = PositionPage['items'][number];
export type Polarity = PositionRecord['polarity'];

/** `GET /articles`, a page of articles without their text. */
export type ArticlePage = z.infer<typeof articlePageSchema>;
export type ArticleSummary = ArticlePage['items'][number];

/** `GET /articles/{id}`, and `POST /analyze`. */
export type ArticleWithAnalysis = z.infer<typeof articleWithAnalysisSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
export type AnalysisEvidence = Analysis['stances'][number]['positions'][number]['evidence'][number];
export type AgreementLabel = Analysis['agreements'][number]['label'];

/** `POST /articles`, one result per article. */
export type SaveResult = z.infer<typeof saveResultSchema>;

/** `GET /countries/{code}`: the corpus profile with names, and partners per issue. */
export type CountryProfile = z.infer<typeof countryDetailSchema>;
export type Partner = CountryProfile['issues'][number]['closest'][number];

/** `GET /countries`, `GET /issues`, `GET /positions` and `GET /actors`. */
export type ActorList = z.infer<typeof actorListSchema>;
export type ActorItem = ActorList['items'][number];
export type CountryList = z.infer<typeof countryListSchema>;
export type CountryItem = CountryList['items'][number];
export type IssueList = z.infer<typeof issueListSchema>;
export type IssueItem = IssueList['items'][number];
export type IssuePositionsList = z.infer<typeof issuePositionsListSchema>;
