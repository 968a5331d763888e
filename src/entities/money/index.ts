/**
 * Money (ENTITIES.md, money): an amount (digits or words, with scale words) AND a
 * currency (name, ISO code or sign, before or after): `42.200 tỷ đồng`, `50.000đ`,
 * `$5 triệu`, `5 triệu đô la Mỹ`, `hai trăm nghìn đồng`; ranges (`5-7 triệu đồng`,
 * `từ 5 đến 7 triệu đồng`, `từ 1,2 triệu đồng đến 1,8 triệu đồng`). Qualifiers
 * (`hơn`, `gần`, `khoảng`, `tới`) and a per-unit tail (`/kg`) stay out of the span and
 * are exposed as `qualifier` and `per`. Amounts are exact (`exact` keeps the decimal
 * string). One pass over the tokens.
 */
import type { Doc } from '../../doc.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import type { MoneyRecord, MoneyValue } from '../../types.js';
import { moneyPerUnitPhrases } from '../../generated/lexicons.js';
import { endsAtOnce, readNumberAt, type NumberAt } from '../../numbers/tokens.js';
import { SCALE_WORDS, isNumberWord } from '../../numbers/words.js';
import { type Dec, cmp, decToString, shift } from '../../numbers/decimal.js';
import { parseDigits } from '../../numbers/digits.js';
import {
  gluedDecimal,
  isWord,
  lowerOf,
  mergeQualifiers,
  numbersOf,
  type DocNumbers,
  qualifierAfter,
  qualifierBefore,
  rangeConnector,
  spanText,
  tuBefore,
} from '../../numbers/figures.js';
import { codeBefore, currencyAt, currencyBefore, currencyMayBeAt, currencyMayStartAt, type CurrencyMatch } from './currency.js';

const PER_PHRASES = new Set(moneyPerUnitPhrases);

/**
 * The currency written right after the amount (glued or after one or two spaces, same
 * line), with `last` the token after it.
 */
function currencyAfter(doc: Doc, n: NumberAt): CurrencyMatch | null {
  const next = doc.tokens[n.last];
  if (!next || next.lineStart || next.start - n.end > 2) return null;
  // Most numbers have no currency after them: say so before reading their value.
  if (!currencyMayStartAt(doc, next.start)) return null;
  // (The amount is passed for its value, read only when a currency name asks whether it is
  // a small whole count: no closure per call.)
  const cur = currencyAt(doc, next.start, n, n.scaled);
  if (!cur) return null;
  const last = doc.tokenIndexAt(cur.end);
  // The currency must end at a token boundary.
  if (last < doc.tokens.length && doc.tokens[last]!.start < cur.end) return null;
  cur.last = last;
  return cur;
}

/** A year `[12]\d{3}` in the four code units at `start`. */
function yearAt(lower: string, start: number): boolean {
  const c0 = lower.charCodeAt(start);
  if (c0 !== 49 && c0 !== 50) return false;
  for (let k = start + 1; k < start + 4; k++) {
    const c = lower.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A year after a date head word (`năm 2021 USD ...`) is no amount. */
function looksLikeYear(doc: Doc, n: NumberAt): boolean {
  if (n.scaled || !n.digits || n.digits.last !== n.first + 1) return false;
  const t = doc.tokens[n.first]!;
  if (t.end - t.start !== 4 || !yearAt(doc.lower, t.start)) return false;
  const p = doc.tokens[n.first - 1];
  return !!p && p.kind === 'word' && (isWord(doc, p, 'năm') || isWord(doc, p, 'tháng') || isWord(doc, p, 'ngày') || isWord(doc, p, 'quý'));
}

/** Words before a date's `năm` (`từ đầu năm USD tăng`, `cuối năm đồng USD`): that `năm` is no five. */
const YEAR_WORD_HEADS = new Set(['cả', 'cuối', 'giữa', 'hàng', 'hằng', 'mỗi', 'nửa', 'trong', 'đầu']);

/** A lone number word `năm` after a date word is the year, not an amount of five. */
function yearWordAfterHead(doc: Doc, n: NumberAt): boolean {
  if (n.scaled || n.digits || n.last !== n.first + 1) return false;
  const t = doc.tokens[n.first]!;
  if (!isWord(doc, t, 'năm')) return false;
  const p = doc.tokens[n.first - 1];
  return !!p && p.kind === 'word' && !t.lineStart && YEAR_WORD_HEADS.has(lowerOf(doc, p));
}

/**
 * An ISO code right before a scaled amount with no currency after it: `USD 2 tỷ`,
 * `VND 1.500 tỷ`. Not when the code closes an amount before it (`5 tỷ USD 2 triệu`).
 */
function isoBefore(doc: Doc, i: number): CurrencyMatch | null {
  const p = doc.tokens[i - 1];
  const t = doc.tokens[i]!;
  if (!p || p.kind !== 'word' || t.lineStart || t.start - p.end !== 1) return null;
  const w = codeBefore(doc, p.start, p.end);
  if (!w) return null;
  const q = doc.tokens[i - 2];
  const qw = q && q.kind === 'word' ? lowerOf(doc, q) : '';
  if (q && !p.lineStart && (q.kind === 'number' || SCALE_WORDS.has(qw) || qw === 'trăm')) return null;
  return w;
}

/** A per-unit tail at token j: `/kg`, `/ cổ phiếu`, `/người/tháng` (first unit only). */
function perTail(doc: Doc, j: number): string | undefined {
  const s = doc.tokens[j];
  if (!s || s.lineStart || s.kind !== 'punct' || s.text !== '/') return undefined;
  const a = doc.tokens[j + 1];
  if (!a || a.lineStart || a.kind === 'punct') return undefined;
  let k = j + 2;
  if (a.kind === 'number') {
    // `/6kg`, `/1 người`: a count and its unit.
    const b = doc.tokens[j + 2];
    if (b && !b.lineStart && b.kind === 'word') k = j + 3;
    return spanText(doc, a.start, doc.tokens[k - 1]!.end);
  }
  for (let len = 3; len >= 2; len--) {
    const end = j + 1 + len;
    if (end > doc.tokens.length) continue;
    let ok = true;
    for (let m = j + 2; m < end && ok; m++) ok = doc.tokens[m]!.kind !== 'punct' && !doc.tokens[m]!.lineStart;
    if (!ok) continue;
    const phrase = doc.lower.slice(a.start, doc.tokens[end - 1]!.end);
    if (PER_PHRASES.has(phrase)) {
      k = end;
      break;
    }
  }
  return spanText(doc, a.start, doc.tokens[k - 1]!.end);
}

/** The power of ten `n2` is its leading number times (`7 triệu` = 7 × 10^6), or -1. */
function scaleOf(doc: Doc, n2: NumberAt): { exp: number; lead: Dec } {
  const lead = readNumberAt(doc.tokens, n2.first, { scales: false }, doc.lower);
  if (!lead) return { exp: -1, lead: n2.dec };
  for (let k = 0; k <= 18; k++) if (cmp(shift(lead.dec, k), n2.dec) === 0) return { exp: k, lead: lead.dec };
  return { exp: -1, lead: lead.dec };
}

/** The range's first amount: `5` in `5-7 triệu` takes the second's scale. Null when it cannot. */
function rangeFrom(doc: Doc, n1: NumberAt, n2: NumberAt): Dec | null {
  if (n1.scaled || !n2.scaled) return n1.dec;
  const { exp, lead } = scaleOf(doc, n2);
  if (exp < 0) return null;
  // `500.000-2 triệu đồng`: a whole first amount, below the second and within a thousandth of it.
  if (cmp(n1.dec, lead) > 0) return cmp(n1.dec, n2.dec) < 0 && cmp(shift(n1.dec, 3), n2.dec) > 0 ? n1.dec : null;
  return shift(n1.dec, exp);
}

/** `n`'s scale applied to `d` instead of its leading digits (`63,2` for `2` in `2 triệu`). */
function scaledLike(doc: Doc, n: NumberAt, d: Dec): Dec | null {
  const { exp } = scaleOf(doc, n);
  return exp < 0 ? null : shift(d, exp);
}

interface Amount {
  first: number; // first token of the span
  last: number; // one past the last token of the span
  start: number;
  end: number;
  value: MoneyValue;
  exact: MoneyRecord['exact'];
}

/**
 * The one Amount amountAt returns, filled in place: recognize reads it before the next
 * call, and an input of back-to-back amounts (`5đ 5đ 5đ …`) then makes no span object
 * per amount besides its record's own `value` and `exact`.
 */
const AMOUNT: Amount = { first: 0, last: 0, start: 0, end: 0, value: { amount: 0, currency: '' }, exact: undefined };

function filled(first: number, last: number, start: number, end: number, value: MoneyValue, exact: MoneyRecord['exact']): Amount {
  const a = AMOUNT;
  a.first = first;
  a.last = last;
  a.start = start;
  a.end = end;
  a.value = value;
  a.exact = exact;
  return a;
}

/** The amount of one value `a`. */
function single(first: number, last: number, start: number, end: number, a: Dec, code: string): Amount {
  const s = decToString(a);
  return filled(first, last, start, end, { amount: Number(s), currency: code }, { amount: s });
}

/** The amount of a range `a`-`b`. */
function range(first: number, last: number, start: number, end: number, a: Dec, b: Dec, code: string): Amount {
  const sa = decToString(a);
  const sb = decToString(b);
  return filled(first, last, start, end, { from: Number(sa), to: Number(sb), currency: code }, { from: sa, to: sb });
}

interface Second {
  n: NumberAt;
  /** Currency after the second number (its `last` set). */
  cur: CurrencyMatch | null;
  /** Sign before the second number (`$30.000-$40.000`). */
  pre: CurrencyMatch | null;
}

/** The second amount of a range at token k: a number, its currency after, or a sign before it. */
function second(doc: Doc, k: number): Second | null {
  const t = doc.tokens[k];
  if (!t || t.lineStart) return null;
  if (t.kind !== 'number' && !(t.kind === 'word' && isNumberWord(lowerOf(doc, t)))) {
    // A sign before the number: `$40.000`, `US$ 40.000`.
    for (let m = k + 1; m <= k + 2 && m < doc.tokens.length; m++) {
      const u = doc.tokens[m]!;
      if (u.lineStart) return null;
      if (u.kind !== 'number') continue;
      const pre = currencyBefore(doc, u.start);
      if (!pre || pre.start !== t.start) return null;
      const n = readNumberAt(doc.tokens, m, {}, doc.lower);
      return n ? { n, cur: null, pre } : null;
    }
    return null;
  }
  const n = readNumberAt(doc.tokens, k, {}, doc.lower);
  if (!n) return null;
  return { n, cur: currencyAfter(doc, n), pre: null };
}

/**
 * The amount whose number starts at the `s`-th number start (token i); when there is
 * none, how far the number reaches (the tokens to skip), or null without a number. An
 * amount's tokens to skip are its own (`last`). The amount is the shared AMOUNT: read
 * it before the next call.
 */
function amountAt(doc: Doc, nums: DocNumbers, i: number, s: number): Amount | number | null {
  const toks = doc.tokens;
  const n1 = nums.at(s);
  if (!n1) return null;
  if (looksLikeYear(doc, n1) || yearWordAfterHead(doc, n1)) return n1.last;
  const pre = toks[i]!.kind === 'number' ? currencyBefore(doc, toks[i]!.start) : null;
  const c1 = currencyAfter(doc, n1);
  const code1 = c1?.code ?? pre?.code;
  const afterAmount = c1 ? c1.last : n1.last;
  const hasPer = c1 ? perTail(doc, c1.last) !== undefined : false;

  // Range.
  if (!hasPer) {
    const k = rangeConnector(doc, afterAmount);
    if (k !== null) {
      const s = second(doc, k);
      const code2 = s?.cur?.code ?? s?.pre?.code ?? (c1 ? undefined : pre?.code);
      const signsAgree = !s?.pre || (!!pre && !c1 && pre.code === s.pre.code);
      if (s && code2 && signsAgree && (!code1 || code1 === code2) && (c1 || !s.cur || !pre || pre.code === code2)) {
        const exp2 = s.cur?.exp ?? 0;
        const to = shift(s.n.dec, exp2);
        let from = c1 ? shift(n1.dec, c1.exp ?? 0) : rangeFrom(doc, n1, s.n);
        if (from && !c1 && exp2 && !n1.scaled) from = shift(from, exp2);
        const dash = toks[k - 1]!.text === '-';
        if (from && (!dash || cmp(from, to) < 0)) {
          const usePre = !!pre && (!c1 || pre.code === c1.code);
          let first = usePre ? doc.tokenIndexAt(pre.start) : i;
          let start = usePre ? pre.start : n1.start;
          // `từ` belongs to a range of two whole amounts (`từ 500.000 đồng - 1 triệu đồng`, the
          // dash standing for `đến`), not to a compact one (`từ 30-50 triệu đồng`).
          if (!dash || c1 || (pre && s.pre)) {
            const tu = tuBefore(doc, first);
            if (tu >= 0) {
              first = tu;
              start = toks[tu]!.start;
            }
          }
          const last = s.cur ? s.cur.last : s.n.last;
          const end = s.cur ? s.cur.end : s.n.end;
          return range(first, last, start, end, from, to, code2);
        }
      }
    }
  }
  // `tăng từ 500 tỷ lên 800 tỷ đồng`: the contract wants the number and its currency in one
  // expression, so a bare `500 tỷ` is no money even when the reader supplies `đồng`.
  if (!code1) {
    const w = n1.scaled ? isoBefore(doc, i) : null;
    return w ? single(i - 1, n1.last, w.start, n1.end, n1.dec, w.code) : n1.last;
  }
  // A sign before and the same code after (`$5 USD`) keep both; with a different code after,
  // the currency after the amount wins (`tỷ giá $ 23.150 đồng`).
  if (pre && !c1) {
    return single(doc.tokenIndexAt(pre.start), n1.last, pre.start, n1.end, n1.dec, pre.code);
  }
  const c = c1!;
  // `đạt63,2 triệu đồng`: the number begins inside the word before it (a missing space).
  if (!pre && n1.digits !== undefined && n1.digits.last === i + 1) {
    const g = gluedDecimal(doc, i);
    const p = g ? parseDigits(g.digits) : null;
    if (g && p) {
      const d = n1.scaled ? scaledLike(doc, n1, p.dec) : p.dec;
      if (d) return single(i - 2, c.last, g.start, c.end, shift(d, c.exp ?? 0), c.code);
    }
  }
  const withPre = !!pre && pre.code === c.code;
  return single(withPre ? doc.tokenIndexAt(pre.start) : i, c.last, withPre ? pre.start : n1.start, c.end, shift(n1.dec, c.exp ?? 0), c.code);
}

/**
 * No amount starts at number start token i, known without reading the number: it surely
 * ends at once (endsAtOnce, so it has no scale word), and no currency sign is written
 * before it, no currency may start right after it, no range connector follows. amountAt
 * would then return null or `i + 1` (no amount, nothing to skip).
 */
function noAmountAt(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (!endsAtOnce(toks, i, doc.lower)) return false;
  const t = toks[i]!;
  if (t.kind === 'number' && currencyBefore(doc, t.start) !== null) return false;
  const next = toks[i + 1];
  if (next !== undefined && !next.lineStart && next.start - t.end <= 2 && currencyMayBeAt(doc, next.start)) return false;
  return rangeConnector(doc, i + 1) === null;
}

function recognize(doc: Doc): Candidate<'money'>[] {
  const out: Candidate<'money'>[] = [];
  const nums = numbersOf(doc);
  const starts = nums.starts;
  // Tokens before `next` were read as part of an amount.
  let next = 0;
  // Token after the last amount read (`một USD` right after it is a rate's unit).
  let prevLast = -1;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!;
    if (i < next) continue;
    // Most numbers are no amount, told by the tokens around them without reading them.
    if (noAmountAt(doc, i)) continue;
    const a = amountAt(doc, nums, i, s);
    if (a === null) continue;
    if (typeof a === 'number') {
      next = Math.max(i + 1, a);
      continue;
    }
    next = Math.max(i + 1, a.last);
    // `204 đồng một yên`, `23.100 đồng một USD`: `một` + a currency right after an amount is the
    // unit priced (a rate), no second amount (pbiz6).
    const ft = doc.tokens[a.first]!;
    if (a.first === prevLast && doc.lower.slice(ft.start, ft.end) === 'một') continue;
    prevLast = a.last;
    const before = qualifierBefore(doc, a.first);
    const per = perTail(doc, a.last);
    const qualifier = mergeQualifiers(before?.qualifier ?? null, per ? null : qualifierAfter(doc, a.last));
    const fields: Candidate<'money'>['fields'] = { value: a.value, exact: a.exact };
    if (qualifier) fields.qualifier = qualifier;
    if (per) fields.per = per;
    out.push({ type: 'money', start: a.start, end: a.end, fields });
  }
  return out;
}

/** Recognizer for `money` entities (see ENTITIES.md). */
export const moneyRecognizer: Recognizer<'money'> = {
  type: 'money',
  recognize,
};
