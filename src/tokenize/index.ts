/**
 * Tokenization of normalized text: syllable tokens, numbers kept whole in Vietnamese
 * notation (`42.200`, `7,7`, `21/7/2021`, `14h30`, `1.234.567,89`), punctuation as
 * its own token; and a sentence splitter.
 *
 * Offsets here are into the normalized text (see ../normalize); the pipeline maps
 * them back to the original input. The token stream is syllable-level: a later word
 * segmentation layer can group consecutive syllable tokens into words without
 * changing it.
 */
import { abbreviations } from '../generated/lexicons.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Offset in the normalized text. */
  start: number;
  /** End offset (exclusive) in the normalized text. */
  end: number;
  text: string;
  /** Whitespace (or the start of the text) precedes the token. */
  spaceBefore: boolean;
  /** A line break precedes the token (or it is the first token). */
  lineStart: boolean;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase (`UBND`, `NGUYỄN`). */
  upper: boolean;
}

export interface Sentence {
  /** Offset in the normalized text. */
  start: number;
  end: number;
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_CHAR_RE = /\p{Lu}/u;
const LOWER_CHAR_RE = /\p{Ll}/u;

// Character classes for code units below U+0250 and in U+1E00-U+1EFF (Latin, Vietnamese):
// bit 1 letter, bit 2 uppercase letter, bit 4 lowercase letter.
const CLASS_A = new Uint8Array(0x250);
const CLASS_B = new Uint8Array(0x100);
(function build(): void {
  const cls = (c: number): number => {
    const ch = String.fromCharCode(c);
    if (!LETTER_RE.test(ch)) return 0;
    return 1 | (UPPER_CHAR_RE.test(ch) ? 2 : 0) | (LOWER_CHAR_RE.test(ch) ? 4 : 0);
  };
  for (let c = 0; c < 0x250; c++) CLASS_A[c] = cls(c);
  for (let c = 0; c < 0x100; c++) CLASS_B[c] = cls(0x1e00 + c);
})();

/** Letter class of the code point at `i` (bit 1 letter or mark, 2 upper, 4 lower) and its length. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x250) return CLASS_A[c]!;
  if (c >= 0x1e00 && c < 0x1f00) return CLASS_B[c - 0x1e00]!;
  if (c >= 0x300 && c <= 0x36f) return 1;
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return 0; // lone surrogate
  }
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  if (!LETTER_RE.test(ch)) return 0;
  return 1 | (UPPER_CHAR_RE.test(ch) ? 2 : 0) | (LOWER_CHAR_RE.test(ch) ? 4 : 0);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/**
 * Splits normalized text into tokens. Linear in the length of the text.
 * - number: digits, with groups joined by `.`, `,`, `/`, `:` between digits
 *   (`42.200`, `7,7`, `21/7/2021`, `10:30`); a clock time `14h30`, `8h` (1-2 digits, `h`,
 *   optional 2 digits, not followed by a letter or digit);
 * - word: a letter, then letters, marks and digits (`Nguyễn`, `COVID`, `F1`);
 * - punct: anything else, one code point at a time, except `...` which stays whole.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let i = 0;
  let space = true;
  let line = true;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      if (c === 10 || c === 13) line = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    let cap = false;
    let upper = false;
    if (isDigit(c)) {
      kind = 'number';
      while (j < len && isDigit(text.charCodeAt(j))) j++;
      const h = j < len ? text.charCodeAt(j) : 0;
      let time = false;
      if (j - i <= 2 && (h === 104 || h === 72)) {
        // clock time: 14h, 14h30
        let k = j + 1;
        if (k + 1 < len && isDigit(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1)) && text.charCodeAt(k) <= 53) k += 2;
        if (k >= len || (!isDigit(text.charCodeAt(k)) && !(classAt(text, k) & 1))) {
          j = k;
          time = true;
        }
      }
      if (!time) {
        while (j + 1 < len) {
          const sep = text.charCodeAt(j);
          if ((sep === 46 || sep === 44 || sep === 47 || sep === 58) && isDigit(text.charCodeAt(j + 1))) {
            j += 2;
            while (j < len && isDigit(text.charCodeAt(j))) j++;
          } else break;
        }
      }
    } else {
      const k0 = classAt(text, i);
      if (k0 & 1) {
        kind = 'word';
        if (c >= 0xd800 && c <= 0xdbff) j = i + 2;
        cap = (k0 & 2) !== 0;
        let hasLower = (k0 & 4) !== 0;
        let letters = 1;
        while (j < len) {
          const cj = text.charCodeAt(j);
          if (isDigit(cj)) {
            j++;
            continue;
          }
          const kj = classAt(text, j);
          if (!(kj & 1)) break;
          if (kj & 4) hasLower = true;
          letters++;
          j += cj >= 0xd800 && cj <= 0xdbff ? 2 : 1;
        }
        upper = cap && letters > 1 && !hasLower;
      } else {
        kind = 'punct';
        if (c === 46) {
          while (j < len && text.charCodeAt(j) === 46) j++;
          if (j - i === 2) j = i + 1; // `..` is two periods; `...` and longer are one ellipsis
        } else if (c >= 0xd800 && c <= 0xdbff && j < len) {
          const d = text.charCodeAt(j);
          if (d >= 0xdc00 && d <= 0xdfff) j++;
        }
      }
    }
    tokens.push({ kind, start: i, end: j, text: text.slice(i, j), spaceBefore: space, lineStart: line, cap, upper });
    i = j;
    space = false;
    line = false;
  }
  return tokens;
}

const ABBREV = new Set(abbreviations);
const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’']);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'number') return true;
  if (t.kind === 'word') return t.cap;
  return t.text === '"' || t.text === "'" || t.text === '(' || t.text === '[' || t.text === '-' || t.text === '“';
}

/**
 * Splits tokens into sentences. Boundaries: line breaks; `.`, `!`, `?`, `…` followed by
 * a capitalized word, a number or an opening quote (also with no space: `gái.Dựa`),
 * unless the period closes an abbreviation (`TP.`, `PGS.TS.`, `v.v.`) or an initial
 * (`N.V.A`). Closing quotes and brackets after the terminal stay in the sentence.
 */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  const close = (last: number): void => {
    if (last > first) {
      out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    }
    first = last;
  };
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (k > first && t.lineStart) close(k);
    if (t.kind !== 'punct' || !TERMINAL.has(t.text)) continue;
    // Extend over more terminals and closers: `?!`, `."`, `.)`.
    let e = k + 1;
    while (
      e < n &&
      !tokens[e]!.spaceBefore &&
      tokens[e]!.kind === 'punct' &&
      (TERMINAL.has(tokens[e]!.text) || CLOSERS.has(tokens[e]!.text))
    )
      e++;
    const next = tokens[e];
    if (!next || next.lineStart) {
      k = e - 1;
      continue;
    }
    if (t.text === '.' && e === k + 1) {
      const prev = tokens[k - 1];
      if (prev && prev.end === t.start && prev.kind === 'word') {
        if (ABBREV.has(prev.text)) continue;
        // An initial: one uppercase letter (`N.V.A`, `Kim J.`) or `v.v`.
        if (prev.text.length === 1) continue;
      }
    }
    if (startsSentence(next)) {
      close(e);
      k = e - 1;
    }
  }
  close(n);
  return out;
}
