/**
 * Membership of a token's lowercase text in a fixed set of words, tested on the
 * lowercased document text (`doc.lower`) by offsets: no string is built per token.
 * Recognizers scan every token for a few keywords; slicing each token's text first
 * was most of their cost. A small filter on (first char, last char, length) rejects
 * most tokens before a hash of the whole token is looked up in an open-addressing table
 * (the filter also looks at the second character).
 */
export class LowerWords {
  private readonly keys: Int32Array;
  private readonly words: (string | undefined)[];
  private readonly mask: number;
  private readonly minLen: number = Infinity;
  private readonly maxLen: number = 0;
  private readonly bloom = new Uint8Array(4096);
  /** The words, without repeats, in the order first given: {@link idOf} indexes this list. */
  readonly list: readonly string[];
  private readonly ids: Int32Array;
  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    this.list = list;
    let size = 64;
    while (size < list.length * 4) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.words = new Array(size).fill(undefined);
    for (let id = 0; id < list.length; id++) {
      const w = list[id]!;
      if (w.length < this.minLen) this.minLen = w.length;
      if (w.length > this.maxLen) this.maxLen = w.length;
      this.bloom[bloomKey(w, 0, w.length)] = 1;
      const h = hashOf(w, 0, w.length);
      let k = h & this.mask;
      while (this.keys[k] !== 0) k = (k + 1) & this.mask;
      this.keys[k] = h;
      this.ids[k] = id;
      this.words[k] = w;
    }
  }
  /** Index in {@link list} of the word `lower[start, end)`, or -1. */
  idOf(lower: string, start: number, end: number): number {
    const len = end - start;
    if (len < this.minLen || len > this.maxLen || this.bloom[bloomKey(lower, start, end)] === 0) return -1;
    const h = hashOf(lower, start, end);
    const keys = this.keys;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const x = keys[k]!;
      if (x === 0) return -1;
      if (x === h) {
        const w = this.words[k]!;
        if (w.length === len && lower.startsWith(w, start)) return this.ids[k]!;
      }
    }
  }
  get(lower: string, start: number, end: number): string | undefined {
    const len = end - start;
    if (len < this.minLen || len > this.maxLen || this.bloom[bloomKey(lower, start, end)] === 0) return undefined;
    const h = hashOf(lower, start, end);
    const keys = this.keys;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const x = keys[k]!;
      if (x === 0) return undefined;
      if (x === h) {
        const w = this.words[k]!;
        if (w.length === len && lower.startsWith(w, start)) return w;
      }
    }
  }
  has(lower: string, start: number, end: number): boolean {
    return this.get(lower, start, end) !== undefined;
  }
}
function hashOf(s: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h | 1;
}

function bloomKey(s: string, start: number, end: number): number {
  // First, second and last code units and the length: Vietnamese syllables share first
  // and last letters often (`nam`/`năm`, `tu`/`từ`), the second less.
  const second = end - start > 1 ? s.charCodeAt(start + 1) : 0;
  return (Math.imul(s.charCodeAt(start), 61) + Math.imul(second, 31) + Math.imul(s.charCodeAt(end - 1), 7) + end - start) & 4095;
}
