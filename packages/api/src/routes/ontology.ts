import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { defaultLexiconData, type LexiconData } from '@accord/lexicon';
import { guarded } from '../access.js';
import type { AppEnv } from '../env.js';
import { jsonResponse, problemResponses } from '../respond.js';
import { issueListSchema, issuePositionsListSchema, issuePositionsSchema } from '../schemas.js';
import { actorListSchema } from '../schemas-relations.js';

const issuesRoute = createRoute({
  method: 'get',
  path: '/issues',
  summary: 'The issues positions are labelled under',
  ...guarded('read'),
  responses: { 200: jsonResponse(issueListSchema, 'Issue ids and labels, from the lexicon'), ...problemResponses('unauthorized') },
});

const positionsRoute = createRoute({
  method: 'get',
  path: '/positions',
  summary: 'The position codes each issue can take',
  description:
    'A code tied to one issue in the lexicon (two_state_solution) is listed under it only; the others under every issue. Labels are the codes in words.',
  ...guarded('read'),
  responses: { 200: jsonResponse(issuePositionsListSchema, 'Codes per issue'), ...problemResponses('unauthorized') },
});

const actorsRoute = createRoute({
  method: 'get',
  path: '/actors',
  summary: 'The actors relations can target besides countries (houthis, lna, hamas, ...)',
  ...guarded('read'),
  responses: { 200: jsonResponse(actorListSchema, 'Actor ids, the issue each usually belongs to, and labels'), ...problemResponses('unauthorized') },
});

/**
 * The codes each issue can take, from the lexicon data: a code bound to one issue goes under
 * that issue only.
 *
 * @example
 * positionsByIssue(defaultLexiconData)[0].positions[0]; // { code: 'political_solution', label: 'Political solution', negatable: true }
 */
export function positionsByIssue(data: LexiconData): Array<z.infer<typeof issuePositionsSchema>> {
  return data.issues.map((issue) => ({
    issue: issue.id,
    label: issue.label,
    positions: data.positions
      .filter((p) => p.issue === undefined || p.issue === issue.id)
      .map((p) => ({ code: p.code, label: labelOf(p.code), negatable: p.negatable })),
  }));
}

const labelOf = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replaceAll('_', ' ');

/**
 * `GET /issues`, `GET /positions` and `GET /actors`: the ontology, as the lexicon ships it.
 *
 * @example
 * app.route('/api/v1', ontologyRoutes());
 */
export function ontologyRoutes(): OpenAPIHono<AppEnv> {
  const issues = defaultLexiconData.issues.map((i) => ({ id: i.id, label: i.label }));
  const positions = positionsByIssue(defaultLexiconData);
  const actors = (defaultLexiconData.actors ?? []).map((a) => ({ id: a.id, issue: a.issue, label: a.label }));
  return new OpenAPIHono<AppEnv>()
    .openapi(issuesRoute, (c) => c.json({ items: issues }, 200))
    .openapi(positionsRoute, (c) => c.json({ items: positions }, 200))
    .openapi(actorsRoute, (c) => c.json({ items: actors }, 200));
}
