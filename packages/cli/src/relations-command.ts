import { corpusScope, type RelationRecord } from '@accord/corpus';
import { countryCodes, relationTargets } from '@accord/ingest';
import type { RelationFilter } from '@accord/store';
import { flagValue } from './error.js';
import { issueOf, withStore } from './corpus-commands.js';
import type { Io } from './io.js';

const text = (value: unknown) => (value === undefined ? undefined : String(value));
const EVIDENCE_CHARS = 90;

/**
 * `accord relations`: who backs and who blames whom, one line per stored relation (or `--json`),
 * filtered by the stating country (`--source`), the target, issue, dates, language and outlet.
 */
export async function relationsCommand(flags: Record<string, unknown>, io: Io): Promise<number> {
  const filter = relationFilter(flags);
  const relations = await withStore(flags, (store) => store.relations(filter));
  if (flags.json) {
    io.out(JSON.stringify(relations, null, 2));
    return 0;
  }
  if (relations.length === 0) {
    io.out('No relation in this selection.');
    return 0;
  }
  io.out(`${'date'.padEnd(10)} ${'source'.padEnd(6)} ${'target'.padEnd(18)} ${'issue'.padEnd(10)} ${'stance'.padEnd(6)} evidence`);
  for (const r of newestFirst(relations)) {
    io.out(
      `${(r.date ?? '-').padEnd(10)} ${r.source.padEnd(6)} ${r.target.padEnd(18)} ${r.issue.padEnd(10)} ${(r.polarity === 1 ? 'backs' : 'blames').padEnd(6)} ${quote(r)}`,
    );
  }
  io.err(`accord: ${relations.length} relation${relations.length === 1 ? '' : 's'}`);
  return 0;
}

/** The flags as the store's relation filter, checked as every corpus command checks its scope. */
function relationFilter(flags: Record<string, unknown>): RelationFilter {
  const countries = flags.source === undefined ? undefined : flagValue('--source', () => countryCodes(String(flags.source)));
  const targets = flags.target === undefined ? undefined : flagValue('--target', () => relationTargets(String(flags.target)));
  const issue = issueOf(flags, false);
  const input = { from: text(flags.from), to: text(flags.to), source: text(flags.outlet), language: text(flags.language), countries, issue };
  const scope = flagValue(undefined, () => corpusScope(input, { name: (field) => (field === 'source' ? '--outlet' : `--${field}`) }));
  return targets?.length ? { ...scope, targets } : scope;
}

function newestFirst(relations: RelationRecord[]): RelationRecord[] {
  return [...relations].sort((x, y) => (x.date === y.date ? 0 : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1));
}

/** The first evidence sentence on one line, cut to fit a terminal. */
function quote(r: RelationRecord): string {
  const line = (r.evidence[0]?.text ?? '').replace(/\s+/g, ' ').trim();
  return line.length > EVIDENCE_CHARS ? `${line.slice(0, EVIDENCE_CHARS - 1)}…` : line;
}
