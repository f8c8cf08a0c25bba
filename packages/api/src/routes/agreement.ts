import { gzipSync } from 'node:zlib';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { mostEvidenced, pairTimeline, scopedMatrix, scopeRecords, type AgreementCell, type CellMeasure } from '@accord/corpus';
import type { CorpusFilter } from '@accord/store';
import { guarded } from '../access.js';
import { cachedRecords, computed } from '../corpus.js';
import type { AppEnv } from '../env.js';
import { evidenceParam, filterQuery, formatQuery, issueParam, toCorpusFilter } from '../query.js';
import { csvResponse, listResponse, problemResponses, wantsCsv } from '../respond.js';
import { agreementMatrixSchema, bucketSchema, countryParam, timelineSchema } from '../schemas.js';

// The matrix reads every country's positions on the issue (kappa's chance is taken over all of
// them), so `countries` narrows the cells shown, never the records read (corpus's scopedMatrix).
const scope = filterQuery.pick({ from: true, to: true, source: true, language: true });
const top = z.coerce.number().int().min(2).max(500).optional().openapi({
  type: 'integer',
  description:
    'Only the N countries with the most evidence (articles summed over their cells where `measure` is defined), when `countries` is not given: a whole corpus has over a hundred',
});
const measure = z
  .enum(['alignment', 's', 'kappa'])
  .default('alignment')
  .openapi({ description: 'The measure `top` ranks by: alignment (the default), the S-score or kappa. Every cell carries all three.' });
const MEASURE_FIELDS: Record<z.infer<typeof measure>, CellMeasure> = { alignment: 'alignment', s: 'sScore', kappa: 'kappa' };

const matrixRoute = createRoute({
  method: 'get',
  path: '/agreement',
  summary: 'How far countries agree on one issue: alignment (with the relations and positions that moved it), S-score, kappa and explicit statements per pair',
  description:
    'Alignment is the default measure: how far two countries depart from the common line of the issue the same way, from whom they back and blame and the positions that split countries; `alignmentParts` name what moved it, each with its evidence. CSV holds one row per cell.',
  ...guarded('read'),
  request: {
    query: scope.extend({ issue: issueParam, countries: filterQuery.shape.country, evidence: evidenceParam, top, measure }).extend(formatQuery.shape),
  },
  responses: {
    200: listResponse(agreementMatrixSchema, 'The matrix: one cell per pair with evidence'),
    ...problemResponses('validation', 'unauthorized', 'store-unavailable'),
  },
});

const timelineRoute = createRoute({
  method: 'get',
  path: '/agreement/timeline',
  summary: "One pair's agreement on one issue per week, month or year",
  description: 'Buckets with no evidence for the pair are left out, and so are undated articles. CSV holds one row per point.',
  ...guarded('read'),
  request: {
    query: scope
      .extend({ a: countryParam, b: countryParam, issue: issueParam, bucket: bucketSchema.default('month'), evidence: evidenceParam })
      .extend(formatQuery.shape),
  },
  responses: { 200: listResponse(timelineSchema, 'The points, oldest first'), ...problemResponses('validation', 'unauthorized', 'store-unavailable') },
});

const CELL_COLUMNS = [
  'a',
  'b',
  'issue',
  'alignment',
  'sScore',
  'kappa',
  'explicitAgree',
  'explicitDisagree',
  'explicitShare',
  'articles',
  'stories',
  'positions',
  'alignmentParts',
  'evidence',
];

/** A cell as a CSV row: its scalars as columns, `explicit` spread, evidence as JSON. */
const cellRow = (cell: AgreementCell) => {
  const { explicit, evidence: items, ...rest } = cell;
  return { ...rest, explicitAgree: explicit.agree, explicitDisagree: explicit.disagree, explicitShare: explicit.share, evidence: items };
};

/**
 * `GET /agreement` and `GET /agreement/timeline`.
 *
 * @example
 * app.route('/api/v1', agreementRoutes());
 */
export function agreementRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(matrixRoute, async (c) => {
      const { issue, countries, evidence: evidenceLimit, top: topCount, measure: ranking, format, ...query } = c.req.valid('query');
      // `countries=` (an emptied form field) means no narrowing, as `country=` does on every list route.
      const filter = toCorpusFilter({ ...query, issue, country: countries });
      const deps = c.var.deps;
      if (topCount !== undefined && !filter.countries) {
        // The cut is taken on the whole matrix, cached like any other, so it costs a filter.
        const whole = await computed(deps, 'matrix', { ...filter, evidenceLimit }, () => matrixEntry(deps, filter, issue, evidenceLimit));
        const shown = new Set(mostEvidenced({ cells: whole.matrix.cells, count: topCount, measure: MEASURE_FIELDS[ranking] }));
        const matrix = {
          issue,
          countries: whole.matrix.countries.filter((k) => shown.has(k)),
          cells: whole.matrix.cells.filter((cell) => shown.has(cell.a) && shown.has(cell.b)),
        };
        if (wantsCsv(c, format)) return csvResponse(matrix.cells.map(cellRow), `agreement-${issue}`, CELL_COLUMNS);
        return c.json(matrix, 200);
      }
      // The JSON is kept with the matrix: with evidence texts it runs to megabytes, and writing it
      // out again cost more than the cached matrix saved.
      const cached = await computed(deps, 'matrix', { ...filter, evidenceLimit }, () => matrixEntry(deps, filter, issue, evidenceLimit));
      if (wantsCsv(c, format)) return csvResponse(cached.matrix.cells.map(cellRow), `agreement-${issue}`, CELL_COLUMNS);
      // Gzipping megabytes on every request made a cached matrix cost ~70 ms of CPU each time: the
      // compressed bytes are kept with the entry, made on first demand.
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '') && cached.json.length > 1024) {
        cached.gzip ??= new Uint8Array(gzipSync(cached.json));
        return c.body(cached.gzip, 200, { 'content-type': 'application/json', 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      }
      return c.body(cached.json, 200, { 'content-type': 'application/json' });
    })
    .openapi(timelineRoute, async (c) => {
      const { a, b, issue, bucket, evidence: evidenceLimit, format, ...query } = c.req.valid('query');
      // The whole issue is read, as for the matrix: a bucket's kappa and alignment take every country's records.
      const { positions, agreements, relations } = await scopeRecords(cachedRecords(c.var.deps), toCorpusFilter({ ...query, issue }));
      const points = pairTimeline({ positions, agreements, relations, a, b, issue, bucket, evidenceLimit });
      if (wantsCsv(c, format))
        return csvResponse(
          points.map((p) => ({ bucket: p.bucket, ...cellRow(p.cell) })),
          `timeline-${a}-${b}-${issue}`,
          ['bucket', ...CELL_COLUMNS],
        );
      return c.json({ a, b, issue, bucket, points }, 200);
    });
}

type Deps = AppEnv['Variables']['deps'];

/** A matrix as the cache keeps it: with its JSON, and its gzipped bytes once a client asks. */
async function matrixEntry(deps: Deps, filter: CorpusFilter, issue: string, evidenceLimit: number) {
  const matrix = await scopedMatrix({ source: cachedRecords(deps), scope: filter, issue, evidenceLimit });
  return { matrix, json: JSON.stringify(matrix), gzip: undefined as Uint8Array<ArrayBuffer> | undefined };
}
