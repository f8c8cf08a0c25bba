/**
 * Sets of small whole numbers (interned article and story ids) as bit arrays: a pair's distinct
 * articles are then a popcount over two countries' sets instead of a hash lookup per article.
 */
export type Bits = Uint32Array;

export const newBits = (size: number): Bits => new Uint32Array(Math.ceil(size / 32));

export function addBit(bits: Bits, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export const hasBit = (bits: Bits | undefined, i: number): boolean => bits !== undefined && (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

/** |x ∪ y ∪ extra|; x and y come from the same interning, so they have the same length. */
export function unionCount(x: Bits | undefined, y: Bits | undefined, extra: Iterable<number> = []): number {
  let count = 0;
  const words = x?.length ?? y?.length ?? 0;
  for (let w = 0; w < words; w++) count += popcount((x?.[w] ?? 0) | (y?.[w] ?? 0));
  for (const i of extra) if (!hasBit(x, i) && !hasBit(y, i)) count++;
  return count;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Numbers strings in order of first sight. */
export class Interner {
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.ids.size;
  }
  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) this.ids.set(key, (i = this.ids.size));
    return i;
  }
}
