import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countryProfile, scopedMatrix, type AgreementMatrix } from '@accord/corpus';
import { countryCode, plainMessage } from '@accord/ingest';
import { defaultLexicon, defaultLexiconData } from '@accord/lexicon';
import type { CorpusFilter } from '@accord/store';
import { guarded } from '../access.js';
import { cachedRecords, computed, readPositions } from '../corpus.js';
import type { AppEnv, Deps } from '../env.js';
import { ApiError } from '../problem.js';
import { filterQuery, formatQuery, toCorpusFilter } from '../query.js';
import { csvResponse, jsonResponse, listResponse, problemResponses, wantsCsv } from '../respond.js';
import { bucketSchema, countryDetailSchema, countryListSchema, countrySummarySchema, partnerSchema } from '../schemas.js';

const scope = filterQuery.pick({ issue: true, from: true, to: true, source: true, language: true });

const listRoute = createRoute({
  method: 'get',
  path: '/countries',
  summary: 'Every country the lexicon knows, with how many stored positions it has',
  ...guarded('read'),
  request: { query: scope.extend(formatQuery.shape) },
  responses: { 200: listResponse(countryListSchema, 'Countries by code'), ...problemResponses('validation', 'unauthorized', 'store-unavailable') },
});

const PARTNERS = 3;

const profileRoute = createRoute({
  method: 'get',
  path: '/countries/{code}',
  summary: "One country's positions per issue, their trend, and its closest and furthest partners",
  description: `Partners are ranked by alignment on each issue (the default agreement measure; S-score and kappa come along): the ${PARTNERS} highest are \`closest\`, the ${PARTNERS} lowest of the rest \`furthest\`. Pairs without an alignment (either country says too little on the issue) are not ranked.`,
  ...guarded('read'),
  request: {
    params: z.object({ code: z.string().openapi({ description: 'ISO 3166-1 alpha-2 or alpha-3', example: 'EG' }) }),
    query: scope.extend({ bucket: bucketSchema.default('year') }),
  },
  responses: { 200: jsonResponse(countryDetailSchema, 'The profile'), ...problemResponses('validation', 'not-found', 'unauthorized', 'store-unavailable') },
});

const namesOf = (code: string) => {
  const country = defaultLexicon().countries.get(code);
  return { en: country?.en.names[0] ?? code, ar: country?.ar.names[0] ?? code };
};

type Partner = z.infer<typeof partnerSchema>;

/**
 * The countries `country` agrees with most and least on one issue, by alignment over the whole matrix.
 *
 * @example
 * rankPartners(matrix, 'EG'); // { closest: [{ country: 'RU', alignment: 0.41, sScore: 1, kappa: 0.2, stories: 3 }], furthest: [] }
 */
export function rankPartners(matrix: AgreementMatrix, country: string): { closest: Partner[]; furthest: Partner[] } {
  const partners = matrix.cells
    .filter((cell) => (cell.a === country || cell.b === country) && cell.alignment !== null)
    .map((cell) => ({
      country: cell.a === country ? cell.b : cell.a,
      alignment: cell.alignment!,
      sScore: cell.sScore,
      kappa: cell.kappa,
      stories: cell.stories,
    }))
    .sort((x, y) => y.alignment - x.alignment || y.stories - x.stories || x.country.localeCompare(y.country));
  const closest = partners.slice(0, PARTNERS);
  return { closest, furthest: partners.slice(closest.length).reverse().slice(0, PARTNERS) };
}

function issueMatrix(deps: Deps, filter: CorpusFilter, issue: string): Promise<AgreementMatrix> {
  const scoped = { ...filter, issue };
  return computed(deps, 'partners', scoped, () => scopedMatrix({ source: cachedRecords(deps), scope: filter, issue, evidenceLimit: 0 }));
}

/**
 * `GET /countries` and `GET /countries/{code}`.
 *
 * @example
 * app.route('/api/v1', countryRoutes());
 */
export function countryRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      const { format, ...query } = c.req.valid('query');
      const counts = new Map<string, number>();
      for (const p of await readPositions(c.var.deps, toCorpusFilter(query))) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
      const items = defaultLexiconData.countries.map(({ code }) => ({ code, names: namesOf(code), positions: counts.get(code) ?? 0 }));
      if (wantsCsv(c, format)) return csvResponse(items, 'countries', Object.keys(countrySummarySchema.shape));
      return c.json({ items }, 200);
    })
    .openapi(profileRoute, async (c) => {
      const given = c.req.valid('param').code;
      let country: string;
      try {
        country = countryCode(given);
      } catch (cause) {
        throw new ApiError('not-found', plainMessage(cause), { cause });
      }
      const { bucket, ...query } = c.req.valid('query');
      const filter = toCorpusFilter(query);
      const deps = c.var.deps;
      const profile = countryProfile({ positions: await readPositions(deps, { ...filter, countries: [country] }), country, bucket });
      const issues = await Promise.all(
        profile.issues.map(async (entry) => ({ ...entry, ...rankPartners(await issueMatrix(deps, filter, entry.issue), country) })),
      );
      return c.json({ country, names: namesOf(country), issues }, 200);
    });
}
