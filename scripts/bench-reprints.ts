/**
 * Part of `pnpm bench hostile`: the cost of one write as a story's reprints pile up. Saves a wire
 * story and 1,500 reprints of it (a few words changed in each) to a fresh SQLite store and times
 * the writes of the first and of the last 100: with story lookup by band key the two match; a
 * lookup that reads every reprint sharing a band grows with their number.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '@accord/corpus';
import { openStore } from '@accord/store';

const REPRINTS = 1_500;
const WINDOW = 100;
const WIRE = Array.from(
  { length: 12 },
  (_, i) =>
    `The foreign ministers met in the capital for the ${i + 1}th round of talks on the crisis in the region, agreed to continue next month and called on all parties to respect the ceasefire.`,
).join(' ');
const EMPTY = { language: 'en' as const, actors: [], stances: [], agreements: [], relations: [] };

export interface ReprintTiming {
  reprints: number;
  /** Mean milliseconds a write, over the first and over the last `WINDOW` reprints. */
  firstMs: number;
  lastMs: number;
  stories: number;
}

function reprint(i: number): string {
  return `${WIRE.replace('capital', `capital city ${i}`)} Reported by desk ${i}.`;
}

export async function benchReprints(): Promise<ReprintTiming> {
  const dir = await mkdtemp(join(tmpdir(), 'accord-bench-reprints-'));
  const store = await openStore({ url: `file:${join(dir, 'accord.db')}` });
  try {
    const stories = new Set<string>();
    const times: number[] = [];
    for (let i = 0; i <= REPRINTS; i++) {
      const text = i === 0 ? WIRE : reprint(i);
      const print = fingerprint(text);
      const start = performance.now();
      const { storyId } = await store.saveArticle({ article: { text, language: 'en' }, analysis: EMPTY, engineVersion: 'bench', fingerprint: print });
      times.push(performance.now() - start);
      stories.add(storyId);
    }
    const mean = (from: number) => times.slice(from, from + WINDOW).reduce((a, b) => a + b, 0) / WINDOW;
    return { reprints: REPRINTS, firstMs: mean(1), lastMs: mean(times.length - WINDOW), stories: stories.size };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
