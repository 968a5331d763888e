/**
 * Currency names, codes and signs (lexicons/money/currencies.json) matched at a
 * position of the normalized text, after or before an amount.
 */
import { memoKey, type Doc } from '../../doc.js';
import { moneyCurrencies, moneyNotCurrencyAfter } from '../../generated/lexicons.js';
import type { NumberAt } from '../../numbers/tokens.js';
import { lazyRegExp } from '../../lazy-regexp.js';

interface CurrencyEntry {
  code: string;
  names: string[];
  codes: string[];
  before: string[];
  after: string[];
  weak?: string[];
  context?: string[];
  scaled?: Record<string, number>;
}

const LEX = (moneyCurrencies as unknown as { currencies: CurrencyEntry[] }).currencies;
const BLOCK = moneyNotCurrencyAfter as unknown as { always: Record<string, string[]>; smallCount: Record<string, string[]> };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;

const NAME_CODE = new Map<string, string>();
const CODE_CODE = new Map<string, string>();
const BEFORE_CODE = new Map<string, string>();
const WEAK_CODE = new Map<string, string>();
const CONTEXT = new Map<string, string[]>();
const SCALED = new Map<string, { code: string; exp: number }>();
for (const c of LEX) {
  for (const [n, exp] of Object.entries(c.scaled ?? {})) SCALED.set(n, { code: c.code, exp });
  for (const n of c.weak ?? []) WEAK_CODE.set(n, c.code);
  if (c.context) CONTEXT.set(c.code, c.context);
  for (const n of c.names) NAME_CODE.set(n, c.code);
  for (const n of c.after) NAME_CODE.set(n.toLowerCase(), c.code);
  for (const n of c.codes) CODE_CODE.set(n, c.code);
  for (const n of c.before) BEFORE_CODE.set(n, c.code);
}

const END = '(?![\\p{L}\\p{M}\\p{N}])';
// (This module's \p{…} regexes are made at first use: see lazyRegExp.)
const END_CHAR_RE = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]`, 'uy');

/**
 * Per BMP code unit outside the surrogates: 1 when it is a letter, mark or digit
 * (END_CHAR_RE), 2 when not, 0 not yet known. Filled as code units are met: `đến`,
 * `được`, `đồng` after a figure ask about their second letter, and the sticky regex ran
 * each time. A surrogate's answer depends on its pair: asked of the regex.
 */
const END_CHAR = new Uint8Array(0x10000);

/** No letter, mark or digit at offset e (the lookahead `END`), ASCII checked without a regex. */
function endsAt(s: string, e: number): boolean {
  if (e >= s.length) return true;
  const c = s.charCodeAt(e);
  if (c < 0x80) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  if (c >= 0xd800 && c <= 0xdfff) {
    const re = END_CHAR_RE();
    re.lastIndex = e;
    return !re.test(s);
  }
  let v = END_CHAR[c]!;
  if (v === 0) {
    const re = END_CHAR_RE();
    re.lastIndex = e;
    v = re.test(s) ? 1 : 2;
    END_CHAR[c] = v;
  }
  return v === 2;
}

/**
 * The sticky regex `(?:w1|w2|...)END` (alternatives longest first) run at an offset,
 * without compiling a regex of hundreds of alternatives: the first alternative, in the
 * same order, written at the offset and followed by no letter, mark or digit.
 */
class Alternatives {
  private readonly byFirst = new Map<number, string[]>();
  /** Alternatives of two or more code units by their first two (`c0 * 65536 + c1`), in order. */
  private readonly byTwo = new Map<number, string[]>();
  /** byTwo's lists with what lets `at` skip most of their entries (see TwoList). */
  private readonly twoLists = new Map<number, TwoList>();
  /**
   * A filter on byTwo's keys (by `twoHash`) and byOne's code units (by their low twelve
   * bits): most offsets `at` is asked about start no alternative, and are rejected
   * without a map lookup. Small tables (4 KB each): zeroing them costs the module load next to nothing.
   */
  private readonly twoFilter = new Uint8Array(0x1000);
  private readonly oneFilter = new Uint8Array(0x1000);
  /** One-code-unit alternatives by their code unit (they come after all longer ones). */
  private readonly byOne = new Map<number, string[]>();
  private readonly re: RegExp | null = null;

  constructor(words: Iterable<string>) {
    const list = [...words].sort(byLength);
    if (list.length === 0 || list.includes('')) {
      // Degenerate lists keep the regex's own meaning (an empty alternative matches).
      this.re = new RegExp(`(?:${list.map(escape).join('|')})${END}`, 'uy');
      return;
    }
    for (const w of list) {
      const c = w.charCodeAt(0);
      push(this.byFirst, c, w);
      if (w.length === 1) push(this.byOne, c, w);
      else push(this.byTwo, c * 65536 + w.charCodeAt(1), w);
    }
    for (const [k, l] of this.byTwo) {
      this.twoLists.set(k, twoList(l));
      this.twoFilter[twoHash(l[0]!.charCodeAt(0), l[0]!.charCodeAt(1))] = 1;
    }
    for (const c of this.byOne.keys()) this.oneFilter[c & 0xfff] = 1;
  }

  /**
   * Marks in `table` (by UTF-16 code unit, with `bit`) the first code units a match can
   * start with; a regex-backed list (degenerate) marks every unit.
   */
  markFirsts(table: Uint8Array, bit: number): void {
    if (this.re) {
      for (let c = 0; c < table.length; c++) table[c]! |= bit;
      return;
    }
    for (const c of this.byFirst.keys()) table[c]! |= bit;
  }

  /** The alternative matched at `pos` of `s`, or null. */
  at(s: string, pos: number): string | null {
    if (this.re) {
      this.re.lastIndex = pos;
      const m = this.re.exec(s);
      return m ? m[0] : null;
    }
    // The list is sorted longest first, so the alternatives that can match at `pos` are,
    // in order, those starting with its first two code units, then the one-unit ones.
    const c = s.charCodeAt(pos);
    const c1 = s.charCodeAt(pos + 1);
    const two = this.twoFilter[twoHash(c, c1)] === 1 ? this.twoLists.get(c * 65536 + c1) : undefined;
    if (two !== undefined && s.startsWith(two.prefix, pos)) {
      const d = two.prefix.length;
      const s1 = s.charCodeAt(pos + d);
      const s2 = s.charCodeAt(pos + d + 1);
      const words = two.words;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        // An entry whose code unit after the shared prefix (or the next) differs from the
        // text's is not written here: no startsWith needed.
        if ((w.length > d && two.c1[k] !== s1) || (w.length > d + 1 && two.c2[k] !== s2)) continue;
        if (s.startsWith(w, pos) && endsAt(s, pos + w.length)) return w;
      }
    }
    const one = this.oneFilter[c & 0xfff] === 1 ? this.byOne.get(c) : undefined;
    if (one !== undefined) {
      for (let k = 0; k < one.length; k++) {
        const w = one[k]!;
        if (s.startsWith(w, pos) && endsAt(s, pos + w.length)) return w;
      }
    }
    return null;
  }
}

/**
 * A list of alternatives sharing their first two code units, in order, with the prefix
 * they all share and, for each, its code units right after that prefix (`c1`) and after
 * that (`c2`): `đồng` and the eighteen longer `đồng …` names are mostly told apart by
 * those two numbers, not by a startsWith each.
 */
interface TwoList {
  prefix: string;
  words: readonly string[];
  c1: Int32Array;
  c2: Int32Array;
}

/** The slot of Alternatives.twoFilter for the first two code units `c0`, `c1` (`c1` NaN past the text's end: slot 0, a lookup that finds nothing). */
function twoHash(c0: number, c1: number): number {
  return (c0 * 31 + c1) & 0xfff;
}

function twoList(words: readonly string[]): TwoList {
  let n = words[0]!.length;
  for (const w of words) {
    let k = 0;
    while (k < n && k < w.length && w.charCodeAt(k) === words[0]!.charCodeAt(k)) k++;
    n = k;
  }
  const c1 = new Int32Array(words.length);
  const c2 = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    // Read only where the word is longer than the prefix (+1): see Alternatives.at.
    c1[k] = words[k]!.length > n ? words[k]!.charCodeAt(n) : -1;
    c2[k] = words[k]!.length > n + 1 ? words[k]!.charCodeAt(n + 1) : -1;
  }
  return { prefix: words[0]!.slice(0, n), words, c1, c2 };
}

function push(m: Map<number, string[]>, key: number, w: string): void {
  const l = m.get(key);
  if (l) l.push(w);
  else m.set(key, [w]);
}

/** Names and after-signs, case-insensitive: run on `doc.lower`. Alternatives longest first. */
const NAME_RE = new Alternatives(NAME_CODE.keys());
/** Abbreviations with a scale (`trđ` = triệu đồng). Run on `doc.lower`. */
const SCALED_RE = new Alternatives(SCALED.keys());
/** Weak names (`bảng`, `kíp`): currencies only in context. Run on `doc.lower`. */
const WEAK_RE = new Alternatives(WEAK_CODE.keys());
/** Codes, upper case: run on `doc.text`. */
const CODE_RE = new Alternatives(CODE_CODE.keys());
/** Signs before the amount, ending right before it (at most one space between): run on a short slice. */
const BEFORE_RE = new RegExp(`(?:${[...BEFORE_CODE.keys()].sort(byLength).map(escape).join('|')}) ?$`, 'u');
const LETTER_RE = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/**
 * First code units a currency can start with, one bit per list: at `doc.lower` names
 * (1), weak names (2), scaled abbreviations (4); at `doc.text` codes (8). Rejects most
 * positions at once, and most lists at a position that passes.
 */
const FIRSTS = new Uint8Array(0x10000);
const F_NAME = 1;
const F_WEAK = 2;
const F_SCALED = 4;
const F_CODE = 8;
NAME_RE.markFirsts(FIRSTS, F_NAME);
WEAK_RE.markFirsts(FIRSTS, F_WEAK);
SCALED_RE.markFirsts(FIRSTS, F_SCALED);
CODE_RE.markFirsts(FIRSTS, F_CODE);

/** Last code units of the signs before an amount (`$`, `€`, ...): a sign must end right before it, or one space before. */
const BEFORE_LAST = new Set<number>([...BEFORE_CODE.keys()].map((k) => k.charCodeAt(k.length - 1)));
const WORD_AFTER_RE = lazyRegExp(String.raw`[ ]{1,3}([\p{L}\p{M}]{1,20})`, 'uy');

const blocked = new Map<string, Set<string>>();
for (const [k, v] of Object.entries(BLOCK.always)) blocked.set(k, new Set(v));
const blockedSmall = new Map<string, Set<string>>();
for (const [k, v] of Object.entries(BLOCK.smallCount)) blockedSmall.set(k, new Set(v));

/** Per document: whether it names a currency unambiguously somewhere (for weak names). */
const MENTIONS = memoKey<Map<string, boolean>>('currency mentions');
const newMentions = (): Map<string, boolean> => new Map();
function mentioned(doc: Doc, code: string): boolean {
  const m = doc.memo(MENTIONS, newMentions);
  let v = m.get(code);
  if (v === undefined) {
    v = (CONTEXT.get(code) ?? []).some((c) => doc.lower.includes(c));
    m.set(code, v);
  }
  return v;
}

/**
 * A bare `franc` / `francs` is the Swiss franc, unless the text names France and not
 * Switzerland (`chi phí bằng 4.714.662 Francs` in a story of colonial Saigon): then the
 * French franc of its time.
 */
const FRANC = memoKey<{ code: string }>('franc');
/** France named (`Pháp`, capitalized; not `Pháp luật`, `Pháp lý`, ... opening a sentence). */
const FRANCE_RE = lazyRegExp(String.raw`(?:^|[^\p{L}\p{M}])Pháp(?![\p{L}\p{M}]| (?:luật|lý|chế|nhân|quyền|y|lệnh|điển|danh|môn|sư|hội|bảo))`, 'u');
/**
 * A bare `rupee` / `peso` is the currency of the country the text is about: the rupee of
 * India unless the text names Pakistan, Sri Lanka or Nepal and not India; the peso of the
 * first of Mexico, the Philippines, Argentina, Chile, Colombia, Cuba the text names (Mexico's
 * when it names none).
 */
const SHARED_NAME = memoKey<Map<string, string>>('shared currency names');
const RUPEE_LANDS: readonly (readonly [string, string])[] = [['pakistan', 'PKR'], ['sri lanka', 'LKR'], ['nepal', 'NPR']];
const PESO_LANDS: readonly (readonly [string, string])[] = [['mexico', 'MXN'], ['philippines', 'PHP'], ['argentina', 'ARS'], ['chile', 'CLP'], ['colombia', 'COP'], ['cuba', 'CUP']];
/** A bare `rial` is Iran's unless the text names Oman or Yemen and not Iran (pw12). */
const RIAL_LANDS: readonly (readonly [string, string])[] = [['oman', 'OMR'], ['yemen', 'YER']];
/** A weak bare `bảng` is the pound the text names in full first (`đồng bảng Lebanon`, `bảng Anh`) (pw12). */
const POUND_NAMES: readonly (readonly [string, string])[] = [['bảng anh', 'GBP'], ['bảng lebanon', 'LBP'], ['bảng liban', 'LBP'], ['bảng ai cập', 'EGP'], ['bảng syria', 'SYP']];
function sharedCode(doc: Doc, name: string, fallback: string): string {
  const m = doc.memo(SHARED_NAME, () => new Map<string, string>());
  let v = m.get(name);
  if (v === undefined) {
    v = fallback;
    if (name === 'rupee') {
      if (!doc.lower.includes('ấn độ')) for (const [land, code] of RUPEE_LANDS) if (doc.lower.includes(land)) { v = code; break; }
    } else if (name === 'rial') {
      if (!doc.lower.includes('iran')) for (const [land, code] of RIAL_LANDS) if (doc.lower.includes(land)) { v = code; break; }
    } else if (name === 'bảng') {
      let at = -1;
      for (const [land, code] of POUND_NAMES) {
        const i = doc.lower.indexOf(land);
        if (i >= 0 && (at < 0 || i < at)) { at = i; v = code; }
      }
    } else {
      let at = -1;
      for (const [land, code] of PESO_LANDS) {
        const i = doc.lower.indexOf(land);
        if (i >= 0 && (at < 0 || i < at)) { at = i; v = code; }
      }
    }
    m.set(name, v);
  }
  return v;
}

function francCode(doc: Doc): string {
  return doc.memo(FRANC, () => ({ code: !doc.lower.includes('thụy sĩ') && FRANCE_RE().test(doc.text) ? 'FRF' : 'CHF' })).code;
}

/**
 * A small whole count (`100`, not `100 triệu`, `2,5` or `1.500`): its value is read only when a
 * currency name asks (reading it costs).
 */
function smallWholeCount(n: NumberAt): boolean {
  return !n.scaled && n.dec.e === 0 && n.dec.n < 1000n;
}

function blockedAfter(doc: Doc, name: string, end: number, smallCount: boolean | NumberAt): boolean {
  const set = blocked.get(name);
  // `smallCount` may be the amount, asked only when this name has words to refuse after a small count.
  let small = blockedSmall.get(name);
  if (small !== undefined && !(typeof smallCount === 'boolean' ? smallCount : smallWholeCount(smallCount))) small = undefined;
  if ((!set || set.size === 0) && !small) return false;
  const wordAfter = WORD_AFTER_RE();
  wordAfter.lastIndex = end;
  const w = wordAfter.exec(doc.lower);
  if (!w) return false;
  // `đồng nhân dân tệ` is the yuan, but `50 triệu đồng nhân dịp 8/3` is dong before `nhân dịp` (on the occasion).
  if (w[1] === 'nhân' && name === 'đồng' && !doc.lower.startsWith(' dân', end + w[0].length)) return false;
  return !!set?.has(w[1]!) || !!small?.has(w[1]!);
}

/**
 * Per UTF-16 code unit: 1 when it differs from its lowercase (`c !== c.toLowerCase()`), 2
 * when not, 0 not yet known. Filled as code units are met: the test then costs no
 * one-character string (`đ`, `Đ` and the other non-Latin-1 letters are no cached strings).
 */
const UPPER_UNIT = new Uint8Array(0x10000);

/** Whether the code unit is an upper-case letter (`Đ`, `Y`), tested without a regex. */
function upperAt(text: string, k: number): boolean {
  if (k >= text.length) return false;
  const u = text.charCodeAt(k);
  let v = UPPER_UNIT[u]!;
  if (v === 0) {
    const c = text.charAt(k);
    v = c !== c.toLowerCase() ? 1 : 2;
    UPPER_UNIT[u] = v;
  }
  return v === 1;
}

/**
 * A capitalized one-word name followed by a capitalized word is a place or street, not a currency
 * (`số 5 Đồng Khởi`, `15 Yên Ninh`, `huyện 7 Đô Lương`): currency names are written in
 * lower case in running text, while codes (`USD`) are matched apart.
 */
function placeName(doc: Doc, start: number, end: number): boolean {
  // Capitalized, not all capitals (a headline in capitals: `THU 5 TỶ ĐỒNG TỪ ...`).
  if (!upperAt(doc.text, start) || upperAt(doc.text, start + 1) || doc.text.charCodeAt(end) !== 32) return false;
  // Names of several words (`Nhân dân tệ`, `Đô la Mỹ`) are currencies whatever follows.
  if (doc.lower.lastIndexOf(' ', end - 1) >= start) return false;
  return upperAt(doc.text, end + 1);
}

/** A currency written at `start`..`end` (normalized offsets). One class: one object shape. */
export class CurrencyMatch {
  /**
   * The token index right after the currency when it follows an amount (set by the money
   * recognizer's currencyAfter), else -1.
   */
  last = -1;
  constructor(
    readonly code: string,
    readonly start: number,
    readonly end: number,
    /** Power of ten the abbreviation carries (`trđ` = 6). */
    readonly exp: number | undefined = undefined,
  ) {}
}

/** False when no currency name, sign or code starts at normalized offset `pos` (currencyAt is null there). */
export function currencyMayStartAt(doc: Doc, pos: number): boolean {
  return (FIRSTS[doc.lower.charCodeAt(pos)]! & (F_NAME | F_WEAK | F_SCALED)) !== 0 || (FIRSTS[doc.text.charCodeAt(pos)]! & F_CODE) !== 0;
}

/**
 * Whether a currency name, weak name, scaled abbreviation or code is written at normalized
 * offset `pos`: what currencyAt needs before its other tests (what follows the name, the
 * amount, the document), which can only refuse it. Asks nothing of the amount.
 */
export function currencyMayBeAt(doc: Doc, pos: number): boolean {
  const fl = FIRSTS[doc.lower.charCodeAt(pos)]! & (F_NAME | F_WEAK | F_SCALED);
  const fc = FIRSTS[doc.text.charCodeAt(pos)]! & F_CODE;
  if (fl === 0 && fc === 0) return false;
  if (fl & F_NAME && NAME_RE.at(doc.lower, pos) !== null) return true;
  if (fl & F_WEAK && WEAK_RE.at(doc.lower, pos) !== null) return true;
  if (fl & F_SCALED && SCALED_RE.at(doc.lower, pos) !== null) return true;
  return fc !== 0 && CODE_RE.at(doc.text, pos) !== null;
}

/**
 * A currency written at normalized offset `pos` (`đồng`, `tỷ đồng` is the caller's
 * business: here only the currency): names and signs case-insensitively, ISO codes in
 * upper case. Refuses a name followed by a word that makes it something else
 * (`đồng chí`, `đô thị`), or, after a small whole count, a word that
 * makes it a counter of coins (`100 đồng tiền cổ`; `smallCount` may be the amount, whose
 * value is then read only when it matters). Weak names (`bảng`, `kíp`) count
 * only after a `scaled` amount or in a document that names the currency elsewhere.
 */
export function currencyAt(doc: Doc, pos: number, smallCount: boolean | NumberAt = false, scaled = false): CurrencyMatch | null {
  // Each list is tried only when the code unit at `pos` can start one of its entries
  // (`at` would give null otherwise).
  const fl = FIRSTS[doc.lower.charCodeAt(pos)]! & (F_NAME | F_WEAK | F_SCALED);
  const fc = FIRSTS[doc.text.charCodeAt(pos)]! & F_CODE;
  if (fl === 0 && fc === 0) return null;
  let best: CurrencyMatch | null = null;
  const m = fl & F_NAME ? NAME_RE.at(doc.lower, pos) : null;
  if (m !== null && !blockedAfter(doc, m, pos + m.length, smallCount) && !placeName(doc, pos, pos + m.length)) {
    best = new CurrencyMatch(m === 'franc' || m === 'francs' ? francCode(doc) : m === 'rupee' || m === 'rupi' || m === 'đồng rupee' ? sharedCode(doc, 'rupee', 'INR') : m === 'peso' || m === 'đồng peso' ? sharedCode(doc, 'peso', 'MXN') : m === 'rial' || m === 'đồng rial' ? sharedCode(doc, 'rial', 'IRR') : NAME_CODE.get(m)!, pos, pos + m.length);
  }
  if (!best) {
    const w = fl & F_WEAK ? WEAK_RE.at(doc.lower, pos) : null;
    if (w !== null && !blockedAfter(doc, w, pos + w.length, smallCount)) {
      const code = w === 'bảng' ? sharedCode(doc, 'bảng', WEAK_CODE.get(w)!) : WEAK_CODE.get(w)!;
      if (scaled || mentioned(doc, code)) best = new CurrencyMatch(code, pos, pos + w.length);
    }
  }
  if (!scaled) {
    const a = fl & F_SCALED ? SCALED_RE.at(doc.lower, pos) : null;
    if (a !== null && (!best || a.length > best.end - best.start)) {
      const e = SCALED.get(a)!;
      best = new CurrencyMatch(e.code, pos, pos + a.length, e.exp);
    }
  }
  const c = fc !== 0 ? CODE_RE.at(doc.text, pos) : null;
  if (c !== null && (!best || c.length > best.end - best.start)) best = new CurrencyMatch(CODE_CODE.get(c)!, pos, pos + c.length);
  return best;
}

/** A currency sign or code written right before normalized offset `pos` (`$5`, `US$ 5`, `€100`). */
export function currencyBefore(doc: Doc, pos: number): CurrencyMatch | null {
  // On doc.lower (the signs and the space are no letters: the same code units as in doc.text).
  let last = doc.lower.charCodeAt(pos - 1);
  if (last === 32) last = doc.lower.charCodeAt(pos - 2);
  if (!BEFORE_LAST.has(last)) return null;
  const from = Math.max(0, pos - 5);
  const m = BEFORE_RE.exec(doc.text.slice(from, pos));
  if (!m) return null;
  const start = from + m.index;
  if (start > 0 && LETTER_RE().test(doc.text[start - 1]!)) return null;
  const sign = m[0].endsWith(' ') ? m[0].slice(0, -1) : m[0];
  return new CurrencyMatch(BEFORE_CODE.get(sign)!, start, start + sign.length);
}

/**
 * An ISO code written as a word right before an amount, one space between
 * (`USD 2 tỷ`, `EUR 300 triệu`, the style of filings and wire copy): the code at normalized
 * offsets `start`..`end`, or null. Upper case only, and the caller asks only for scaled
 * amounts (`tỷ giá USD 24.500` is a rate, no amount).
 */
export function codeBefore(doc: Doc, start: number, end: number): CurrencyMatch | null {
  if ((FIRSTS[doc.text.charCodeAt(start)]! & F_CODE) === 0) return null;
  const c = CODE_RE.at(doc.text, start);
  if (c === null || start + c.length !== end) return null;
  return new CurrencyMatch(CODE_CODE.get(c)!, start, end);
}
