/**
 * Sets of small whole numbers (interned article and story ids) as bit arrays: a pair's distinct
 * articles are then bit probes into one country's set instead of a hash lookup per article.
 */
export type Bits = Uint32Array;

export const newBits = (size: number): Bits => new Uint32Array(Math.ceil(size / 32));

export function addBit(bits: Bits, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export const hasBit = (bits: Bits | undefined, i: number): boolean => bits !== undefined && (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

/** A set of interned ids: its members to walk, its bits to probe. */
export interface IdSet {
  members: number[];
  bits: Bits;
}

/** The distinct ids of `ids`, which are below `size`. */
export function idSetOf(ids: number[], size: number): IdSet {
  const bits = newBits(size);
  const members: number[] = [];
  for (const i of ids) {
    if (hasBit(bits, i)) continue;
    addBit(bits, i);
    members.push(i);
  }
  return { members, bits };
}

/**
 * |x ∪ y ∪ extra| as |x| + |y| - |x ∩ y|, the overlap probed from the smaller set: most countries
 * have a few articles, so a pair costs those few rather than a word per article of the issue.
 */
export function unionCount(x: IdSet | undefined, y: IdSet | undefined, extra: number[] | undefined): number {
  let count = (x?.members.length ?? 0) + (y?.members.length ?? 0);
  if (x && y) {
    const smaller = x.members.length <= y.members.length;
    count -= overlap(smaller ? x.members : y.members, smaller ? y.bits : x.bits);
  }
  if (extra) for (const i of extra) if (!hasBit(x?.bits, i) && !hasBit(y?.bits, i)) count++;
  return count;
}

function overlap(members: number[], bits: Bits): number {
  let count = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    if ((bits[i >>> 5]! & (1 << (i & 31))) !== 0) count++;
  }
  return count;
}

/** Numbers strings in order of first sight. */
export class Interner {
  private readonly ids = new Map<string, number>();
  // Records come article by article, so the same article and story ids repeat: skip the hash lookup.
  private last: string | undefined;
  private lastId = -1;
  get size(): number {
    return this.ids.size;
  }
  id(key: string): number {
    if (key === this.last) return this.lastId;
    let i = this.ids.get(key);
    if (i === undefined) this.ids.set(key, (i = this.ids.size));
    this.last = key;
    this.lastId = i;
    return i;
  }
}
