/**
 * Numbers at a token position of a tokenized text (see ../tokenize): digits as the
 * tokenizer keeps them (`42.200`, `486,8`), digit groups split by a space (`1 500 000`)
 * or by a typo'd space after a thousands dot (`165. 434`), then number and scale words.
 */
import type { Token } from '../tokenize/index.js';
import { decToString, shift, trim, type Dec } from './decimal.js';
import { parseDigits, simpleDigits, simpleDigitsAt, type ParsedNumber } from './digits.js';
import { DIGIT_WORDS, isNumberWord, isScaleWord, NUMBER_VOCABULARY, readNumberFrom, SCALE_WORDS, type ItemSource, type NumberItem, type NumberWordsOptions } from './words.js';
import { LowerWords } from './wordset.js';

const VOCABULARY = new LowerWords(NUMBER_VOCABULARY);

/**
 * The lowercase text of word token `t` when it is a number word, else undefined. With
 * `lower` (the lowercased text the tokens index, `doc.lower`), tested without
 * building a string.
 */
function numberWordOf(t: Token, lower: string | undefined): string | undefined {
  if (lower !== undefined) return VOCABULARY.get(lower, t.start, t.end);
  const w = t.text.toLowerCase();
  return isNumberWord(w) ? w : undefined;
}

export interface DigitRun {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token used. */
  last: number;
  /** Offsets (of the tokens' text). */
  start: number;
  end: number;
  /** Canonical digits (`1.500.000` for `1 500 000` and `1.500. 000`), parseable by parseDigits. */
  text: string;
  parsed: ParsedNumber;
}

const GROUP1_RE = /^\d{1,3}$/;
const GROUP3_RE = /^\d{3}(?:,\d{1,20})?$/;
const DOTTED_HEAD_RE = /^\d{1,3}(?:\.\d{3}){0,10}$/;
const DOTTED_TAIL_RE = /^\d{3}(?:\.\d{3}){0,10}(?:,\d{1,20})?$/;

/**
 * The number written with digits at token `i`: one number token, or several joined
 * when they are space-separated groups of three digits (`1 500 000`, exactly one
 * space between) or a thousands dot followed by a typo'd space (`165. 434`). Null when
 * token `i` is not a well-formed number (`21/7/2021`, `14h30`, `1.2.3`).
 */
export function joinDigitGroups(
  tokens: readonly Token[],
  i: number,
  /** The lowercased text the tokens index (`doc.lower`), if at hand: shapes are checked there. */
  lower?: string,
): DigitRun | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number') return null;
  let last = i + 1;
  let text = t.text;
  // Cheap token checks before the regexes: most numbers are followed by neither a
  // number one space away nor a glued dot.
  const t1 = tokens[i + 1];
  if (t1 && t1.kind === 'number' && t1.start === t.end + 1 && GROUP1_RE.test(t.text)) {
    // Space-separated groups.
    let k = i + 1;
    let joined = t.text;
    // At most six groups (10^18): longer runs of 3-digit numbers are lists, and the
    // bound keeps the scan linear.
    while (k < tokens.length && k - i < 6) {
      const n = tokens[k]!;
      const prev = tokens[k - 1]!;
      if (n.kind !== 'number' || n.lineStart || n.start !== prev.end + 1 || !GROUP3_RE.test(n.text)) break;
      joined += '.' + n.text;
      k++;
      if (n.text.includes(',')) break;
    }
    if (k > i + 1) {
      last = k;
      text = joined;
    }
  }
  if (
    last === i + 1 &&
    t1 &&
    t1.kind === 'punct' &&
    t1.start === t.end &&
    (lower === undefined ? t1.text === '.' : t1.end - t1.start === 1 && lower.charCodeAt(t1.start) === 46) &&
    DOTTED_HEAD_RE.test(t.text)
  ) {
    // `165. 434`: a dot glued to the number, one space, three digits.
    const dot = tokens[i + 1];
    const n = tokens[i + 2];
    if (
      dot &&
      n &&
      dot.kind === 'punct' &&
      dot.text === '.' &&
      dot.start === t.end &&
      n.kind === 'number' &&
      n.start === dot.end + 1 &&
      !n.lineStart &&
      DOTTED_TAIL_RE.test(n.text)
    ) {
      last = i + 3;
      text = `${t.text}.${n.text}`;
    }
  }
  // The common shapes are numbers whatever their digits: read them when asked.
  if (last === i + 1 && lower !== undefined ? simpleDigitsAt(lower, t.start, t.end) : simpleDigits(text)) {
    return new Run(i, last, t.start, tokens[last - 1]!.end, text, undefined);
  }
  const parsed = parseDigits(text);
  if (!parsed) return null;
  return new Run(i, last, t.start, tokens[last - 1]!.end, text, parsed);
}

/**
 * A {@link DigitRun} whose reading is computed on first use (most numbers are never
 * used), and at once the {@link NumberAt} readNumberAt returns for digits alone (the
 * common case): one object per number read.
 */
class Run implements DigitRun, NumberAt {
  readonly leadingDigits = true;
  readonly scaled = false;
  constructor(
    readonly first: number,
    readonly last: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private p: ParsedNumber | undefined,
  ) {}
  get parsed(): ParsedNumber {
    let p = this.p;
    if (p === undefined) {
      // simpleDigits held: parseDigits reads it.
      p = parseDigits(this.text)!;
      this.p = p;
    }
    return p;
  }
  get digits(): DigitRun {
    return this;
  }
  get value(): number {
    const p = this.p;
    if (p !== undefined) return p.value;
    // Plain digits (`5`, `2021`): their value without the full reading (its exact string,
    // bigint and objects), which a percentage never asks for. `Number` reads leading zeros
    // and long runs as parseDigits' `Number(exact)` does.
    const text = this.text;
    let plain = true;
    for (let k = 0; k < text.length && plain; k++) {
      const c = text.charCodeAt(k);
      plain = c >= 48 && c <= 57;
    }
    return plain ? Number(text) : this.parsed.value;
  }
  get exact(): string {
    return this.parsed.exact;
  }
  get dec(): Dec {
    return this.parsed.dec;
  }
}

export interface NumberAt {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token read. */
  last: number;
  /** Offsets in the tokenized text. */
  start: number;
  end: number;
  value: number;
  exact: string;
  dec: Dec;
  /** Started with digits rather than a word. */
  leadingDigits: boolean;
  /** A scale word was read (`tỷ`, `triệu`, `nghìn`, `k`, ...). */
  scaled: boolean;
  /** The digits as read, when the number started with digits. */
  digits?: DigitRun;
}

/**
 * Reads a number (digits or words) with its scale words at token `i`:
 * `42.200 tỷ`, `486,8 tỷ`, `1 tỷ 200 triệu`, `2 tỷ rưỡi`, `hai trăm nghìn`, `50k`,
 * `1 500 000`. Items must be separated by white space only (no punctuation, no line
 * break). Null when no number starts at `i`.
 */
export function readNumberAt(
  tokens: readonly Token[],
  i: number,
  options: NumberWordsOptions = {},
  /** The lowercased text the tokens index (`doc.lower`), if at hand: saves lowercasing tokens. */
  lower?: string,
): NumberAt | null {
  const t = tokens[i];
  if (!t || t.kind === 'punct') return null;
  let run: DigitRun | null = null;
  let first: NumberItem | undefined;
  if (t.kind === 'number') {
    if (options.digits === false) return null;
    const r = joinDigitGroups(tokens, i, lower) as Run | null;
    if (!r) return null;
    run = r;
    // Fast path: digits not followed by a word that extends them (the common case): a
    // number word other than `trăm`, `chục` or a scale (`3 năm`, `2 mươi`) leaves the
    // reader with the digits alone. The run's first token is i and its extent the
    // number's: it is the number.
    const nx = tokens[r.last];
    if (!nx || nx.kind !== 'word' || nx.lineStart) return r;
    const w = numberWordOf(nx, lower);
    if (w === undefined || (w !== 'trăm' && w !== 'chục' && !isScaleWord(w))) return r;
    // Digits and one scale word that nothing extends (`42.200 tỷ đồng`, `5 triệu USD`, most
    // of the phrases read here): the reader's result without building its items.
    const exp = options.scales === false ? undefined : SCALE_WORDS.get(w);
    if (exp !== undefined && !extendsScale(tokens, r.last + 1, lower)) return scaledDigits(tokens, r, exp, t);
    first = { text: run.text, spaceBefore: true, lower: run.text };
  } else {
    const w = numberWordOf(t, lower);
    if (w === undefined) return null;
    // Fast path: a lone number word (`năm`, `ba`, `một`): the next token cannot extend it.
    if (!continues(tokens, i + 1, lower)) return loneWord(w, i, t);
    first = { text: t.text, spaceBefore: t.spaceBefore, lower: w };
  }
  return readPhrase(tokens, i, t, run, first, options, lower);
}

/**
 * Whether the number {@link readNumberAt} reads at token `i` (no options) surely ends at
 * `i + 1` without a scale word, or there is none: the next token cannot extend it. True
 * when that token is missing, punctuation other than `.`, or a word that is no number
 * word; after digits, also a number word other than `trăm`, `chục` or a scale word (`3
 * năm`: readNumberAt's fast path), or a `.` not glued to them or not followed, one space
 * on, by digits on the same line (`… năm 2021.`: only `165. 434` joins, in
 * joinDigitGroups); after a number word, also a number token. (Digits then digits or a
 * glued `.` and digits may join into one number, and a number word after a number word
 * may extend it.) Callers that need something right after a number (a unit, a currency)
 * test that first and read the number only where it may be there.
 */
export function endsAtOnce(tokens: readonly Token[], i: number, lower: string): boolean {
  const n = tokens[i + 1];
  if (n === undefined) return true;
  if (n.kind === 'word') {
    const id = VOCABULARY.idOf(lower, n.start, n.end);
    if (id < 0) return true;
    if (tokens[i]!.kind !== 'number' || n.lineStart) return false;
    const w = VOCABULARY.list[id]!;
    return w !== 'trăm' && w !== 'chục' && !isScaleWord(w);
  }
  if (n.kind === 'punct') {
    if (n.end - n.start !== 1 || lower.charCodeAt(n.start) !== 46) return true;
    const t = tokens[i]!;
    if (t.kind !== 'number' || n.start !== t.end) return true;
    const m = tokens[i + 2];
    return m === undefined || m.kind !== 'number' || m.start !== n.end + 1 || m.lineStart;
  }
  return tokens[i]!.kind === 'word';
}

/**
 * Whether token k (right after a number word) can be read as part of the same number
 * phrase: the reader's `more` below stops at once on anything else.
 */
function continues(tokens: readonly Token[], k: number, lower: string | undefined): boolean {
  const n = tokens[k];
  if (n === undefined || n.kind !== 'word' || n.lineStart) return false;
  if (!n.spaceBefore && tokens[k - 1]!.kind === 'word') return false;
  return numberWordOf(n, lower) !== undefined;
}

/**
 * Whether the reader, after digits and a scale word, takes token k into the number:
 * readPhrase's `more` lists it (digits, or a number word after a space on the same line).
 */
function extendsScale(tokens: readonly Token[], k: number, lower: string | undefined): boolean {
  const n = tokens[k];
  if (n === undefined || n.kind === 'punct' || n.lineStart) return false;
  if (n.kind === 'number') return true;
  // A word glued to the scale word is no item (`tỷđồng`).
  if (!n.spaceBefore) return false;
  return numberWordOf(n, lower) !== undefined;
}

/**
 * What the reader gives for digits `r` then a scale word of power `exp` and nothing it
 * takes after them (see extendsScale): the digits times the scale (`read` computes the
 * same total: `add(shift(add(ZERO, digits), exp), ZERO)`).
 */
function scaledDigits(tokens: readonly Token[], r: Run, exp: number, t: Token): NumberAt {
  // `add(shift(add(ZERO, d), exp), ZERO)` in the reader: adding zero only trims, and a
  // shifted trimmed decimal is trimmed, so this is the same value with two fewer bigint sums.
  const value = shift(trim(r.dec), exp);
  const exact = decToString(value);
  const last = r.last + 1;
  const out: NumberAt = {
    first: r.first,
    last,
    start: t.start,
    end: tokens[last - 1]!.end,
    value: Number(exact),
    exact,
    dec: value,
    leadingDigits: true,
    scaled: true,
  };
  out.digits = r;
  return out;
}

/** Values of the number words that stand alone (`một` .. `chín`, `mười`), exact. */
const LONE: ReadonlyMap<string, { value: number; exact: string; dec: Dec }> = new Map(
  [...DIGIT_WORDS, ['mười', 10] as const].map(([w, v]) => [w, { value: v, exact: String(v), dec: { n: BigInt(v), e: 0 } }]),
);

/** A number word read alone, as the reader reads a one-item phrase. */
function loneWord(w: string, i: number, t: Token): NumberAt | null {
  const v = LONE.get(w);
  if (v === undefined) return null;
  return { first: i, last: i + 1, start: t.start, end: t.end, value: v.value, exact: v.exact, dec: v.dec, leadingDigits: false, scaled: false };
}

function readPhrase(
  tokens: readonly Token[],
  i: number,
  t: Token,
  run: DigitRun | null,
  first: NumberItem,
  options: NumberWordsOptions,
  lower: string | undefined,
): NumberAt | null {
  const items: NumberItem[] = [first];
  const index: number[] = [run ? run.last : i + 1];
  let k = run ? run.last : i + 1;
  // The following tokens that can belong to a number phrase, built on demand.
  let prevScale = !run && isScaleWord(first.lower!);
  let done = false;
  const more = (): void => {
    if (done || k >= tokens.length || items.length >= 24) {
      done = true;
      return;
    }
    const n = tokens[k]!;
    if (n.kind === 'punct' || (k > i && n.lineStart) || (k > i && !n.spaceBefore && n.kind === 'word' && tokens[k - 1]!.kind === 'word')) {
      done = true;
      return;
    }
    if (n.kind === 'number') {
      // Digits after the first only right after a scale word (`1 tỷ 200 triệu`, `7 triệu 5`).
      const r = k > i && !prevScale ? null : joinDigitGroups(tokens, k, lower);
      if (!r) {
        done = true;
        return;
      }
      prevScale = false;
      items.push({ text: r.text, spaceBefore: n.spaceBefore, lower: r.text });
      index.push(r.last);
      k = r.last;
      return;
    }
    const w = numberWordOf(n, lower);
    if (w === undefined) {
      done = true;
      return;
    }
    prevScale = isScaleWord(w);
    items.push({ text: n.text, spaceBefore: n.spaceBefore, lower: w });
    index.push(k + 1);
    k++;
  };
  const src: ItemSource = {
    get(x: number): NumberItem | undefined {
      while (items.length <= x && !done) more();
      return items[x];
    },
  };
  const r = readNumberFrom(src, options);
  if (!r || r.consumed === 0) return null;
  const last = index[r.consumed - 1]!;
  const out: NumberAt = {
    first: i,
    last,
    start: t.start,
    end: tokens[last - 1]!.end,
    value: r.value,
    exact: r.exact,
    dec: r.dec,
    leadingDigits: r.leadingDigits,
    scaled: r.scaled,
  };
  if (run) out.digits = run;
  return out;
}
