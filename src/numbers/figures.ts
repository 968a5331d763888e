/**
 * Helpers shared by the figure recognizers (percent, money): where a number may
 * start, qualifier words before and after a figure, and `từ ... đến/tới/-` ranges.
 */
import { memoKey, type Doc } from '../doc.js';
import type { Token } from '../tokenize/index.js';
import type { Qualifier } from '../types.js';
import { numbersQualifiers } from '../generated/lexicons.js';
import { readNumberAt, type NumberAt } from './tokens.js';
import { LowerWords } from './wordset.js';
import { keywordBit, NUMBER_BIT, scanOf } from './scan.js';

/** Words that can start a number written in words. */
const STARTERS = new LowerWords(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'nửa', 'chục', 'trăm']);

/** Words before a bare `chục`/`trăm` that make it ten/a hundred (`hơn chục triệu đồng`). */
const BARE_TENS_BEFORE = new LowerWords(['hơn', 'gần', 'khoảng', 'trên', 'ngót', 'nghét', 'chừng', 'cỡ', 'tầm', 'dưới', 'xỉ']);
const BARE_TENS_SCALES = new LowerWords(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ']);

/**
 * A bare `chục`/`trăm` at token i starts a number only after an approximating word and
 * before a scale word: `hơn chục triệu đồng`, `gần trăm tỷ đồng`; never `hàng chục triệu`,
 * `vài trăm nghìn`, nor inside `hai trăm` (read from `hai`).
 */
function bareTensStart(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const c = doc.lower.charCodeAt(t.start);
  // `dăm ba triệu đồng`: a vague few, not three.
  if (c === 0x62 && i > 0 && t.end - t.start === 2 && doc.lower.startsWith('ba', t.start)) {
    const p = doc.tokens[i - 1]!;
    return !(p.kind === 'word' && p.end - p.start === 3 && doc.lower.startsWith('dăm', p.start));
  }
  if (c !== 0x63 && c !== 0x74) return true; // not `chục` / `trăm`
  if (t.end - t.start !== 4 || !(doc.lower.startsWith('chục', t.start) || doc.lower.startsWith('trăm', t.start))) return true;
  const p = doc.tokens[i - 1];
  const n = doc.tokens[i + 1];
  if (!p || !n || p.kind !== 'word' || n.kind !== 'word' || n.lineStart || !t.spaceBefore) return false;
  return BARE_TENS_BEFORE.has(doc.lower, p.start, p.end) && BARE_TENS_SCALES.has(doc.lower, n.start, n.end);
}

const STARTER_BIT = keywordBit(STARTERS.list);

/** Punctuation that glues a code together when written without spaces: `Su-34`, `05/2021`, `v1.2`. */
const GLUE = new Set(['-', '/', '.', ':', '_', '+', '#', '&', '@']);

export function lowerOf(doc: Doc, t: Token): string {
  return doc.lower.slice(t.start, t.end);
}

/**
 * Token `t`'s lowercase text is `word` (`lowerOf(doc, t) === word`), tested on
 * `doc.lower` without a slice or a look at the token's own string.
 */
export function isWord(doc: Doc, t: Token, word: string): boolean {
  return t.end - t.start === word.length && doc.lower.startsWith(word, t.start);
}

/**
 * Whether a number may start at token `i`: a number token or a number word that is
 * not part of a code (`Su-34`, `COVID-19`, `H5N1`, `05/2021/NĐ-CP`, `A-12`).
 */
export function canStartNumber(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.kind === 'number') {
    if (t.spaceBefore || i === 0) return true;
    const p = doc.tokens[i - 1]!;
    if (p.kind === 'word' || p.kind === 'number') return false;
    if (GLUE.has(p.text) && !p.spaceBefore && i >= 2) {
      const q = doc.tokens[i - 2]!;
      if (q.kind !== 'punct') return false;
    }
    return true;
  }
  if (t.kind !== 'word') return false;
  if (!STARTERS.has(doc.lower, t.start, t.end)) return false;
  if (!t.spaceBefore && i > 0 && doc.tokens[i - 1]!.kind !== 'punct') return false;
  return bareTensStart(doc, i);
}

const NO_OPTIONS = {};

/**
 * Per document: where numbers may start and the numbers read there, shared by percent
 * and money ({@link numbersOf}). Results must not be modified.
 */
export class DocNumbers {
  /** Token indexes where a number may start ({@link canStartNumber}), ascending. */
  readonly starts: readonly number[];
  /** Numbers read so far, by index into `starts` (undefined: not read yet). */
  private readonly read: (NumberAt | null | undefined)[];

  constructor(private readonly doc: Doc) {
    const starts: number[] = [];
    const toks = doc.tokens;
    // Candidates from the shared scan: number tokens and the starter words.
    const scan = scanOf(doc);
    const index = scan.index;
    const bits = scan.bits;
    for (let k = 0; k < index.length; k++) {
      const b = bits[k]!;
      const i = index[k]!;
      if (b & STARTER_BIT) {
        // canStartNumber for a starter word.
        if ((toks[i]!.spaceBefore || i === 0 || toks[i - 1]!.kind === 'punct') && bareTensStart(doc, i)) starts.push(i);
      } else if (b === NUMBER_BIT && canStartNumber(doc, i)) starts.push(i);
    }
    this.starts = starts;
    this.read = new Array<NumberAt | null | undefined>(starts.length);
  }

  /** The number at the `s`-th start (read once, then cached). */
  at(s: number): NumberAt | null {
    let n = this.read[s];
    if (n === undefined) {
      // A lone ambiguous word (`năm` = year, `ba`, `một`) is left to the caller's unit check.
      n = readNumberAt(this.doc.tokens, this.starts[s]!, NO_OPTIONS, this.doc.lower);
      this.read[s] = n;
    }
    return n;
  }
}

const NUMBERS = memoKey<DocNumbers>('numbers');
const makeNumbers = (doc: Doc): DocNumbers => new DocNumbers(doc);

/** The numbers of `doc` (computed once per document, shared by percent and money). */
export function numbersOf(doc: Doc): DocNumbers {
  return doc.memo(NUMBERS, makeNumbers);
}

/**
 * The token indexes, ascending, at which {@link canStartNumber} holds: every token
 * where {@link numberAt} may return a number. Computed once per document.
 */
export function numberStarts(doc: Doc): readonly number[] {
  return numbersOf(doc).starts;
}

/**
 * Reads a number at token i when one may start there. The result is cached per
 * document (percent and money read the same numbers): callers must not modify it.
 */
export function numberAt(doc: Doc, i: number): NumberAt | null {
  const c = numbersOf(doc);
  // `starts` holds every token where canStartNumber holds: elsewhere no number starts.
  const starts = c.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  if (lo === starts.length || starts[lo] !== i) return null;
  return c.at(lo);
}


interface QualEntry {
  words: string[];
  d?: 'increase' | 'decrease';
  a?: boolean;
  b?: 'lower' | 'upper';
}

interface QualLex {
  before: Record<string, { d?: string; a?: boolean; b?: string }>;
  after: Record<string, { d?: string; a?: boolean; b?: string }>;
}

/**
 * A qualifier entry with all its fields (unset ones undefined): one object shape, so the
 * reads of a matched entry's fields are plain loads (entries of each field set made them
 * a megamorphic inline cache).
 */
function entry(words: string[], f: { d?: string; a?: boolean; b?: string }): QualEntry {
  return {
    words,
    d: f.d === 'increase' || f.d === 'decrease' ? f.d : undefined,
    a: f.a ? true : undefined,
    b: f.b === 'lower' || f.b === 'upper' ? f.b : undefined,
  };
}

function buildIndex(table: QualLex['before']): Map<string, QualEntry[]> {
  const byLast = new Map<string, QualEntry[]>();
  for (const [phrase, f] of Object.entries(table)) {
    const words = phrase.split(' ');
    const e = entry(words, f);
    const key = words[words.length - 1]!;
    const list = byLast.get(key) ?? [];
    list.push(e);
    list.sort((x, y) => y.words.length - x.words.length);
    byLast.set(key, list);
  }
  return byLast;
}

function buildFirstIndex(table: QualLex['after']): Map<string, QualEntry[]> {
  const byFirst = new Map<string, QualEntry[]>();
  for (const [phrase, f] of Object.entries(table)) {
    const words = phrase.split(' ');
    const e = entry(words, { a: f.a, b: f.b });
    const list = byFirst.get(words[0]!) ?? [];
    list.push(e);
    list.sort((x, y) => y.words.length - x.words.length);
    byFirst.set(words[0]!, list);
  }
  return byFirst;
}

const LEX = numbersQualifiers as unknown as QualLex;
const BEFORE = buildIndex(LEX.before);
const AFTER = buildFirstIndex(LEX.after);
/** BEFORE's and AFTER's keys, tested by offsets: most tokens next to a figure are none, and need no slice. */
const BEFORE_KEYS = new LowerWords(BEFORE.keys());
const AFTER_KEYS = new LowerWords(AFTER.keys());

/** Tokens a..b (inclusive) are separated by white space only, on one line (symbols may be glued). */
function joined(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (doc.tokens[k]!.lineStart) return false;
  return true;
}

/**
 * Qualifier words right before token `first` (`tăng hơn 20%`, `gần 5 tỷ đồng`, `≥ 9%`),
 * up to three phrases, longest phrase first. Returns the qualifier and the index of
 * its first token, or null.
 */
export function qualifierBefore(doc: Doc, first: number): { qualifier: Qualifier; first: number } | null {
  let k = first - 1;
  let found = 0;
  let direction: Qualifier['direction'];
  let approximate = false;
  let bound: Qualifier['bound'];
  let start = first;
  while (k >= 0 && found < 3) {
    const t = doc.tokens[k]!;
    if (doc.tokens[k + 1]!.lineStart) break;
    const list = BEFORE_KEYS.has(doc.lower, t.start, t.end) ? BEFORE.get(lowerOf(doc, t)) : undefined;
    if (!list) break;
    // A sign is one only when glued to the figure and not glued to what precedes it (`-0,5%`, not `5-7`).
    if (
      (t.text === '-' || t.text === '+') &&
      (k !== first - 1 || doc.tokens[k + 1]!.spaceBefore || (k > 0 && !t.spaceBefore && doc.tokens[k - 1]!.kind !== 'punct'))
    )
      break;
    let hit: QualEntry | undefined;
    for (const e of list) {
      const L = e.words.length;
      if (k - L + 1 < 0) continue;
      let ok = true;
      for (let m = 0; m < L - 1 && ok; m++) ok = lowerOf(doc, doc.tokens[k - L + 1 + m]!) === e.words[m];
      if (ok && joined(doc, k - L + 1, k)) {
        hit = e;
        break;
      }
    }
    if (!hit) break;
    found++;
    if (hit.d && !direction) direction = hit.d;
    if (hit.a) approximate = true;
    if (hit.b && !bound) bound = hit.b;
    start = k - hit.words.length + 1;
    k = start - 1;
  }
  if (found === 0) return null;
  const q: Qualifier = { text: spanText(doc, doc.tokens[start]!.start, doc.tokens[first - 1]!.end) };
  if (direction) q.direction = direction;
  if (approximate) q.approximate = true;
  if (bound) q.bound = bound;
  return { qualifier: q, first: start };
}

/** Qualifier words right after token `last - 1` (`5 tỷ đồng trở lên`). */
export function qualifierAfter(doc: Doc, last: number): Qualifier | null {
  const t = doc.tokens[last];
  if (!t || t.lineStart) return null;
  const list = AFTER_KEYS.has(doc.lower, t.start, t.end) ? AFTER.get(lowerOf(doc, t)) : undefined;
  if (!list) return null;
  for (const e of list) {
    let ok = true;
    for (let m = 1; m < e.words.length && ok; m++) {
      const u = doc.tokens[last + m];
      ok = !!u && !u.lineStart && lowerOf(doc, u) === e.words[m];
    }
    if (!ok) continue;
    const q: Qualifier = { text: spanText(doc, t.start, doc.tokens[last + e.words.length - 1]!.end) };
    if (e.a) q.approximate = true;
    if (e.b) q.bound = e.b;
    return q;
  }
  return null;
}

/** Merges a qualifier after the figure into the one before it. */
export function mergeQualifiers(a: Qualifier | null, b: Qualifier | null): Qualifier | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  const q: Qualifier = { ...a, text: `${a.text} ${b.text}` };
  if (b.approximate) q.approximate = true;
  if (b.bound && !q.bound) q.bound = b.bound;
  return q;
}

/** The original text of the normalized span [start, end). */
export function spanText(doc: Doc, start: number, end: number): string {
  const [s, e] = doc.map.toOriginal(start, end);
  return doc.input.slice(s, e);
}

/** A range connector at token j: `-` (glued or spaced), `đến`, `tới`. Returns the token after it. */
export function rangeConnector(doc: Doc, j: number): number | null {
  const t = doc.tokens[j];
  if (!t || t.lineStart) return null;
  const n = doc.tokens[j + 1];
  if (!n || n.lineStart) return null;
  if (t.kind === 'punct' && isWord(doc, t, '-')) {
    // `5-7`, `5 - 7`; not `5 -7` (a sign).
    if (t.spaceBefore && !n.spaceBefore) return null;
    return j + 1;
  }
  if (t.kind === 'word' && t.spaceBefore && (isWord(doc, t, 'đến') || isWord(doc, t, 'tới'))) return j + 1;
  return null;
}

/** Index of `từ` right before token `first` (same line), or -1. */
export function tuBefore(doc: Doc, first: number): number {
  const k = first - 1;
  if (k < 0 || doc.tokens[first]!.lineStart) return -1;
  const t = doc.tokens[k]!;
  return t.kind === 'word' && isWord(doc, t, 'từ') ? k : -1;
}

/**
 * A decimal number glued to the word before it (`sở hữu10,3%`, `đạt63,2 triệu`: a missing
 * space in real news): at number token `i` (plain digits, glued to a `,` glued to a
 * lowercase word that ends in digits), the whole number's digits (`10,3`) and where they
 * start inside the word. Null for anything else (`VN30,5`, `F1,2` stay as they are).
 */
export function gluedDecimal(doc: Doc, i: number): { start: number; digits: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== 'number' || t.spaceBefore || i < 2) return null;
  const comma = toks[i - 1]!;
  const w = toks[i - 2]!;
  if (comma.kind !== 'punct' || comma.spaceBefore || comma.end - comma.start !== 1 || doc.lower.charCodeAt(comma.start) !== 44) return null;
  if (w.kind !== 'word' || w.end !== comma.start || w.upper || w.cap) return null;
  const lower = doc.lower;
  for (let k = t.start; k < t.end; k++) {
    const c = lower.charCodeAt(k);
    if (c < 48 || c > 57) return null;
  }
  let s = w.end;
  while (s > w.start && lower.charCodeAt(s - 1) >= 48 && lower.charCodeAt(s - 1) <= 57) s--;
  // At least two letters before the digits, the digits one to three long.
  if (s === w.end || w.end - s > 3 || s - w.start < 2) return null;
  for (let k = w.start; k < s; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 48 && c <= 57) return null;
  }
  return { start: s, digits: doc.text.slice(s, w.end) + ',' + t.text };
}
