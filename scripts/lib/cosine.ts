import { pairKey } from './corpus-reader.js';

/**
 * Cosine similarity of every pair of sparse vectors (country -> feature -> weight), keyed by
 * `pairKey`. A country whose vector is all zeros has no direction and is left out.
 *
 * @example
 * pairwiseCosine(new Map([['EG', new Map([['x', 1]])], ['RU', new Map([['x', 2]])]])); // Map { 'EG|RU' => 1 }
 */
export function pairwiseCosine(vectors: Map<string, Map<string, number>>): Map<string, number> {
  const items = [...vectors].map(([country, v]) => ({ country, v, norm: Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) })).filter((x) => x.norm > 0);
  const out = new Map<string, number>();
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const [small, large] = items[i]!.v.size < items[j]!.v.size ? [items[i]!, items[j]!] : [items[j]!, items[i]!];
      let dot = 0;
      for (const [key, x] of small.v) dot += x * (large.v.get(key) ?? 0);
      out.set(pairKey(items[i]!.country, items[j]!.country), dot / (small.norm * large.norm));
    }
  return out;
}
