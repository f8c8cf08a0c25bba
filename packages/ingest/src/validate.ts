import { notTextReason } from '@accord/text';
import { calendarDay } from './dates.js';
import { IngestError } from './error.js';

/** What every entry point (API, CLI, ingest) may be given, checked one way. */
export interface InputToCheck {
  /** An article's text: refused when it is binary data; with `store`, also when it has no letter. */
  text?: string | undefined;
  /** YYYY-MM-DD (an ISO timestamp after it is allowed); with `partialDate`, also YYYY or YYYY-MM. */
  date?: string | null | undefined;
  partialDate?: boolean;
  /** The text is to be stored as an article, so a text with nothing to analyse is refused. */
  store?: boolean;
}

/** One problem with an input: the field, the IngestError code it raises and what to do. */
export interface InputProblem {
  field: 'text' | 'date';
  code: 'not_text' | 'invalid_article';
  message: string;
}

/**
 * The first problem with an article's text or date, or null: binary data is not text (the rule
 * `decodeBytes` applies to bytes), a text to store needs a letter (invisible characters, marks or
 * digits alone are nothing to analyse), and a date must be a real calendar day.
 *
 * @example
 * inputProblem({ date: '2017-13-45' })?.message; // 'date "2017-13-45" is not a real date (there is no month 13; years run 1900 to 2200): use YYYY-MM-DD'
 */
export function inputProblem(input: InputToCheck): InputProblem | null {
  if (input.text !== undefined) {
    const reason = notTextReason(input.text);
    if (reason) return { field: 'text', code: 'not_text', message: reason };
    if (input.store && !/\p{L}/u.test(input.text))
      return {
        field: 'text',
        code: 'invalid_article',
        message: 'the text has no letters (empty, or only spaces, marks or invisible characters): nothing to analyse',
      };
  }
  if (input.date != null && input.date !== '') {
    const message = dateProblem(input.date, input.partialDate ?? false);
    if (message) return { field: 'date', code: 'invalid_article', message };
  }
  return null;
}

/**
 * Throws the IngestError of `inputProblem`, the message prefixed by `where` (`article 3: `).
 *
 * @example
 * checkInput({ text: 'Egypt supports a ceasefire.', store: true }); // passes
 */
export function checkInput(input: InputToCheck, where = ''): void {
  const problem = inputProblem(input);
  if (problem) throw new IngestError(problem.code, `${where}${problem.message}`);
}

function dateProblem(value: string, partial: boolean): string | null {
  const form = partial ? 'YYYY, YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD';
  const m = (partial ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/ : /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/).exec(value);
  if (!m) return `date must be ${form}, not ${JSON.stringify(value.slice(0, 40))}`;
  const [y, mo = '01', d = '01'] = [m[1]!, m[2], m[3]];
  if (calendarDay(Number(y), Number(mo), Number(d))) return null;
  const month = Number(mo);
  const what = month < 1 || month > 12 ? `there is no month ${month}` : `${y}-${mo} has no day ${Number(d)}`;
  return `date ${JSON.stringify(value)} is not a real date (${what}; years run 1900 to 2200): use ${form}`;
}
