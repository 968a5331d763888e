/**
 * Percentages (ENTITIES.md, percent): a number (digits or words) with `%` or
 * `phần trăm`, ranges (`5-7%`, `từ 5% đến 7%`, `5 đến 7%`), percentage points
 * (`0,5 điểm phần trăm`, `0,5 điểm %` → unit `point`). Qualifiers (`tăng`, `giảm`,
 * `hơn`, `gần`, `≥`) stay out of the span and are exposed as `qualifier`.
 * One pass over the tokens; numbers are read by ../../numbers.
 */
import type { Doc } from '../../doc.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import type { PercentValue } from '../../types.js';
import { endsAtOnce, readNumberAt, type NumberAt } from '../../numbers/tokens.js';
import { parseDigits } from '../../numbers/digits.js';
import {
  gluedDecimal,
  isWord,
  mergeQualifiers,
  numbersOf,
  qualifierAfter,
  qualifierBefore,
  rangeConnector,
  tuBefore,
} from '../../numbers/figures.js';

/**
 * A unit found after a number, as one number (no object per number read: an input of
 * back-to-back percentages reads two units each): the index one past the unit's last
 * token, times two, plus one for a percentage point. NO_UNIT when there is none.
 */
type Unit = number;
const NO_UNIT = -1;
const unit = (last: number, point: boolean): Unit => last * 2 + (point ? 1 : 0);
/** Index one past the unit's last token. */
const unitLast = (u: Unit): number => u >> 1;
const unitPoint = (u: Unit): boolean => (u & 1) === 1;

/** `%`, `phần trăm`, `điểm %`, `điểm phần trăm` at token j. */
function unitAt(doc: Doc, j: number): Unit {
  const t = doc.tokens[j];
  if (!t || t.lineStart) return NO_UNIT;
  // Tested on doc.lower by offsets: most numbers have no unit after them.
  if (t.kind === 'punct') return isWord(doc, t, '%') ? unit(j + 1, false) : NO_UNIT;
  if (t.kind !== 'word') return NO_UNIT;
  let k = j;
  let point = false;
  if (isWord(doc, t, 'điểm')) {
    point = true;
    k = j + 1;
    const u = doc.tokens[k];
    if (!u || u.lineStart) return NO_UNIT;
    if (u.kind === 'punct' && isWord(doc, u, '%')) return unit(k + 1, point);
  }
  const a = doc.tokens[k];
  const b = doc.tokens[k + 1];
  if (
    a &&
    b &&
    !a.lineStart &&
    !b.lineStart &&
    a.kind === 'word' &&
    b.kind === 'word' &&
    isWord(doc, a, 'phần') &&
    isWord(doc, b, 'trăm')
  ) {
    return unit(k + 2, point);
  }
  return NO_UNIT;
}

/** A number that can stand in a percentage: no scale words (`5 triệu %` is not one). */
function plain(n: NumberAt | null): n is NumberAt {
  return !!n && !n.scaled;
}

/** Words before a split of a whole (`tỷ lệ 60% - 40%`): see shareSplit. */
const SPLIT_BEFORE = /(?:tỷ lệ|tỉ lệ|cơ cấu|chia)(?: là)? ?$/u;

/**
 * `tỷ lệ 60% - 40%`, `cơ cấu 70%-30%`: two shares of one whole, each its own percentage,
 * not a range (falling ends that add up to 100, after a word of ratio).
 */
function shareSplit(doc: Doc, first: number, a: number, b: number): boolean {
  if (Math.abs(a + b - 100) > 1e-9) return false;
  const at = doc.tokens[first]!.start;
  return SPLIT_BEFORE.test(doc.lower.slice(Math.max(0, at - 12), at));
}

/** Second number of a range: digits or a number word right after the connector. */
function secondNumber(doc: Doc, k: number): NumberAt | null {
  const t = doc.tokens[k];
  if (!t || t.lineStart) return null;
  const n = readNumberAt(doc.tokens, k, {}, doc.lower);
  return plain(n) ? n : null;
}

function recognize(doc: Doc): Candidate<'percent'>[] {
  const out: Candidate<'percent'>[] = [];
  // Every percentage has a unit (unitAt): a `%` token or the words `phần trăm`. A text
  // with neither has none, and needs no number read.
  if (doc.text.indexOf('%') < 0 && doc.lower.indexOf('phần') < 0) return out;
  const toks = doc.tokens;
  const nums = numbersOf(doc);
  const starts = nums.starts;
  // Tokens before `next` were read as part of a number or a percentage.
  let next = 0;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!;
    if (i < next) continue;
    // A percentage needs a unit or a range connector right after its first number. Where
    // the number surely ends at once and neither follows (most numbers), it is not read:
    // reading it would give no percentage and move `next` past nothing.
    if (endsAtOnce(toks, i, doc.lower) && unitAt(doc, i + 1) === NO_UNIT && rangeConnector(doc, i + 1) === null) continue;
    const n1 = nums.at(s);
    if (!n1) continue;
    if (n1.scaled) {
      next = n1.last;
      continue;
    }
    const u1 = unitAt(doc, n1.last);
    let first = n1.first;
    let last = u1 !== NO_UNIT ? unitLast(u1) : n1.last;
    let value: PercentValue | null = u1 !== NO_UNIT ? { value: n1.value } : null;
    let point = u1 !== NO_UNIT && unitPoint(u1);
    // Range: `5-7%`, `5%-7%`, `từ 5% đến 7%`, `5 đến 7 phần trăm`.
    const c = rangeConnector(doc, last);
    if (c !== null) {
      const n2 = secondNumber(doc, c);
      const u2 = n2 ? unitAt(doc, n2.last) : NO_UNIT;
      if (n2 && u2 !== NO_UNIT && (u1 === NO_UNIT || unitPoint(u1) === unitPoint(u2))) {
        const dash = toks[c - 1]!.text === '-';
        const ordered = n1.value < n2.value;
        // (`tỷ lệ 60% - 40%`: two shares, see shareSplit.)
        if (u1 !== NO_UNIT ? !(dash && !ordered && shareSplit(doc, n1.first, n1.value, n2.value)) : !dash || ordered) {
          value = { from: n1.value, to: n2.value };
          point = unitPoint(u2);
          last = unitLast(u2);
          // `từ 3% - 5%` (two whole ends: the dash stands for `đến`) keeps `từ`; `từ 3-5%` does not.
          if (!dash || u1 !== NO_UNIT) {
            const tu = tuBefore(doc, n1.first);
            if (tu >= 0) first = tu;
          }
        }
      }
    }
    // `giảm từ 7,5 xuống 6,2%`: the first number has no `%` of its own, and the contract's
    // span is a number with its `%`: only `6,2%` is a percentage (docs/NUMBERS.md).
    if (!value) {
      next = n1.last;
      continue;
    }
    if (point) value = { ...value, unit: 'point' };
    // `sở hữu10,3%`: the number begins inside the word before it (a missing space).
    let start = toks[first]!.start;
    if (first === n1.first && 'value' in value && n1.last === n1.first + 1) {
      const g = gluedDecimal(doc, first);
      const p = g ? parseDigits(g.digits) : null;
      if (g && p) {
        value = { ...value, value: p.value };
        start = g.start;
        first -= 2;
      }
    }
    const before = qualifierBefore(doc, first);
    const qualifier = mergeQualifiers(before?.qualifier ?? null, qualifierAfter(doc, last));
    out.push({
      type: 'percent',
      start,
      end: toks[last - 1]!.end,
      fields: qualifier ? { value, qualifier } : { value },
    });
    next = last;
  }
  return out;
}

/** Recognizer for `percent` entities (see ENTITIES.md). */
export const percentRecognizer: Recognizer<'percent'> = {
  type: 'percent',
  recognize,
};
