/**
 * Currency names, codes and signs (lexicons/money/currencies.json) matched at a
 * position of the normalized text, after or before an amount.
 */
import type { Doc } from '../../doc.js';
import { moneyCurrencies, moneyNotCurrencyAfter } from '../../generated/lexicons.js';

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
/** Names and after-signs, case-insensitive: run on `doc.lower`. Alternatives longest first. */
const NAME_RE = new RegExp(`(?:${[...NAME_CODE.keys()].sort(byLength).map(escape).join('|')})${END}`, 'uy');
/** Abbreviations with a scale (`trđ` = triệu đồng). Run on `doc.lower`. */
const SCALED_RE = new RegExp(`(?:${[...SCALED.keys()].sort(byLength).map(escape).join('|')})${END}`, 'uy');
/** Weak names (`bảng`, `kíp`): currencies only in context. Run on `doc.lower`. */
const WEAK_RE = new RegExp(`(?:${[...WEAK_CODE.keys()].sort(byLength).map(escape).join('|')})${END}`, 'uy');
/** Codes, upper case: run on `doc.text`. */
const CODE_RE = new RegExp(`(?:${[...CODE_CODE.keys()].sort(byLength).map(escape).join('|')})${END}`, 'uy');
/** Signs before the amount, ending right before it (at most one space between): run on a short slice. */
const BEFORE_RE = new RegExp(`(?:${[...BEFORE_CODE.keys()].sort(byLength).map(escape).join('|')}) ?$`, 'u');
const LETTER_RE = /[\p{L}\p{N}]/u;
const WORD_AFTER_RE = /[ ]{1,3}([\p{L}\p{M}]{1,20})/uy;

const blocked = new Map<string, Set<string>>();
for (const [k, v] of Object.entries(BLOCK.always)) blocked.set(k, new Set(v));
const blockedSmall = new Map<string, Set<string>>();
for (const [k, v] of Object.entries(BLOCK.smallCount)) blockedSmall.set(k, new Set(v));

/** Per document: whether it names a currency unambiguously somewhere (for weak names). */
const mentions = new WeakMap<Doc, Map<string, boolean>>();
function mentioned(doc: Doc, code: string): boolean {
  let m = mentions.get(doc);
  if (!m) mentions.set(doc, (m = new Map()));
  let v = m.get(code);
  if (v === undefined) {
    v = (CONTEXT.get(code) ?? []).some((c) => doc.lower.includes(c));
    m.set(code, v);
  }
  return v;
}

function blockedAfter(doc: Doc, name: string, end: number, smallCount: boolean): boolean {
  const set = blocked.get(name);
  const small = smallCount ? blockedSmall.get(name) : undefined;
  if ((!set || set.size === 0) && !small) return false;
  WORD_AFTER_RE.lastIndex = end;
  const w = WORD_AFTER_RE.exec(doc.lower);
  return !!w && (!!set?.has(w[1]!) || !!small?.has(w[1]!));
}

export interface CurrencyMatch {
  code: string;
  start: number;
  end: number;
  /** Power of ten the abbreviation carries (`trđ` = 6). */
  exp?: number;
}

/**
 * A currency written at normalized offset `pos` (`đồng`, `tỷ đồng` is the caller's
 * business: here only the currency): names and signs case-insensitively, ISO codes in
 * upper case. Refuses a name followed by a word that makes it something else
 * (`đồng chí`, `đô thị`), or, after a small whole count (`smallCount`), a word that
 * makes it a counter of coins (`100 đồng tiền cổ`). Weak names (`bảng`, `kíp`) count
 * only after a `scaled` amount or in a document that names the currency elsewhere.
 */
export function currencyAt(doc: Doc, pos: number, smallCount = false, scaled = false): CurrencyMatch | null {
  let best: CurrencyMatch | null = null;
  NAME_RE.lastIndex = pos;
  const m = NAME_RE.exec(doc.lower);
  if (m && !blockedAfter(doc, m[0], pos + m[0].length, smallCount)) {
    best = { code: NAME_CODE.get(m[0])!, start: pos, end: pos + m[0].length };
  }
  if (!best) {
    WEAK_RE.lastIndex = pos;
    const w = WEAK_RE.exec(doc.lower);
    if (w && !blockedAfter(doc, w[0], pos + w[0].length, smallCount)) {
      const code = WEAK_CODE.get(w[0])!;
      if (scaled || mentioned(doc, code)) best = { code, start: pos, end: pos + w[0].length };
    }
  }
  if (!scaled) {
    SCALED_RE.lastIndex = pos;
    const a = SCALED_RE.exec(doc.lower);
    if (a && (!best || a[0].length > best.end - best.start)) {
      const e = SCALED.get(a[0])!;
      best = { code: e.code, start: pos, end: pos + a[0].length, exp: e.exp };
    }
  }
  CODE_RE.lastIndex = pos;
  const c = CODE_RE.exec(doc.text);
  if (c && (!best || c[0].length > best.end - best.start)) best = { code: CODE_CODE.get(c[0])!, start: pos, end: pos + c[0].length };
  return best;
}

/** A currency sign or code written right before normalized offset `pos` (`$5`, `US$ 5`, `€100`). */
export function currencyBefore(doc: Doc, pos: number): CurrencyMatch | null {
  const from = Math.max(0, pos - 5);
  const m = BEFORE_RE.exec(doc.text.slice(from, pos));
  if (!m) return null;
  const start = from + m.index;
  if (start > 0 && LETTER_RE.test(doc.text[start - 1]!)) return null;
  const sign = m[0].endsWith(' ') ? m[0].slice(0, -1) : m[0];
  return { code: BEFORE_CODE.get(sign)!, start, end: start + sign.length };
}
