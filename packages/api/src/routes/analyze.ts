import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { checkInput, inputProblem, type AnalysisTask } from '@accord/ingest';
import { decodeBytes } from '@accord/text';
import { guarded } from '../access.js';
import { unlessBusy } from '../analysis.js';
import type { AppEnv, Deps } from '../env.js';
import { ApiError } from '../problem.js';
import { jsonResponse, problemResponses } from '../respond.js';
import { analysisSchema, countryParam, languageSchema } from '../schemas.js';

const options = {
  language: languageSchema.optional().openapi({ description: 'Detected from the script when omitted' }),
  date: z
    .string()
    .superRefine((date, ctx) => {
      const problem = inputProblem({ date, partialDate: true });
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message });
    })
    .optional()
    .openapi({ description: "The article's date: picks who held an office then", example: '2017-05-29' }),
  speakerCountry: countryParam.optional().openapi({ description: 'The country whose statement the whole text is (a UN speech)' }),
};

const analyzeBody = z
  .object({ text: z.string().openapi({ description: 'The article; every offset in the analysis indexes it' }), ...options })
  .openapi('AnalyzeRequest');

const route = createRoute({
  method: 'post',
  path: '/analyze',
  summary: 'Analyse one text (nothing is stored)',
  description:
    'Send JSON `{ text, language?, date?, speakerCountry? }`, or the raw text as `text/plain` with the options as query parameters. A `text/plain` body without a `charset` is decoded by detection (byte-order mark, UTF-8, Windows-1256); the encoding used comes back in `Accord-Text-Encoding`. Empty or letterless text gives an empty analysis.',
  ...guarded('read'),
  request: {
    query: z.object(options),
    body: {
      content: {
        'application/json': { schema: analyzeBody },
        'text/plain': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: jsonResponse(analysisSchema, 'The analysis'),
    ...problemResponses('validation', 'malformed-json', 'unauthorized', 'payload-too-large', 'unsupported-media-type', 'not-text', 'busy'),
  },
});

// Off the event loop when the server has analysis threads: a 1.9 MB text would hold every other request.
function analyzeOff(deps: Deps, task: Omit<AnalysisTask, 'plain'>) {
  return unlessBusy(() => deps.analysis.pool().analyzePlain(task));
}

/**
 * `POST /analyze`.
 *
 * @example
 * app.route('/api/v1', analyzeRoutes());
 */
export function analyzeRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (/^application\/json/i.test(type)) {
      // Typed as either media type's schema; only the JSON one validates a JSON body.
      const { text, ...rest } = c.req.valid('json') as z.output<typeof analyzeBody>;
      // Binary sent as a JSON string is refused as the text/plain path refuses its bytes.
      checkInput({ text });
      return c.json(await analyzeOff(c.var.deps, { text, ...c.req.valid('query'), ...rest }), 200);
    }
    if (!/^text\/plain/i.test(type))
      throw new ApiError('validation', 'the body is missing: send JSON { "text": ... } or the text as text/plain', {
        errors: [{ path: 'text', message: 'required' }],
      });
    const charset = /;\s*charset="?([^";\s]+)"?/i.exec(type)?.[1];
    const decoded = decodeBytes(new Uint8Array(await c.req.arrayBuffer()), charset ? { encoding: charset } : {});
    c.header('accord-text-encoding', decoded.encoding);
    if (decoded.lossy) c.header('accord-text-lossy', 'true');
    return c.json(await analyzeOff(c.var.deps, { text: decoded.text, ...c.req.valid('query') }), 200);
  });
}
