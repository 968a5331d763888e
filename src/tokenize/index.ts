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

// Numbers: clock times (`14h30`, `8h`, `14g30`), then digit groups joined by `.`, `,`, `/`, `:`.
// Words: a letter then letters, marks and digits. Ellipsis dots as one token.
const TOKEN_RE =
  /(?<time>\d{1,2}[hHgG](?:[0-5]\d)?(?![\p{L}\p{N}]))|(?<num>\d+(?:[.,/:]\d+)*)|(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*)|(?<dots>\.{2,})|(?<other>[\uD800-\uDBFF][\uDC00-\uDFFF]|[^])/uy;

const UPPER_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** Splits normalized text into tokens. Linear in the length of the text. */
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
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text)!;
    const t = m[0];
    const g = m.groups!;
    const kind: TokenKind = g.word !== undefined ? 'word' : g.num !== undefined || g.time !== undefined ? 'number' : 'punct';
    const cap = kind === 'word' && UPPER_RE.test(t);
    tokens.push({
      kind,
      start: i,
      end: i + t.length,
      text: t,
      spaceBefore: space,
      lineStart: line,
      cap,
      upper: cap && t.length > 1 && !HAS_LOWER_RE.test(t),
    });
    i += t.length;
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
