import actors from '../data/actors.json' with { type: 'json' };
import agreement from '../data/agreement.json' with { type: 'json' };
import bodies from '../data/bodies.json' with { type: 'json' };
import collectives from '../data/collectives.json' with { type: 'json' };
import countries from '../data/countries.json' with { type: 'json' };
import grammarAr from '../data/grammar.ar.json' with { type: 'json' };
import grammarEn from '../data/grammar.en.json' with { type: 'json' };
import cues from '../data/cues.json' with { type: 'json' };
import issues from '../data/issues.json' with { type: 'json' };
import people from '../data/people.json' with { type: 'json' };
import generated from '../data/people.generated.json' with { type: 'json' };
import positions from '../data/positions.json' with { type: 'json' };
import relations from '../data/relations.json' with { type: 'json' };
import speech from '../data/speech.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import { compileLexicon, type CompiledLexicon } from './compile.js';
import type { LexiconData } from './schema.js';

// Hand-written people win: a generated entry whose English name the hand data already gives for that country is left out.
const nameKey = (country: string | null, name: string) =>
  `${country}|${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-‐]+/g, ' ')}`;
const handNames = new Set(people.flatMap((p) => (p.names.en ?? []).map((n) => nameKey(p.country, n))));

// A data file's $comment documents it; it is no data, and editing it must not change the engine's version.
function withoutComment<T extends { $comment?: string }>(file: T): Omit<T, '$comment'> {
  const { $comment: _comment, ...rest } = file;
  return rest;
}

/** The lexicon shipped with Accord, as plain data: copy and extend it to add issues or countries. */
export const defaultLexiconData = {
  countries,
  people: [...people, ...generated.people.filter((p) => !p.names.en.some((n) => handNames.has(nameKey(p.country, n))))],
  bodies,
  actors: actors.actors,
  collectives: collectives.collectives,
  issues: issues.issues,
  positions: positions.positions,
  cues: cues.groups,
  titles: titles.titles,
  speech: { ar: speech.ar, en: speech.en },
  grammar: { ar: withoutComment(grammarAr), en: withoutComment(grammarEn) },
  agreement: { ar: agreement.ar, en: agreement.en },
  relations: { ar: relations.ar, en: relations.en },
} as unknown as LexiconData;

let compiled: CompiledLexicon | undefined;

/**
 * The default lexicon, compiled once on first use.
 *
 * @example
 * defaultLexicon().countries.get('EG')?.en.names[0]; // 'Egypt'
 */
export function defaultLexicon(): CompiledLexicon {
  return (compiled ??= compileLexicon(defaultLexiconData));
}
