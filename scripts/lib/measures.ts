/**
 * Corpus agreement measures as the validation scripts see them: a function from the corpus, an issue
 * and a period to a score per country pair (`pairKey`, higher = closer). A new measure plugs in by
 * adding an entry to MEASURES; validate-votes and validate-alignments then print it beside the others.
 */
import { agreementMatrix, alignmentScores, type PositionRecord } from '@accord/corpus';
import { pairwiseCosine } from './cosine.js';
import { pairKey, type CorpusReader, type Period, type TextScope } from './corpus-reader.js';
import { relationAgreement, speechRelations } from './relations-probe.js';
import { tfidfAgreement } from './tfidf.js';

export interface MeasureInput {
  corpus: CorpusReader;
  issue: string;
  /** null: every record, undated ones included. */
  period: Period | null;
  scope: TextScope;
}

export interface Measure {
  id: string;
  label: string;
  /** A quick candidate tried in the scripts only, not something the engine ships. */
  probe?: boolean;
  score(input: MeasureInput): Promise<Map<string, number>>;
}

/** The engine's matrix as @accord/corpus computes it today, over the records of the scope. */
async function matrixCells({ corpus, issue, period, scope }: MeasureInput, positions?: PositionRecord[]) {
  const [ps, agreements] = await Promise.all([positions ?? corpus.positions(issue, period, scope), corpus.agreements(issue, period, scope)]);
  return agreementMatrix({ positions: ps, agreements, issue, evidenceLimit: 0 }).cells;
}

const fromCells = (cells: Awaited<ReturnType<typeof matrixCells>>, pick: (c: (typeof cells)[number]) => number | null) =>
  new Map(
    cells.flatMap((c) => {
      const x = pick(c);
      return x === null ? [] : [[pairKey(c.a, c.b), x] as const];
    }),
  );

/**
 * Positions of UN speeches that the engine gave to the speaker's own country (rule 13 at its
 * bluntest: a speech holds one country's positions). News positions are kept as they are.
 */
async function speakerPositions({ corpus, issue, period, scope }: MeasureInput): Promise<PositionRecord[]> {
  const [positions, speeches] = await Promise.all([corpus.positions(issue, period, scope), corpus.speeches(period)]);
  const speaker = new Map(speeches.map((s) => [s.articleId, s.country]));
  return positions.filter((p) => (speaker.get(p.articleId) ?? p.country) === p.country);
}

/**
 * Rarity-weighted cosine (probe): each country's signed code vector (story-level, as for S) with every
 * code weighted by ln((N+1)/(N_c+1)), N the countries with a position on the issue and N_c those
 * stating the code. A platitude nearly all state weighs almost nothing, a rare code a lot.
 */
export function rarityCosine(positions: PositionRecord[]): Map<string, number> {
  const stories = new Map<string, Map<string, { plus: Set<string>; minus: Set<string> }>>();
  for (const p of positions) {
    const codes = stories.get(p.country) ?? stories.set(p.country, new Map()).get(p.country)!;
    const entry = codes.get(p.code) ?? codes.set(p.code, { plus: new Set(), minus: new Set() }).get(p.code)!;
    (p.polarity === 1 ? entry.plus : entry.minus).add(p.storyId);
  }
  const holders = new Map<string, number>();
  for (const codes of stories.values()) for (const code of codes.keys()) holders.set(code, (holders.get(code) ?? 0) + 1);
  const n = stories.size;
  return pairwiseCosine(
    new Map(
      [...stories].map(([country, codes]) => [
        country,
        new Map(
          [...codes].map(([code, { plus, minus }]) => {
            const value = (plus.size - minus.size) / new Set([...plus, ...minus]).size;
            return [code, value * Math.log((n + 1) / (holders.get(code)! + 1))];
          }),
        ),
      ]),
    ),
  );
}

/** The alignment measure of @accord/corpus: relations and splitting positions, platitudes weighing nothing. */
async function alignment({ corpus, issue, period, scope }: MeasureInput): Promise<Map<string, number>> {
  const [positions, relations] = await Promise.all([corpus.positions(issue, period, scope), corpus.relations(issue, period, scope)]);
  const out = new Map<string, number>();
  for (const [key, a] of alignmentScores({ positions, relations, issue, partsLimit: 0, evidencePerSide: 0 })) out.set(key, a.score);
  return out;
}

export const MEASURES: Measure[] = [
  { id: 'alignment', label: 'alignment (engine)', score: alignment },
  { id: 's', label: 'S (engine)', score: async (input) => fromCells(await matrixCells(input), (c) => c.sScore) },
  { id: 'kappa', label: 'kappa (engine)', score: async (input) => fromCells(await matrixCells(input), (c) => c.kappa) },
  {
    id: 'tfidf',
    label: 'TF-IDF peer',
    // Always the UN speeches of the period, whatever the scope: the peer reads words, not the engine's records.
    score: async ({ corpus, issue, period }) => tfidfAgreement({ speeches: await corpus.speeches(period), issue }),
  },
  {
    id: 'rarity',
    label: 'rarity cosine',
    probe: true,
    score: async (input) => rarityCosine(await input.corpus.positions(input.issue, input.period, input.scope)),
  },
  {
    id: 's-speaker',
    label: 'S, speaker only',
    probe: true,
    score: async (input) => fromCells(await matrixCells(input, await speakerPositions(input)), (c) => c.sScore),
  },
  { id: 'rarity-speaker', label: 'rarity, speaker', probe: true, score: async (input) => rarityCosine(await speakerPositions(input)) },
  {
    id: 'relations',
    label: 'speech relations',
    probe: true,
    score: async ({ corpus, issue, period }) => relationAgreement(speechRelations({ speeches: await corpus.speeches(period), issue })),
  },
];

/** The measures named in a comma-separated list (all when empty), or an error message naming the unknown ones. */
export function pickMeasures(list: string | undefined): Measure[] | string {
  if (!list) return MEASURES;
  const ids = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !MEASURES.some((m) => m.id === id));
  if (unknown.length > 0) return `Unknown measure ${unknown.join(', ')}: the measures are ${MEASURES.map((m) => m.id).join(', ')}.`;
  return ids.map((id) => MEASURES.find((m) => m.id === id)!);
}
