/**
 * Vietnamese number words and scale words, read from a sequence of tokens (or a
 * string), with digits allowed where a number word can stand (`1 tỷ 200 triệu`,
 * `2 tỷ rưỡi`, `100 nghìn tỷ`, `50k`, `2 tr`). Values are exact decimals.
 *
 * Grammar (see docs/NUMBERS.md for the judgement calls):
 * - units `một` .. `chín` (`bẩy` = `bảy`); `mốt` (1), `tư` (4), `lăm`/`nhăm` (5) only
 *   after `mươi`/`mười` (and as the shortened last digit after `trăm` or a scale:
 *   `hai trăm mốt` = 210, `ba nghìn tư` = 3400);
 * - tens `mười` (10), `<unit> mươi` (`hai mươi lăm` = 25), `<unit> chục` (`hai chục` = 20);
 *   `năm` after `mười`/`mươi` is NOT read as 5 (`mười năm` is "ten years");
 * - hundreds `<unit> trăm`, `linh`/`lẻ` for an empty tens place (`một trăm linh năm` = 105);
 * - scales `nghìn`/`ngàn`/`k` (10^3), `vạn` (10^4), `triệu`/`tr` (10^6), `tỷ`/`tỉ` (10^9),
 *   compounding when larger than everything before (`nghìn tỷ` = 10^12,
 *   `hai nghìn ba trăm tỷ` = 2.3 × 10^12) and adding when smaller (`1 tỷ 200 triệu`);
 * - `rưỡi` adds half of the unit just named (`2 tỷ rưỡi`, `một trăm rưỡi` = 150);
 * - shortened last digit after a scale word (`hai triệu hai` = 2 200 000, `7 triệu 5` =
 *   7 500 000), except `năm`;
 * - `nửa` (one half) before a scale (`nửa triệu` = 500 000);
 * - `phẩy` as the decimal mark (`bảy phẩy bảy` = 7.7).
 * `không` (zero) and a bare scale word (`tỷ`, `hàng tỷ`) are never a number on their own.
 */
import { type Dec, ZERO, add, dec, decToString, half, isZero, shift, mulInt } from './decimal.js';
import { parseDigits } from './digits.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** One item of the sequence: a token (from `tokenize`) or anything with a `text`. */
export interface NumberItem {
  readonly text: string;
  /** White space before the item; `k` needs none (`50k`). Default true. */
  readonly spaceBefore?: boolean;
  /** `text` lowercased, when the caller already has it (saves lowercasing it again). */
  readonly lower?: string;
}

export interface NumberWordsResult {
  /** Nearest JS number. */
  value: number;
  /** Exact decimal string (`2500000000`, `0.5`). */
  exact: string;
  /** Exact value. */
  dec: Dec;
  /**
   * How much was read: number of items for an array input; number of UTF-16 code
   * units from `from` for a string input (trailing white space excluded).
   */
  consumed: number;
  /** The first item was digits (`2 tỷ rưỡi`) rather than a word. */
  leadingDigits: boolean;
  /** A scale word (`nghìn`, `triệu`, `tỷ`, `k`, ...) was read. */
  scaled: boolean;
  /** Number of words read that are number or scale words (not digits). */
  wordCount: number;
}

export interface NumberWordsOptions {
  /** Accept digit items (`42.200`, `486,8`) where a number can stand. Default true. */
  digits?: boolean;
  /** Accept the informal scales `k` (`50k`) and `tr` (`2 tr`). Default true. */
  informal?: boolean;
  /** Accept scale words at all. Default true. */
  scales?: boolean;
}

/** The digit words one to nine (`một` … `chín`, with the variant `bẩy`). */
export const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
]);
/** Units that only stand after `mươi`/`mười` (or as a shortened last digit). */
const AFTER_TENS: ReadonlyMap<string, number> = new Map([
  ['mốt', 1],
  ['tư', 4],
  ['lăm', 5],
  ['nhăm', 5],
]);

/** Scale words and their power of ten. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['nghìn', 3],
  ['ngàn', 3],
  ['vạn', 4],
  ['triệu', 6],
  ['tỷ', 9],
  ['tỉ', 9],
]);
const INFORMAL_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['tr', 6],
]);

const HALF_WORDS = new Set(['rưỡi', 'rưởi']);
/** Words after `tỷ`/`triệu` that make a compound, not a scale: `tỷ lệ`, `tỷ giá`, `tỷ phú`. */
const NOT_SCALE_BEFORE = new Set(['lệ', 'giá', 'phú', 'số', 'trọng', 'suất']);
const ZERO_TENS = new Set(['linh', 'lẻ']);

const lcItem = (it: NumberItem): string => it.lower ?? it.text.toLowerCase();

const VOCABULARY = new Set<string>([
  ...DIGIT_WORDS.keys(),
  ...AFTER_TENS.keys(),
  ...SCALE_WORDS.keys(),
  ...INFORMAL_SCALES.keys(),
  ...HALF_WORDS,
  ...ZERO_TENS,
  'mươi',
  'mười',
  'trăm',
  'chục',
  'phẩy',
  'nửa',
  'không',
]);

/** Every word that can be part of a number phrase, lowercase. */
export const NUMBER_VOCABULARY: ReadonlySet<string> = VOCABULARY;

/** Whether a lowercase word can be part of a number phrase (`hai`, `mươi`, `tỷ`, `rưỡi`, `k`, ...). */
export function isNumberWord(lower: string): boolean {
  return VOCABULARY.has(lower);
}

/** Whether a lowercase word is a scale word (`nghìn`, `ngàn`, `vạn`, `triệu`, `tỷ`, `tỉ`, `k`, `tr`). */
export function isScaleWord(lower: string): boolean {
  return SCALE_WORDS.has(lower) || INFORMAL_SCALES.has(lower);
}

/** Items read on demand (a reader looks at most a few items past what it consumes). */
export interface ItemSource {
  get(i: number): NumberItem | undefined;
}

function arraySource(items: readonly NumberItem[]): ItemSource {
  return { get: (i) => items[i] };
}

interface Group {
  value: number;
  next: number;
}

class Reader {
  constructor(
    readonly items: ItemSource,
    readonly opts: Required<NumberWordsOptions>,
  ) {}

  w(i: number): string | undefined {
    const it = this.items.get(i);
    return it ? lcItem(it) : undefined;
  }

  unit(i: number): number | undefined {
    const w = this.w(i);
    return w === undefined ? undefined : DIGIT_WORDS.get(w);
  }

  scale(i: number): number | undefined {
    const it = this.items.get(i);
    if (!it || !this.opts.scales) return undefined;
    const w = lcItem(it);
    const s = SCALE_WORDS.get(w);
    if (s !== undefined) {
      // `tỷ lệ` (ratio), `tỷ giá`, `tỷ phú`, `triệu phú`: another word.
      const nx = this.items.get(i + 1);
      if (nx && NOT_SCALE_BEFORE.has(lcItem(nx))) return undefined;
      return s;
    }
    if (this.opts.informal) {
      const inf = INFORMAL_SCALES.get(w);
      if (inf !== undefined && (w !== 'k' || it.spaceBefore === false)) return inf;
    }
    return undefined;
  }

  /** A number word or scale word at i (used to refuse shortened forms). */
  isNumberish(i: number): boolean {
    const w = this.w(i);
    if (w === undefined) return false;
    return (
      DIGIT_WORDS.has(w) ||
      AFTER_TENS.has(w) ||
      w === 'mươi' ||
      w === 'mười' ||
      w === 'trăm' ||
      w === 'chục' ||
      this.scale(i) !== undefined ||
      ZERO_TENS.has(w) ||
      HALF_WORDS.has(w)
    );
  }

  /** Units digit after `mươi`/`mười`. */
  tensUnit(i: number, afterMuoi: boolean): number | undefined {
    const w = this.w(i);
    if (w === undefined || w === 'năm') return undefined;
    if (w === 'mốt' && !afterMuoi) return undefined;
    return DIGIT_WORDS.get(w) ?? AFTER_TENS.get(w);
  }

  /** Tens part: `mười [u]`, `<u> mươi [u]`, `<u> chục`. */
  tens(i: number): Group | null {
    const w = this.w(i);
    if (w === 'mười') {
      const u = this.tensUnit(i + 1, false);
      return u !== undefined ? { value: 10 + u, next: i + 2 } : { value: 10, next: i + 1 };
    }
    const u = this.unit(i);
    if (u !== undefined && this.w(i + 1) === 'mươi') {
      const v = this.tensUnit(i + 2, true);
      return v !== undefined ? { value: u * 10 + v, next: i + 3 } : { value: u * 10, next: i + 2 };
    }
    if (u !== undefined && this.w(i + 1) === 'chục') return { value: u * 10, next: i + 2 };
    return null;
  }

  /** A group 1..999 written in words. */
  group(i: number): Group | null {
    // `không trăm` (zero hundreds) after a scale: `hai nghìn không trăm hai mươi` = 2020.
    const u = this.w(i) === 'không' && this.w(i + 1) === 'trăm' ? 0 : this.unit(i);
    if (u !== undefined && this.w(i + 1) === 'trăm') {
      const v = u * 100;
      const j = i + 2;
      const w = this.w(j);
      if (w !== undefined && ZERO_TENS.has(w)) {
        const d = this.unit(j + 1);
        if (d !== undefined) return { value: v + d, next: j + 2 };
        return { value: v, next: j };
      }
      if (w !== undefined && HALF_WORDS.has(w)) return { value: v + 50, next: j + 1 };
      const t = this.tens(j);
      if (t) return { value: v + t.value, next: t.next };
      // Shortened: `hai trăm mốt` = 210, `hai trăm hai` = 220 (not `năm`: `hai trăm năm` = 200 years).
      if (w !== undefined && w !== 'năm' && !this.isNumberish(j + 1)) {
        const d = DIGIT_WORDS.get(w) ?? (w === 'mốt' || w === 'tư' ? AFTER_TENS.get(w) : undefined);
        if (d !== undefined) return { value: v + d * 10, next: j + 1 };
      }
      return { value: v, next: j };
    }
    const t = this.tens(i);
    if (t) return t;
    if (u !== undefined) return { value: u, next: i + 1 };
    return null;
  }

  /** Fraction digits after `phẩy`: single digit words (`không`, `một`, ...) or one group < 100. */
  fraction(i: number): { digits: string; next: number } | null {
    let j = i;
    let s = '';
    for (; this.items.get(j) !== undefined && s.length < 12; j++) {
      const w = this.w(j)!;
      if (w === 'không') s += '0';
      else if (DIGIT_WORDS.has(w) && this.w(j + 1) !== 'mươi') s += String(DIGIT_WORDS.get(w));
      else break;
    }
    if (s.length > 0) return { digits: s, next: j };
    const t = this.tens(i);
    if (t) return { digits: String(t.value), next: t.next };
    return null;
  }

  digitsAt(i: number): Dec | null {
    if (!this.opts.digits) return null;
    const it = this.items.get(i);
    if (!it || !/^\d/.test(it.text)) return null;
    const p = parseDigits(it.text);
    return p ? p.dec : null;
  }

  read(from: number): NumberWordsResult | null {
    let i = from;
    let total: Dec = ZERO;
    let group: Dec;
    let leadingDigits = false;
    let words = 0;
    let scaled = false;
    const d0 = this.digitsAt(i);
    if (d0) {
      group = d0;
      leadingDigits = true;
      i++;
      // `3 trăm triệu`, `2 chục nghìn`: a small integer times a hundred or ten.
      const w = this.w(i);
      if ((w === 'trăm' || w === 'chục') && d0.e === 0 && d0.n > 0n && d0.n < 10n) {
        group = shift(d0, w === 'trăm' ? 2 : 1);
        words++;
        i++;
      }
    } else {
      const w = this.w(i);
      if (w === 'nửa' && this.scale(i + 1) !== undefined) {
        group = dec(5, 1);
        i++;
        words++;
      } else {
        // `không trăm` only inside a number (after a scale word), never at its start.
        if (w === 'không') return null;
        // `(hơn) chục triệu`, `(gần) trăm tỷ`: a bare ten or hundred before a scale word
        // (the caller decides where it may start: not after `hàng`, `vài`, `mấy`).
        if ((w === 'chục' || w === 'trăm') && this.scale(i + 1) !== undefined) {
          group = dec(w === 'chục' ? 10 : 100);
          i++;
          words++;
        } else {
          const g = this.group(i);
          if (!g) return null;
          words += g.next - i;
          i = g.next;
          group = dec(g.value);
          // Decimal words: `bảy phẩy bảy`.
          if (this.w(i) === 'phẩy') {
            const f = this.fraction(i + 1);
            if (f) {
              group = add(group, { n: BigInt(f.digits), e: f.digits.length });
              words += f.next - i;
              i = f.next;
            }
          }
        }
      }
    }
    let maxExp = -1;
    let lastExp = 0;
    for (;;) {
      const s = this.scale(i);
      if (s !== undefined) {
        if (s > maxExp) {
          // Compounding: everything so far is multiplied (`nghìn tỷ`, `hai nghìn ba trăm tỷ`).
          const compound = isZero(group) && !isZero(total);
          const hadTotal = !isZero(total);
          total = shift(add(total, group), s);
          lastExp = compound ? lastExp + s : s;
          maxExp = hadTotal ? maxExp + s : s;
        } else {
          total = add(total, shift(group, s));
          lastExp = s;
        }
        group = ZERO;
        scaled = true;
        words++;
        i++;
        // Another scale word compounds or adds (`nghìn tỷ`).
        if (this.scale(i) !== undefined) continue;
        // `rưỡi` after the scale: half of its unit.
        const w = this.w(i);
        if (w !== undefined && HALF_WORDS.has(w)) {
          total = add(total, half(shift(dec(1), lastExp)));
          words++;
          i++;
          break;
        }
        // Shortened last digit: `hai triệu hai`, `ba nghìn tư` (not `năm`, not digits).
        if (w !== undefined && w !== 'năm' && lastExp >= 3 && !this.isNumberish(i + 1)) {
          const d = DIGIT_WORDS.get(w) ?? (w === 'mốt' || w === 'tư' ? AFTER_TENS.get(w) : undefined);
          if (d !== undefined) {
            total = add(total, mulInt(shift(dec(1), lastExp - 1), BigInt(d)));
            words++;
            i++;
            break;
          }
        }
        // A following group: digits only when a smaller scale follows (`1 tỷ 200 triệu`) or
        // a larger one that compounds (`1 nghìn 125 tỷ` = 1125 × 10^9),
        // or one digit as the shortened last digit (`7 triệu 5` = 7 500 000).
        const dn = this.digitsAt(i);
        if (dn) {
          if (lastExp >= 3 && /^[1-9]$/.test(this.items.get(i)!.text) && !this.isNumberish(i + 1) && !this.isDigitsItem(i + 1)) {
            total = add(total, mulInt(shift(dec(1), lastExp - 1), dn.n));
            i++;
            break;
          }
          const s2 = this.scale(i + 1);
          if (s2 !== undefined && (s2 < lastExp || s2 > maxExp)) {
            group = dn;
            i++;
            continue;
          }
          // `1 tỷ 2 trăm triệu`: a digit times a hundred or ten, then a smaller scale.
          const w2 = this.w(i + 1);
          if ((w2 === 'trăm' || w2 === 'chục') && dn.e === 0 && dn.n > 0n && dn.n < 10n) {
            const s3 = this.scale(i + 2);
            if (s3 !== undefined && s3 < lastExp) {
              group = shift(dn, w2 === 'trăm' ? 2 : 1);
              words++;
              i += 2;
              continue;
            }
          }
          break;
        }
        const g = this.group(i);
        if (g && !this.isDigitsItem(g.next)) {
          const s2 = this.scale(g.next);
          if (s2 === undefined || s2 < lastExp || s2 > maxExp) {
            group = dec(g.value);
            words += g.next - i;
            i = g.next;
            continue;
          }
        }
        break;
      }
      break;
    }
    const value = add(total, group);
    if (isZero(value) && !leadingDigits) return null;
    const exact = decToString(value);
    return { value: Number(exact), exact, dec: value, consumed: i - from, leadingDigits, scaled, wordCount: words };
  }

  isDigitsItem(i: number): boolean {
    const it = this.items.get(i);
    return !!it && /^\d/.test(it.text);
  }
}

// (Made at first use, with the two below: see lazyRegExp.)
const ITEM_RE = lazyRegExp(String.raw`([ \t]{0,8})(\d[\d.,]{0,60}\d|\d|[\p{L}\p{M}]{1,20})`, 'uy');
const LETTER_FIRST = lazyRegExp(String.raw`^\p{L}`, 'u');
const LETTER_LAST = lazyRegExp(String.raw`\p{L}$`, 'u');

function itemsOf(s: string, from: number): { items: NumberItem[]; ends: number[] } {
  const items: NumberItem[] = [];
  const ends: number[] = [];
  let pos = from;
  // Enough items for the longest number phrase.
  const itemRe = ITEM_RE();
  while (items.length < 40) {
    itemRe.lastIndex = pos;
    const m = itemRe.exec(s);
    if (!m) break;
    if (items.length > 0 && m[1]!.length === 0 && LETTER_FIRST().test(m[2]!) && LETTER_LAST().test(items[items.length - 1]!.text)) break;
    items.push({ text: m[2]!.normalize('NFC'), spaceBefore: m[1]!.length > 0 || items.length === 0 });
    pos = itemRe.lastIndex;
    ends.push(pos);
  }
  return { items, ends };
}

/** Reads a number from an item source at item 0 (for callers that build items lazily). */
export function readNumberFrom(src: ItemSource, options: NumberWordsOptions = {}): NumberWordsResult | null {
  const opts: Required<NumberWordsOptions> = {
    digits: options.digits ?? true,
    informal: options.informal ?? true,
    scales: options.scales ?? true,
  };
  const r = new Reader(src, opts).read(0);
  if (!r) return null;
  return r;
}

/**
 * Reads a Vietnamese number written in words, digits and scale words at the start of
 * `input` (a string, from offset `from`) or at item `from` of a token array.
 *
 * @returns the value and how much was consumed (items for arrays, code units for
 *   strings), or null when no number starts there.
 * @example parseNumberWords('hai mươi lăm người') // { value: 25, exact: '25', consumed: 12, ... }
 * @example parseNumberWords(['2', 'tỷ', 'rưỡi', 'đồng']) // { value: 2500000000, consumed: 3, ... }
 */
export function parseNumberWords(
  input: string | readonly (NumberItem | string)[],
  from = 0,
  options: NumberWordsOptions = {},
): NumberWordsResult | null {
  const opts: Required<NumberWordsOptions> = {
    digits: options.digits ?? true,
    informal: options.informal ?? true,
    scales: options.scales ?? true,
  };
  if (typeof input === 'string') {
    const { items, ends } = itemsOf(input, from);
    if (items.length === 0) return null;
    const r = new Reader(arraySource(items), opts).read(0);
    if (!r) return null;
    r.consumed = ends[r.consumed - 1]! - from;
    return r;
  }
  const items = input.map((x) => (typeof x === 'string' ? { text: x } : x));
  const r = new Reader(arraySource(items), opts).read(from);
  if (!r) return null;
  return r;
}
