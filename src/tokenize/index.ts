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
import { joinsBefore, normalKind, singleReplacement } from '../normalize/index.js';
import { toneMoveAt } from '../normalize/tone.js';
import { CodeUnits } from '../normalize/units.js';
import { lazyRegExp } from '../lazy-regexp.js';

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

/**
 * A token of a document (createDoc's tokens): a Token made with the fields of the person
 * and title analysis's token view (`Tk` in ../entities/person/tokens.ts) too, which that
 * view fills in and reuses as its entry: one object per token instead of a Token and a
 * second, view object copied from it (that copy was a third of the view's own time).
 * Other readers see a Token. The public `tokenize` makes plain Tokens.
 */
export interface DocToken extends Token {
  /** Lowercased text, the key the tries match on (the text itself until the view sets it). */
  low: string;
  /** Same as spaceBefore (the view's name). */
  sp: boolean;
  /** Same as lineStart (the view's name). */
  line: boolean;
  /** Index of the sentence (0 until the view sets it). */
  sent: number;
  /** Index of the token's line (the first line is 0). */
  lineNo: number;
  /** On an all-caps headline line, where capitals say nothing (false until the view sets it). */
  hl: boolean;
  /** Vocabulary id of `low` (see wordId in ../entities/person/lexicon.ts), -1 when no built-in entry has it (and until the view sets it). */
  id: number;
  /** The view's memo of orgLike (../entities/person/names.ts): 0 not computed yet, 1 no, 2 yes. */
  org: number;
  /** The view's memo of vnLike(low) (see vnTok there): 0 not computed yet, 1 no, 2 yes. */
  vn: number;
}

/**
 * A DocToken with the view's fields given (`low`, `sent`, `id`) or at their start values:
 * the one place its object shape is made (every document token and view entry has it, so
 * the analysis's reads stay monomorphic).
 */
export function docToken(kind: TokenKind, start: number, end: number, text: string, spaceBefore: boolean, lineStart: boolean, cap: boolean, upper: boolean, low: string, sent: number, lineNo: number, id: number): DocToken {
  return { kind, start, end, text, spaceBefore, lineStart, cap, upper, low, sp: spaceBefore, line: lineStart, sent, lineNo, hl: false, id, org: 0, vn: 0 };
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

// Asked only of code units letterClassOf does not class itself (see there).
const LETTER_RE = lazyRegExp(String.raw`[\p{L}\p{M}]`, 'u');
const UPPER_CHAR_RE = lazyRegExp(String.raw`\p{Lu}`, 'u');
const LOWER_CHAR_RE = lazyRegExp(String.raw`\p{Ll}`, 'u');

// Class bits of a code unit: 1 letter or mark, 2 uppercase letter, 4 lowercase letter,
// 8 ASCII digit, 16 space, 32 line break, 64 surrogate (class depends on the pair),
// 128 known, 256 word, 512 cased, 1024 odd, 2048 toned, 4096 pair (below). Filled on
// first use.
const C_LETTER = 1;
const C_UPPER = 2;
const C_LOWER = 4;
const C_DIGIT = 8;
const C_SPACE = 16;
const C_BREAK = 32;
const C_SURROGATE = 64;
const C_KNOWN = 128;
/** Set for BMP letters, marks and ASCII digits: code units that continue a word. */
const C_WORD = 256;
/**
 * Set for code units that `toLowerCase` changes, and for surrogates (an astral letter may
 * have case). Not only letters: `Ⅻ` and `Ⓐ` have lowercase forms too.
 */
const C_CASED = 512;
/** Set for code units normalize may rewrite (`normalKind` 0): surrogates included. */
const C_ODD = 1024;
/** Set for the toned vowels where normalize may move a tone mark (`normalKind` 2 or 3). */
const C_TONED = 2048;
/**
 * Set for `o`, `u`, `q` (either case): a tone mark moves only in a pair that starts with
 * one (`oà`, `uý`, `qùa`), within one word token.
 */
const C_PAIR = 4096;
const CLASS = new Uint16Array(0x10000);
/**
 * Lowercase of each cased code unit (C_CASED), or 0 where lowercasing the whole text
 * may not be lowercasing it alone: `İ` (two code units), `Σ` (`ς` at the end of a word),
 * surrogates.
 */
const LOWER = new Uint16Array(0x10000);

function letterClass(ch: string): number {
  if (!LETTER_RE().test(ch)) return 0;
  return C_LETTER | (UPPER_CHAR_RE().test(ch) ? C_UPPER : 0) | (LOWER_CHAR_RE().test(ch) ? C_LOWER : 0);
}

/** Uppercase letters of Vietnamese outside Latin-1 and U+1EA0..U+1EF9: `Ă Đ Ĩ Ũ Ơ Ư` (lowercase: the next code unit). */
const VI_UPPER = [0x102, 0x110, 0x128, 0x168, 0x1a0, 0x1af];

/**
 * letterClass of BMP code unit `c` (not a surrogate). The code units of Vietnamese text
 * (ASCII, Latin-1, the Vietnamese letters, general punctuation such as `“ ” – …`) are
 * classed here without the `\p{…}` regexes: compiling those was most of the tokenizer's
 * start-up cost, now paid only by a text with other code units.
 */
function letterClassOf(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? C_LETTER | C_UPPER : c >= 97 && c <= 122 ? C_LETTER | C_LOWER : 0;
  if (c < 0x100) {
    if (c === 0xaa || c === 0xba) return C_LETTER; // `ª` `º`: letters without case (Lo)
    if (c === 0xb5 || (c >= 0xdf && c !== 0xf7)) return C_LETTER | C_LOWER; // `µ`, `ß`..`ÿ` but `÷`
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return C_LETTER | C_UPPER; // `À`..`Þ` but `×`
    return 0; // controls, symbols and punctuation
  }
  // Ạ ạ Ả ả ... Ỹ ỹ: capital at even, small at odd code units.
  if (c >= 0x1ea0 && c <= 0x1ef9) return C_LETTER | (c & 1 ? C_LOWER : C_UPPER);
  if (VI_UPPER.includes(c)) return C_LETTER | C_UPPER;
  if (VI_UPPER.includes(c - 1)) return C_LETTER | C_LOWER;
  // General punctuation (dashes, quotes, `…`, `‰`, ...): no letter or mark there.
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) return 0;
  return letterClass(String.fromCharCode(c));
}

/** Class bits of BMP code unit `c`, computed and cached. */
function learn(c: number): number {
  let k: number;
  if (c >= 0xd800 && c <= 0xdfff) k = C_SURROGATE;
  else if (c >= 48 && c <= 57) k = C_DIGIT;
  else if (c === 10 || c === 13) k = C_SPACE | C_BREAK;
  else if (c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) k = C_SPACE;
  else if (c >= 0x300 && c <= 0x36f) k = C_LETTER;
  else k = letterClassOf(c);
  if (k & (C_LETTER | C_DIGIT)) k |= C_WORD;
  const nk = normalKind(c);
  if (nk === 0) k |= C_ODD;
  else if (nk >= 2) k |= C_TONED;
  if (c === 0x6f || c === 0x4f || c === 0x75 || c === 0x55 || c === 0x71 || c === 0x51) k |= C_PAIR;
  if (k & C_SURROGATE) k |= C_CASED;
  else {
    const ch = String.fromCharCode(c);
    const low = ch.toLowerCase();
    if (low !== ch) {
      k |= C_CASED;
      LOWER[c] = low.length === 1 && c !== 0x3a3 ? low.charCodeAt(0) : 0;
    }
  }
  CLASS[c] = k | C_KNOWN;
  return k | C_KNOWN;
}
// Nothing is learned at load: a text's few distinct code units are learned as the
// tokenizer first meets them (learning the Latin and Vietnamese ranges up front, a
// thousand code units, was a noticeable part of the load time).

/** Letter class of the surrogate code unit `c` at `i`: a pair's code point's, 0 for a lone one. */
function surrogateClass(text: string, i: number, c: number): number {
  const d = text.charCodeAt(i + 1);
  if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return C_KNOWN; // lone surrogate
  return letterClass(String.fromCodePoint(text.codePointAt(i)!)) | C_KNOWN;
}

/** Class bits of the code point at `i` (the letter bits only for surrogates). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = CLASS[c]!;
  if (k === 0) k = learn(c);
  return k & C_SURROGATE ? surrogateClass(text, i, c) : k;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
  return tokenizeInto(text, undefined, undefined, false, false)!;
}

/**
 * `tokenize(text)` that also returns, in order, the indices of the tokens where
 * `splitSentences` has something to decide (a line start, a sentence-ending mark), for
 * `splitSentencesAt`; and `text.toLowerCase()` when it could be made on the way
 * (undefined otherwise: the caller lowercases).
 *
 * The lowercase comes almost free: only the tokens with a cased code unit (the tokenizer
 * sees each code unit's class anyway) are lowercased, in the tokenizer's copy of the code
 * units, and the copy becomes the string. That is lowercasing code unit by code unit, the
 * same as `toLowerCase` except for the units LOWER leaves at 0, where it gives up.
 */
export function tokenizeWithBreaks(text: string): Tokenized {
  const breaks: number[] = [];
  const cased: number[] = [];
  const tokens = tokenizeInto(text, breaks, cased, false, true) as DocToken[];
  return { tokens, breaks, lower: lowerFromUnits(text, cased), cased };
}

/** What tokenizeWithBreaks and tokenizeNormal return. */
export interface Tokenized {
  tokens: DocToken[];
  breaks: number[];
  /** `text.toLowerCase()`, or undefined when it could not be made on the way (the caller lowercases). */
  lower: string | undefined;
  /**
   * Where the tokens with a cased code unit are, in order: a token's start when only its
   * first code unit is cased (`Nguyễn`), else `~start, end` (`UBND`, `iPhone`). A token
   * not listed is its own lowercase.
   */
  cased: number[];
}

/** What tokenizeNormal returns: the tokens of the normalized text, and that text. */
export interface TokenizedNormal extends Tokenized {
  /** `normalize(input).text` (`input` itself when unchanged); its offset map is the identity. */
  text: string;
}

/**
 * `tokenizeWithBreaks(input)` when `normalize(input)` gives `input` back unchanged with
 * the identity map (`unchanged(input)`): every code unit plain and no tone mark to move.
 * Else undefined.
 */
export function tokenizeNormal(input: string): Tokenized | undefined {
  const r = tokenizeNormalized(input);
  return r !== undefined && r.text === input ? r : undefined;
}

/**
 * `tokenizeWithBreaks(normalize(input).text)` when normalize maps `input` with the identity
 * map (`unchanged`): every code unit plain and no tone mark to move, which is most real text
 * (158 of the 170 real articles), or besides only punctuation and spaces replaced one code
 * unit for one (curly quotes, dashes, a no-break space: 11 more of them). Else undefined,
 * as soon as the tokenizer meets a code unit normalize would change otherwise. Checking
 * this on the way costs a few bit tests per token, less than a separate pass of normalize
 * over the text (and, for a text with a curly quote, a second tokenization: createDoc
 * took 27% less time on those 11 articles).
 */
export function tokenizeNormalized(input: string): TokenizedNormal | undefined {
  const breaks: number[] = [];
  const cased: number[] = [];
  const tokens = tokenizeInto(input, breaks, cased, true, true) as DocToken[] | undefined;
  if (tokens === undefined) return undefined;
  // The replacements were made in the code units (no lone surrogate there: normal text has none).
  const text = replaced ? UNITS.text(input.length) : input;
  return { tokens, breaks, lower: lowerFromUnits(text, cased), cased, text };
}

/** Whether the last tokenizeInto with `normal` replaced a code unit (see replacementAt). */
let replaced = false;

/**
 * With `normal`: the code unit normalize puts for the punctuation or space code unit `c`
 * at `i` when it replaces it by one that tokenizes the same way (punctuation for
 * punctuation, not `.`, `!` or `?`; a space for a space), written into the code units `u`;
 * else -1. `space`: `c` is a space.
 */
function replacementAt(u: Uint16Array, i: number, c: number, space: boolean): number {
  const r = singleReplacement(c);
  // (Before a combining mark, normalize rewrites the cluster instead.)
  if (r < 0 || joinsBefore(u[i + 1]!)) return -1;
  let k = CLASS[r]!;
  if (k === 0) k = learn(r);
  if (space ? r !== 32 : k & (C_WORD | C_SPACE | C_SURROGATE | C_ODD) || r === 46 || r === 33 || r === 63) return -1;
  u[i] = r;
  replaced = true;
  return r;
}

/**
 * Whether normalize moves a tone mark within the token at `i`..`j` of `text` (`u`: its
 * code units): the positions it would try are those of its scan (a toned `a`/`e`/`y`
 * after `o`/`u`, a toned `u` after `q`, or at the start of the text).
 */
function toneMoves(text: string, u: Uint16Array, i: number, j: number): boolean {
  for (let q = i; q < j; q++) {
    const nk = normalKind(u[q]!);
    if (nk < 2) continue;
    const b = q > 0 ? u[q - 1]! : -1;
    if (nk === 2) {
      if ((b === -1 || b === 0x6f || b === 0x4f || b === 0x75 || b === 0x55) && toneMoveAt(text, q - 1) !== 0) return true;
    } else if ((b === -1 || b === 0x71 || b === 0x51) && toneMoveAt(text, q) !== 0) return true;
  }
  return false;
}

/**
 * `text.toLowerCase()` from the tokenizer's copy of `text`'s code units (still loaded),
 * or undefined if a code unit has no one-to-one lowercase. `cased` lists where the cased
 * code units can be (see tokenizeInto); spaces (never cased) are outside tokens.
 */
function lowerFromUnits(text: string, cased: readonly number[]): string | undefined {
  if (cased.length === 0) return text;
  const u = UNITS.current();
  for (let n = 0; n < cased.length; n++) {
    let p = cased[n]!;
    let end = p + 1;
    if (p < 0) {
      p = ~p;
      end = cased[++n]!;
    }
    for (; p < end; p++) {
      const c = u[p]!;
      let k = CLASS[c]!;
      if (k === 0) k = learn(c);
      if (!(k & C_CASED)) continue;
      const low = LOWER[c]!;
      if (low === 0) return undefined;
      u[p] = low;
    }
  }
  return UNITS.text(text.length);
}

/** The tokenizer's copy of the text's code units, then a 0 (no letter, digit, period or space: loops stop there). */
const UNITS = new CodeUnits();

/**
 * The tokens of `text`; `breaks` (if given) gets the indices `splitSentencesAt` needs,
 * `cased` (if given) where the tokens' cased code units (C_CASED) are: the offset of a
 * token's first code unit when no other is cased (`Nguyễn`), else `~start, end` (`UBND`).
 * With `normal`, undefined as soon as a code unit shows normalize would change the text
 * (see tokenizeNormal). With `doc`, DocTokens.
 */
function tokenizeInto(text: string, breaks: number[] | undefined, cased: number[] | undefined, normal: boolean, doc: boolean): Token[] | undefined {
  const len = text.length;
  // A packed array with room for the tokens the text most likely has (a token and its
  // space take 4.1 code units on average in news, 3.7 in the densest real article; room
  // for one per 3.2), filled in place, then cut to length (push beyond it): growing an
  // empty array by push (a dozen copies) made createDoc 20% slower.
  const tokens = slots((len >> 2) + (len >> 4) + 16);
  let nt = 0;
  const u = UNITS.load(text);
  let i = 0;
  let space = true;
  let line = true;
  let lineNo = -1;
  replaced = false;
  while (i < len) {
    const c = u[i]!;
    let k = CLASS[c]!;
    if (k === 0) k = learn(c);
    if (k & C_SPACE) {
      // A tab or a no-break space reads as a space; CR (and CR LF) changes the length.
      if (normal && k & C_ODD && replacementAt(u, i, c, true) < 0) return undefined;
      space = true;
      if (k & C_BREAK) line = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    let cap = false;
    let upper = false;
    const casedFirst = k & C_CASED; // the first code unit is cased
    let casedRest = 0; // another one may be
    let bits = k; // class bits of the token's code units (those normalize cares about)
    let sub = -1; // the code unit normalize puts for a punctuation token's (see replacementAt)
    if (k & C_DIGIT) {
      kind = 'number';
      while (isDigit(u[j]!)) j++;
      const h = u[j]!;
      let time = false;
      if (j - i <= 2 && (h === 104 || h === 72)) {
        // clock time: 14h, 14h30
        let m = j + 1;
        if (m + 1 < len && isDigit(u[m]!) && isDigit(u[m + 1]!) && u[m]! <= 53) m += 2;
        if (m >= len || (!isDigit(u[m]!) && !(classAt(text, m) & C_LETTER))) {
          j = m;
          time = true;
          if (h === 72) casedRest = C_CASED; // `14H30`
        }
      }
      if (!time) {
        while (j + 1 < len) {
          const sep = u[j]!;
          if ((sep === 46 || sep === 44 || sep === 47 || sep === 58) && isDigit(u[j + 1]!)) {
            j += 2;
            while (isDigit(u[j]!)) j++;
          } else break;
        }
      }
    } else {
      if (k & C_SURROGATE) k = surrogateClass(text, i, c);
      if (k & C_LETTER) {
        kind = 'word';
        if (c >= 0xd800 && c <= 0xdbff) j = i + 2;
        cap = (k & C_UPPER) !== 0;
        // Class bits of the letters after the first (digits add C_DIGIT | C_WORD only).
        let rest = 0;
        for (;;) {
          // BMP letters, marks and digits, the bulk of every word.
          let kj = 0;
          while ((kj = CLASS[u[j]!]!) & C_WORD) {
            rest |= kj;
            j++;
          }
          if (j >= len) break;
          const cj = u[j]!;
          if (kj === 0) kj = learn(cj);
          if (kj & C_WORD) continue;
          if (!(kj & C_SURROGATE)) break;
          kj = surrogateClass(text, j, cj);
          if (!(kj & C_LETTER)) break;
          rest |= kj | C_CASED | C_ODD;
          j += cj <= 0xdbff ? 2 : 1;
        }
        // `Moody's`, `McDonald's`: a capitalized Latin word's possessive `'s` is part of a brand's name
        // (pbiz4, round 3). Only a plain (untoned) word, `s` then no letter.
        if (cap && j + 1 < len && (u[j] === 39 || u[j] === 0x2019) && u[j + 1] === 115 && !(rest & (C_TONED | C_ODD)) && j - i >= 3) {
          let after = j + 2 < len ? CLASS[u[j + 2]!]! : 0;
          if (after === 0 && j + 2 < len) after = learn(u[j + 2]!);
          if (!(after & C_WORD)) {
            // normalize writes `’` as `'`: with `normal`, a token holding one is not the normalized text's
            // (C_ODD sends tokenizeNormalized back to normalizing first, as for any code unit it rewrites).
            if (u[j] !== 39) rest |= C_ODD;
            j += 2;
          }
        }
        // `upper`: two or more letters, none lowercase.
        upper = cap && (rest & C_LETTER) !== 0 && ((k | rest) & C_LOWER) === 0;
        casedRest = rest & C_CASED;
        bits |= rest;
      } else {
        kind = 'punct';
        if (c === 46) {
          while (u[j]! === 46) j++;
          if (j - i === 2) j = i + 1; // `..` is two periods; `...` and longer are one ellipsis
          if (breaks !== undefined && (j - i === 1 || j - i === 3) && !line) breaks.push(nt);
        } else if (c === 33 || c === 63 || c === 0x2026) {
          if (breaks !== undefined && !line) breaks.push(nt);
        } else if (c >= 0xd800 && c <= 0xdbff && j < len) {
          const d = u[j]!;
          if (d >= 0xdc00 && d <= 0xdfff) j++;
        } else if (normal && k & C_ODD) {
          // `“` -> `"`, `–` -> `-`: the token of the normalized text (one code unit).
          sub = replacementAt(u, i, c, false);
          if (sub >= 0) bits = CLASS[sub]!;
        }
      }
    }
    // Numbers are digits, `.,/:` and `h`, all plain; other tokens have their bits. A
    // toned vowel at a token's start follows no letter: no pair, no move.
    if (normal && bits & (C_ODD | C_TONED)) {
      if (bits & C_ODD || (bits & C_PAIR && toneMoves(text, u, i, j))) return undefined;
    }
    if (line && breaks !== undefined) breaks.push(nt);
    if (cased !== undefined && (casedFirst | casedRest) !== 0) {
      if (casedRest !== 0) cased.push(~i, j);
      else cased.push(i);
    }
    const tokText = sub < 0 ? text.slice(i, j) : String.fromCharCode(sub);
    if (line) lineNo++;
    const tok: Token = doc
      ? docToken(kind, i, j, tokText, space, line, cap, upper, tokText, 0, lineNo, -1)
      : { kind, start: i, end: j, text: tokText, spaceBefore: space, lineStart: line, cap, upper };
    if (nt < tokens.length) tokens[nt] = tok;
    else tokens.push(tok);
    nt++;
    line = false;
    // The usual single space between tokens, without a trip through the loop.
    if (u[j]! === 32) {
      space = true;
      i = j + 1;
    } else {
      space = false;
      i = j;
    }
  }
  tokens.length = nt;
  return tokens;
}

/** Packed nulls that `slots` cuts from (doubled as needed, up to SLOTS_MAX). */
let NULLS: null[] = [null];
/**
 * The most slots `slots` hands out: more than an `extract` chunk asks for (a chunk is at
 * most 32 K code units: about 10.3 K slots); a longer text given to `tokenize` grows by push.
 */
const SLOTS_MAX = 1 << 14;
/**
 * A packed array of `n` entries (null until set; a slice of packed nulls, not `new
 * Array(n)`, whose holes every reader would check), to be filled with tokens; an empty
 * one beyond SLOTS_MAX (a long text given to `tokenize`), filled by push.
 */
function slots(n: number): Token[] {
  if (n > SLOTS_MAX) return [];
  while (NULLS.length < n) NULLS = NULLS.concat(NULLS);
  return NULLS.slice(0, n) as unknown as Token[];
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
  const breaks: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineStart || (t.kind === 'punct' && TERMINAL.has(t.text))) breaks.push(k);
  }
  return splitSentencesAt(tokens, breaks);
}

/**
 * `splitSentences(tokens)` given the indices (increasing) of the tokens that start a
 * line or are a sentence-ending mark (`.`, `!`, `?`, `…`, `...`), as
 * `tokenizeWithBreaks` returns them. Other indices may be listed too.
 */
export function splitSentencesAt(tokens: readonly Token[], breaks: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  let from = 0; // tokens before this one are decided
  for (let b = 0; b < breaks.length; b++) {
    const k = breaks[b]!;
    if (k < from || k >= n) continue;
    from = k + 1;
    const t = tokens[k]!;
    if (k > first && t.lineStart) {
      out.push({ start: tokens[first]!.start, end: tokens[k - 1]!.end, first, last: k });
      first = k;
    }
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
      from = e;
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
      if (e > first) {
        out.push({ start: tokens[first]!.start, end: tokens[e - 1]!.end, first, last: e });
        first = e;
      }
      from = e;
    }
  }
  if (n > first) out.push({ start: tokens[first]!.start, end: tokens[n - 1]!.end, first, last: n });
  return out;
}
