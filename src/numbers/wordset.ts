/**
 * Membership of a token's lowercase text in a fixed set of words, tested on the
 * lowercased document text (`doc.lower`) by offsets: no string is built per token.
 * Recognizers scan every token for a few keywords; slicing each token's text first
 * was most of their cost.
 *
 * A table of 4096 slots keyed by (first, second and last code units, length) holds the
 * id of the one word with that key, so most tokens are rejected by one table read, and
 * a token that passes is compared with that one word, code unit by code unit: no hash
 * of the whole token, no probing, no `startsWith` call. Two words with the same key
 * (none in the built-in sets) send that key to an open-addressing table of hashes.
 */
const NONE = -1;
const SHARED = -2;

export class LowerWords {
  /** Word id by key ({@link keyOf}): NONE, SHARED (several words: see `keys`), or the id. */
  private readonly slots = new Int16Array(4096).fill(NONE);
  /** The words' code units, one after the other; word `id` is at `offsets[id]` for its length. */
  private readonly units: Uint16Array;
  private readonly offsets: Int32Array;
  private readonly minLen: number = Infinity;
  private readonly maxLen: number = 0;
  // Open addressing by hash, for keys shared by several words only.
  private readonly keys: Int32Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  /** Id of the empty word, if listed (-1): no key for it. */
  private readonly emptyId: number = -1;
  /** The words, without repeats, in the order first given: {@link idOf} indexes this list. */
  readonly list: readonly string[];
  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    if (list.length > 0x7fff) throw new Error('LowerWords: too many words');
    this.list = list;
    let total = 0;
    for (const w of list) total += w.length;
    this.units = new Uint16Array(total);
    this.offsets = new Int32Array(list.length + 1);
    let size = 64;
    while (size < list.length * 4) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.ids = new Int32Array(size);
    let at = 0;
    for (let id = 0; id < list.length; id++) {
      const w = list[id]!;
      if (w.length < this.minLen) this.minLen = w.length;
      if (w.length > this.maxLen) this.maxLen = w.length;
      this.offsets[id] = at;
      if (w.length === 0) {
        this.emptyId = id;
        continue;
      }
      for (let k = 0; k < w.length; k++) this.units[at++] = w.charCodeAt(k);
      const key = keyOf(w, 0, w.length);
      this.slots[key] = this.slots[key] === NONE ? id : SHARED;
      const h = hashOf(w, 0, w.length);
      let k = h & this.mask;
      while (this.keys[k] !== 0) k = (k + 1) & this.mask;
      this.keys[k] = h;
      this.ids[k] = id;
    }
    this.offsets[list.length] = at;
  }
  /** Index in {@link list} of the word `lower[start, end)`, or -1. */
  idOf(lower: string, start: number, end: number): number {
    const len = end - start;
    if (len < this.minLen || len > this.maxLen) return -1;
    if (len === 0) return this.emptyId;
    const id = this.slots[keyOf(lower, start, end)]!;
    if (id === NONE) return -1;
    if (id === SHARED) return this.probe(lower, start, end);
    return this.equals(id, lower, start, len) ? id : -1;
  }
  /**
   * {@link idOf} on a copy of the text's code units (`units[start, end)`): a typed-array
   * read costs less than `charCodeAt`, which a loop over every token feels.
   */
  idAt(units: Uint16Array, start: number, end: number): number {
    const len = end - start;
    if (len < this.minLen || len > this.maxLen) return -1;
    if (len === 0) return this.emptyId;
    const second = len > 1 ? units[start + 1]! : 0;
    const id = this.slots[(Math.imul(units[start]!, 61) + Math.imul(second, 31) + Math.imul(units[end - 1]!, 7) + len) & 4095]!;
    if (id === NONE) return -1;
    if (id === SHARED) return this.probeAt(units, start, end);
    const from = this.offsets[id]!;
    if (this.offsets[id + 1]! - from !== len) return -1;
    const own = this.units;
    for (let k = 0; k < len; k++) if (own[from + k] !== units[start + k]) return -1;
    return id;
  }
  get(lower: string, start: number, end: number): string | undefined {
    const id = this.idOf(lower, start, end);
    return id < 0 ? undefined : this.list[id];
  }
  has(lower: string, start: number, end: number): boolean {
    return this.idOf(lower, start, end) >= 0;
  }
  /** Word `id` is `lower[start, start + len)`. */
  private equals(id: number, lower: string, start: number, len: number): boolean {
    const from = this.offsets[id]!;
    if (this.offsets[id + 1]! - from !== len) return false;
    const units = this.units;
    for (let k = 0; k < len; k++) if (units[from + k] !== lower.charCodeAt(start + k)) return false;
    return true;
  }
  private probeAt(units: Uint16Array, start: number, end: number): number {
    const h = hashAt(units, start, end);
    const keys = this.keys;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const x = keys[k]!;
      if (x === 0) return -1;
      if (x !== h) continue;
      const id = this.ids[k]!;
      const from = this.offsets[id]!;
      if (this.offsets[id + 1]! - from !== end - start) continue;
      let j = 0;
      while (j < end - start && this.units[from + j] === units[start + j]) j++;
      if (j === end - start) return id;
    }
  }
  private probe(lower: string, start: number, end: number): number {
    const h = hashOf(lower, start, end);
    const keys = this.keys;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const x = keys[k]!;
      if (x === 0) return -1;
      if (x === h && this.equals(this.ids[k]!, lower, start, end - start)) return this.ids[k]!;
    }
  }
}

function hashAt(u: Uint16Array, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + u[k]!) | 0;
  return h | 1;
}

function hashOf(s: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h | 1;
}

/** The slot of a non-empty word: its first, second and last code units and its length. */
function keyOf(s: string, start: number, end: number): number {
  // Vietnamese syllables share first and last letters often (`nam`/`năm`, `tu`/`từ`),
  // the second less.
  const second = end - start > 1 ? s.charCodeAt(start + 1) : 0;
  return (Math.imul(s.charCodeAt(start), 61) + Math.imul(second, 31) + Math.imul(s.charCodeAt(end - 1), 7) + end - start) & 4095;
}
