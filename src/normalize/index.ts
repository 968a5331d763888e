/**
 * Normalization with an offset map back to the original input.
 *
 * What it does, in one pass over the input:
 * - Unicode NFC, cluster by cluster (a base character and its combining marks), so
 *   NFD and mixed input compare equal to NFC input;
 * - tone-mark placement made canonical (`hoà` -> `hòa`; see ./tone.ts), or the style
 *   the caller asks for;
 * - look-alike letters (`Ð` U+00D0 -> `Đ` U+0110), fullwidth ASCII -> ASCII, typographic
 *   dashes -> `-`, typographic quotes -> `'` and `"`;
 * - odd spaces (no-break, thin, ideographic, tab) -> ` `; zero-width characters, soft
 *   hyphens and BOM removed; CRLF, CR, U+2028/2029 -> `\n`.
 *
 * Every code unit of the normalized text knows the original span it came from, so
 * any normalized span maps back to the original input exactly.
 */
import { placeTones, type ToneStyle } from './tone.js';

export type { ToneStyle } from './tone.js';
export { placeTones } from './tone.js';

export interface NormalizeOptions {
  /** Tone-mark placement of the output: `old` (`hòa`, default, the canonical form) or `new` (`hoà`). */
  toneStyle?: ToneStyle;
}

/** Maps offsets of a normalized string back to the original string. */
export class OffsetMap {
  /** For each normalized code unit, the start of the original span it came from. */
  readonly starts: Int32Array;
  /** For each normalized code unit, the end (exclusive) of the original span it came from. */
  readonly ends: Int32Array;
  readonly originalLength: number;

  constructor(starts: Int32Array, ends: Int32Array, originalLength: number) {
    this.starts = starts;
    this.ends = ends;
    this.originalLength = originalLength;
  }

  /** Length of the normalized text. */
  get length(): number {
    return this.starts.length;
  }

  /** Original offset of normalized position `i` (0 <= i <= length), as a start. */
  toOriginalStart(i: number): number {
    if (i >= this.starts.length) return this.originalLength;
    return this.starts[i < 0 ? 0 : i]!;
  }

  /** Original offset of normalized position `i` (0 <= i <= length), as an exclusive end. */
  toOriginalEnd(i: number): number {
    if (i <= 0) return this.starts.length > 0 ? this.starts[0]! : 0;
    if (i > this.ends.length) return this.originalLength;
    return this.ends[i - 1]!;
  }

  /** Maps the normalized span [start, end) to the original span. */
  toOriginal(start: number, end: number): [number, number] {
    const s = this.toOriginalStart(start);
    if (end <= start) return [s, s];
    return [s, this.toOriginalEnd(end)];
  }
}

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** Map from normalized offsets to original offsets. */
  map: OffsetMap;
}

const SPACE = ' ';
const MARK_RE = /^[\p{M}]$/u;

/** Single code units replaced by another string ('' = removed). */
const REPLACE = new Map<number, string>();
for (const c of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) REPLACE.set(c, SPACE);
for (let c = 0x2000; c <= 0x200a; c++) REPLACE.set(c, SPACE);
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad, 0x180e]) REPLACE.set(c, '');
for (const c of [0x2028, 0x2029, 0x85]) REPLACE.set(c, '\n');
REPLACE.set(0xd0, '\u0110'); // Ð (eth) -> Đ
REPLACE.set(0xf0, '\u0111'); // ð -> đ
REPLACE.set(0x189, '\u0110'); // Ɖ (African D) -> Đ
REPLACE.set(0x256, '\u0111'); // ɖ -> đ
for (let c = 0x2010; c <= 0x2015; c++) REPLACE.set(c, '-');
for (const c of [0x2212, 0xfe58, 0xfe63]) REPLACE.set(c, '-');
for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) REPLACE.set(c, "'");
for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]) REPLACE.set(c, '"');
for (let c = 0xff01; c <= 0xff5e; c++) REPLACE.set(c, String.fromCharCode(c - 0xfee0));

/** Mark-ness of BMP code units above U+0482, filled on first use: 0 unknown, 1 mark, 2 not. */
const MARK_CACHE = new Uint8Array(0x10000);

function isCombining(c: number): boolean {
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  if (c < 0x483 || (c >= 0x1e00 && c <= 0x1fff) || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (c >= 0x1160 && c <= 0x11ff) return true; // Hangul medial/final jamo compose with the preceding syllable
  let k = MARK_CACHE[c]!;
  if (k === 0) {
    k = MARK_RE.test(String.fromCharCode(c)) ? 1 : 2;
    MARK_CACHE[c] = k;
  }
  return k === 1;
}

/** 1 for code units below U+0300 that are NFC-stable on their own and need no replacement. */
const PLAIN_A = new Uint8Array(0x300);
for (let c = 0; c < 0x300; c++) PLAIN_A[c] = (c >= 0x20 && c !== 0x7f && !REPLACE.has(c)) || c === 0x0a ? 1 : 0;

/** Characters that are NFC-stable on their own and need no replacement. */
function isPlain(c: number): boolean {
  if (c < 0x300) return PLAIN_A[c] === 1;
  return (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

/** Normalizes `input` and returns the text with its offset map. Throws a TypeError for non-strings. */
export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  if (typeof input !== 'string') {
    throw new TypeError(`normalize: expected a string, got ${describe(input)}`);
  }
  const style = options.toneStyle ?? 'old';
  if (style !== 'old' && style !== 'new') {
    throw new RangeError(`normalize: option toneStyle must be 'old' or 'new', got ${String(style)}`);
  }
  const len = input.length;
  let cap = len + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  const chunks: string[] = [];
  let runStart = 0; // start of the current run of unchanged code units
  let i = 0;

  const grow = (need: number): void => {
    if (n + need <= cap) return;
    cap = Math.max(cap * 2, n + need + 16);
    const s2 = new Int32Array(cap);
    s2.set(starts.subarray(0, n));
    const e2 = new Int32Array(cap);
    e2.set(ends.subarray(0, n));
    starts = s2;
    ends = e2;
  };
  const emit = (s: string, from: number, to: number): void => {
    grow(s.length);
    for (let k = 0; k < s.length; k++) {
      starts[n] = from;
      ends[n] = to;
      n++;
    }
    if (s) chunks.push(s);
  };

  while (i < len) {
    const c = input.charCodeAt(i);
    const next = i + 1 < len ? input.charCodeAt(i + 1) : 0;
    if ((c < 0x300 ? PLAIN_A[c] === 1 : isPlain(c)) && (next < 0x300 || !isCombining(next))) {
      if (n >= cap) grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    // Flush the unchanged run before this code unit.
    if (runStart < i) chunks.push(input.slice(runStart, i));
    let j = i + 1;
    let out: string;
    if (c === 0x0d) {
      if (next === 0x0a) j = i + 2;
      out = '\n';
    } else if (c < 0x20 && c !== 0x0a && !REPLACE.has(c)) {
      out = SPACE; // other control characters read as space
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // Surrogates: a lone one stays as it is; a pair is one code point, NFC-stable except
      // in the few astral blocks with singleton decompositions.
      const pair = c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      j = pair ? i + 2 : i + 1;
      while (j < len && isCombining(input.charCodeAt(j))) j++;
      const cp = pair ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : 0;
      const unstable = (cp >= 0x1d15e && cp <= 0x1d1c0) || (cp >= 0x2f800 && cp <= 0x2fa1f);
      out = j > (pair ? i + 2 : i + 1) || unstable ? input.slice(i, j).normalize('NFC') : input.slice(i, j);
    } else {
      while (j < len && isCombining(input.charCodeAt(j))) j++;
      const rep = REPLACE.get(c);
      const cluster = rep !== undefined ? rep + input.slice(i + 1, j) : input.slice(i, j);
      out = j === i + 1 && rep !== undefined ? rep : cluster.normalize('NFC');
    }
    emit(out, i, j);
    i = j;
    runStart = j;
  }
  if (runStart < len) chunks.push(input.slice(runStart, len));
  let text = chunks.length === 1 ? chunks[0]! : chunks.join('');
  text = placeTones(text, style);
  return {
    text,
    map: new OffsetMap(starts.slice(0, n), ends.slice(0, n), len),
  };
}

// ---------------------------------------------------------------------------
// Folding

// Tables for the Latin ranges Vietnamese uses (U+0000-U+024F and U+1E00-U+1EFF):
// lowercase and folded code unit of each code unit.
const LOW_A = new Uint16Array(0x250);
const FOLD_A = new Uint16Array(0x250);
const LOW_B = new Uint16Array(0x100);
const FOLD_B = new Uint16Array(0x100);
(function buildFold(): void {
  const one = (c: number): [number, number] => {
    const ch = String.fromCharCode(c);
    let low = ch.toLowerCase();
    if (low.length !== 1) low = ch;
    let f = low.normalize('NFD')[0] ?? low;
    if (low === '\u0111') f = 'd';
    return [low.charCodeAt(0), f.charCodeAt(0)];
  };
  for (let c = 0; c < 0x250; c++) [LOW_A[c], FOLD_A[c]] = one(c);
  for (let c = 0; c < 0x100; c++) [LOW_B[c], FOLD_B[c]] = one(0x1e00 + c);
})();

/**
 * Lowercases and accent-folds a normalized string code unit by code unit, keeping its
 * length: the result indexes like the input. `Đường` -> `duong`.
 */
export function foldKeyAligned(text: string): { lower: string; fold: string } {
  const len = text.length;
  const lower = new Uint16Array(len);
  const fold = new Uint16Array(len);
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x250) {
      lower[i] = LOW_A[c]!;
      fold[i] = FOLD_A[c]!;
    } else if (c >= 0x1e00 && c < 0x1f00) {
      lower[i] = LOW_B[c - 0x1e00]!;
      fold[i] = FOLD_B[c - 0x1e00]!;
    } else {
      let lc = c;
      if (c < 0xd800 || c > 0xdfff) {
        const s = String.fromCharCode(c).toLowerCase();
        if (s.length === 1) lc = s.charCodeAt(0);
      }
      lower[i] = lc;
      fold[i] = lc;
    }
  }
  return { lower: fromCodes(lower), fold: fromCodes(fold) };
}

const UTF16 = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

/** Code units to a string (a lone surrogate becomes U+FFFD: same length, fine for lookup keys). */
function fromCodes(a: Uint16Array): string {
  return UTF16.decode(a);
}

/**
 * Removes all diacritics (tone and vowel marks) and maps `đ`/`Đ` to `d`/`D`; keeps case.
 * `Nguyễn Đức` -> `Nguyen Duc`. Accepts any normalization form.
 */
export function foldAccents(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`foldAccents: expected a string, got ${describe(text)}`);
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u0111\u00f0]/g, 'd')
    .replace(/[\u0110\u00d0]/g, 'D');
}

/** Lowercased, accent-folded lookup key with spaces collapsed: `  Hòa   Bình` -> `hoa binh`. */
export function foldKey(text: string): string {
  return foldAccents(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v}`;
}
