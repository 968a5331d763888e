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
import { OLD_STYLE_TRIGGERS, placeTones, placeTonesOldAt, type ToneStyle } from './tone.js';
import { CodeUnits } from './units.js';
import { lazyRegExp } from '../lazy-regexp.js';

export type { ToneStyle } from './tone.js';
export { placeTones } from './tone.js';

export interface NormalizeOptions {
  /** Tone-mark placement of the output: `old` (`hòa`, default, the canonical form) or `new` (`hoà`). */
  toneStyle?: ToneStyle;
}

/**
 * Maps offsets of a normalized string back to the original string.
 *
 * Each normalized code unit comes from an original span: `starts[i]`..`ends[i]`. Most
 * text needs no change, so the map is usually kept sparse: only the clusters whose
 * mapping is not one code unit to one code unit are listed, and the dense arrays are
 * built on first read of `starts` / `ends`.
 */
export class OffsetMap {
  readonly originalLength: number;
  private readonly len: number;
  private dStarts: Int32Array | undefined;
  private dEnds: Int32Array | undefined;
  /** Sparse form: quadruples [normalized start, normalized end, original start, original end], in order. */
  private readonly edits: Int32Array | undefined;

  constructor(starts: Int32Array, ends: Int32Array, originalLength: number) {
    this.dStarts = starts;
    this.dEnds = ends;
    this.len = starts.length;
    this.originalLength = originalLength;
    this.edits = undefined;
  }

  /**
   * A map given by its changed clusters: `edits` holds, for each cluster in order, its
   * normalized span and original span (4 numbers); every other code unit maps one to one.
   */
  static sparse(length: number, edits: Int32Array, originalLength: number): OffsetMap {
    const m = Object.create(OffsetMap.prototype) as OffsetMap;
    (m as { originalLength: number }).originalLength = originalLength;
    const w = m as unknown as { len: number; dStarts: undefined; dEnds: undefined; edits: Int32Array };
    w.len = length;
    w.dStarts = undefined;
    w.dEnds = undefined;
    w.edits = edits;
    return m;
  }

  /** For each normalized code unit, the start of the original span it came from. */
  get starts(): Int32Array {
    if (this.dStarts === undefined) this.densify();
    return this.dStarts!;
  }

  /** For each normalized code unit, the end (exclusive) of the original span it came from. */
  get ends(): Int32Array {
    if (this.dEnds === undefined) this.densify();
    return this.dEnds!;
  }

  private densify(): void {
    const n = this.len;
    const e = this.edits!;
    const s = new Int32Array(n);
    const t = new Int32Array(n);
    let i = 0;
    let o = 0; // original offset of normalized position i outside clusters
    for (let k = 0; k < e.length; k += 4) {
      const ns = e[k]!;
      for (; i < ns; i++, o++) {
        s[i] = o;
        t[i] = o + 1;
      }
      const ne = e[k + 1]!;
      const os = e[k + 2]!;
      const oe = e[k + 3]!;
      for (; i < ne; i++) {
        s[i] = os;
        t[i] = oe;
      }
      o = oe;
    }
    for (; i < n; i++, o++) {
      s[i] = o;
      t[i] = o + 1;
    }
    this.dStarts = s;
    this.dEnds = t;
  }

  /** Original span start of normalized code unit `i` (0 <= i < length). */
  private startOf(i: number): number {
    const e = this.edits;
    if (e === undefined) return this.dStarts![i]!;
    const k = lastEditAt(e, i);
    if (k < 0) return i;
    if (i < e[k + 1]!) return e[k + 2]!;
    return e[k + 3]! + (i - e[k + 1]!);
  }

  /** Original span end of normalized code unit `i` (0 <= i < length). */
  private endOf(i: number): number {
    const e = this.edits;
    if (e === undefined) return this.dEnds![i]!;
    const k = lastEditAt(e, i);
    if (k < 0) return i + 1;
    if (i < e[k + 1]!) return e[k + 3]!;
    return e[k + 3]! + (i - e[k + 1]!) + 1;
  }

  /** Length of the normalized text. */
  get length(): number {
    return this.len;
  }

  /** Original offset of normalized position `i` (0 <= i <= length), as a start. */
  toOriginalStart(i: number): number {
    if (i >= this.len) return this.originalLength;
    return this.startOf(i < 0 ? 0 : i);
  }

  /** Original offset of normalized position `i` (0 <= i <= length), as an exclusive end. */
  toOriginalEnd(i: number): number {
    if (i <= 0) return this.len > 0 ? this.startOf(0) : 0;
    if (i > this.len) return this.originalLength;
    return this.endOf(i - 1);
  }

  /** Maps the normalized span [start, end) to the original span. */
  toOriginal(start: number, end: number): [number, number] {
    const s = this.toOriginalStart(start);
    if (end <= start) return [s, s];
    return [s, this.toOriginalEnd(end)];
  }
}

/** Index (a multiple of 4) of the last edit whose normalized start is <= i, or -1. */
function lastEditAt(e: Int32Array, i: number): number {
  let lo = 0;
  let hi = e.length >> 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e[mid * 4]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return (lo - 1) * 4;
}

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** Map from normalized offsets to original offsets. */
  map: OffsetMap;
}

const SPACE = ' ';
/** Asked only of code units above U+0482 outside the Vietnamese blocks (see isCombining). */
const MARK_RE = lazyRegExp(String.raw`^[\p{M}]$`, 'u');

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

/**
 * The code unit that normalize puts for `c` when it replaces `c` by exactly one code unit
 * (`“` -> `"`, `–` -> `-`, a no-break space -> a space), or -1. (Followed by a combining
 * mark, `c` is part of a cluster instead.)
 */
export function singleReplacement(c: number): number {
  const r = REPLACE.get(c);
  return r !== undefined && r.length === 1 ? r.charCodeAt(0) : -1;
}

/** Whether normalize joins code unit `c` to the code unit before it (a combining mark). */
export function joinsBefore(c: number): boolean {
  return isCombining(c);
}

/** Mark-ness of BMP code units above U+0482, filled on first use: 0 unknown, 1 mark, 2 not. */
const MARK_CACHE = new Uint8Array(0x10000);

function isCombining(c: number): boolean {
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  if (c < 0x483 || (c >= 0x1e00 && c <= 0x1fff) || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (c >= 0x1160 && c <= 0x11ff) return true; // Hangul medial/final jamo compose with the preceding syllable
  let k = MARK_CACHE[c]!;
  if (k === 0) {
    k = MARK_RE().test(String.fromCharCode(c)) ? 1 : 2;
    MARK_CACHE[c] = k;
  }
  return k === 1;
}

/** 1 for code units below U+0300 that are NFC-stable on their own and need no replacement. */
const PLAIN_A = new Uint8Array(0x300);
for (let c = 0; c < 0x300; c++) PLAIN_A[c] = (c >= 0x20 && c !== 0x7f && !REPLACE.has(c)) || c === 0x0a ? 1 : 0;

/** Ranges (inclusive) of code units from U+0300 up that are NFC-stable on their own and need no replacement. */
const PLAIN_HIGH: readonly (readonly [number, number])[] = [
  [0x1ea0, 0x1ef9],
  [0x2020, 0x2027], // † ‡ • ‣ ․ ‥ … ‧
  [0x3040, 0x9fff],
  [0xac00, 0xd7a3],
];

/**
 * Every code unit: 0 not plain, 1 plain, 2 plain and a toned `a`/`e`/`y` (a tone rewrite
 * may start at the code unit before), 3 plain and a toned `u` (a rewrite may start here,
 * after `q`). A full table, so the scanning loop needs no range test.
 */
const KIND = new Uint8Array(0x10000);
KIND.set(PLAIN_A);
for (const [lo, hi] of PLAIN_HIGH) KIND.fill(1, lo, hi + 1);
for (const [chars, k] of [[OLD_STYLE_TRIGGERS.second, 2], [OLD_STYLE_TRIGGERS.qu, 3]] as const) {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (KIND[c] !== 1) throw new Error('normalize: tone trigger is not a plain code unit');
    KIND[c] = k;
  }
}

/** normalize's copy of the input's code units. */
const UNITS = new CodeUnits();

/**
 * How normalize sees code unit `c` (KIND): 0 not plain (rewritten, or it may be), 1 plain,
 * 2 plain and a toned `a`/`e`/`y`, 3 plain and a toned `u`. A text of plain code units
 * where no tone mark moves (`toneMoveAt`) normalizes to itself: see `unchanged`.
 */
export function normalKind(c: number): number {
  return KIND[c]!;
}

/**
 * `normalize(input)` for an input it leaves as it is: every code unit plain
 * (`normalKind` >= 1) and no tone mark to move. The caller has checked that.
 */
export function unchanged(input: string): Normalized {
  return { text: input, map: OffsetMap.sparse(input.length, NO_EDITS, input.length) };
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
  // Runs of plain code units (NFC-stable, no replacement, no combining mark after them)
  // are copied as they are and map one to one; only the clusters in between are
  // rewritten, and only those that do not map one code unit to one are recorded.
  // On the way, the positions where an old-style tone rewrite could start are noted
  // (normalized offsets), so tone placement looks only there.
  let chunks: string[] | undefined;
  let edits = NO_EDITS; // quadruples for OffsetMap.sparse, `ne` numbers used
  let ne = 0;
  let tones: number[] | undefined;
  let tonesBy = -1; // input offset of the code unit that noted the last tone position
  let runStart = 0; // start of the current run of unchanged code units
  let nRun = 0; // normalized offset of runStart
  // The input's code units, then a 0 (not plain: it stops the scan at the end).
  const u = UNITS.load(input);
  let i = 0;
  while (i < len) {
    let c: number;
    for (;;) {
      // The bulk: plain code units with nothing to note.
      while (KIND[u[i]!] === 1) i++;
      c = u[i]!;
      const k = KIND[c]!;
      if (k === 0) break;
      // A toned vowel: keep the position if the code unit before could pair with it.
      const b = i > runStart ? u[i - 1]! : -1;
      if (k === 2) {
        if (b === -1 || b === 0x6f || b === 0x4f || b === 0x75 || b === 0x55) {
          (tones ??= []).push(nRun + (i - runStart) - 1);
          tonesBy = i;
        }
      } else if (b === -1 || b === 0x71 || b === 0x51) {
        (tones ??= []).push(nRun + (i - runStart));
        tonesBy = i;
      }
      i++;
    }
    if (i === len) break;
    // A combining mark joins the plain code unit before it into one cluster.
    if (i > runStart && isCombining(c)) {
      c = input.charCodeAt(--i);
      // Drop a tone position noted for that code unit: the cluster notes its own.
      if (tonesBy === i) tones!.pop();
    }
    const next = i + 1 < len ? input.charCodeAt(i + 1) : 0;
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
    chunks ??= [];
    if (runStart < i) chunks.push(input.slice(runStart, i));
    if (out) chunks.push(out);
    const n = nRun + (i - runStart);
    if (j !== i + 1 || out.length !== 1) {
      if (ne + 4 > edits.length) {
        const e2 = new Int32Array(Math.max(64, edits.length * 2));
        e2.set(edits);
        edits = e2;
      }
      edits[ne] = n;
      edits[ne + 1] = n + out.length;
      edits[ne + 2] = i;
      edits[ne + 3] = j;
      ne += 4;
    }
    for (let q = 0; q < out.length; q++) {
      const oc = out.charCodeAt(q);
      const k = KIND[oc]!;
      if (k >= 2) (tones ??= []).push(k === 2 ? n + q - 1 : n + q);
    }
    nRun = n + out.length;
    i = j;
    runStart = j;
  }
  let text: string;
  if (chunks === undefined) text = input;
  else {
    if (runStart < len) chunks.push(input.slice(runStart, len));
    text = chunks.length === 1 ? chunks[0]! : chunks.join('');
  }
  const length = nRun + (len - runStart);
  if (style === 'new') text = placeTones(text, style);
  else if (tones !== undefined) text = placeTonesOldAt(text, tones);
  return {
    text,
    map: OffsetMap.sparse(length, ne === 0 ? NO_EDITS : edits.slice(0, ne), len),
  };
}

const NO_EDITS = new Int32Array(0);

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

const MARKS_RE = lazyRegExp(String.raw`\p{M}+`, 'gu');

/**
 * Removes all diacritics (tone and vowel marks) and maps `đ`/`Đ` to `d`/`D`; keeps case.
 * `Nguyễn Đức` -> `Nguyen Duc`. Accepts any normalization form.
 */
export function foldAccents(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`foldAccents: expected a string, got ${describe(text)}`);
  return text
    .normalize('NFD')
    .replace(MARKS_RE(), '')
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
