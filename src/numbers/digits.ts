/**
 * Numbers written with digits, in Vietnamese notation first (`.` groups thousands,
 * `,` marks decimals), with the other notations seen in Vietnamese news where they are
 * unambiguous. The rules (see docs/NUMBERS.md):
 *
 * | written          | read as        | why                                               |
 * |------------------|----------------|---------------------------------------------------|
 * | `42.200`         | 42200          | `.` + groups of exactly 3 digits: thousands       |
 * | `1.234.567,89`   | 1234567.89     | Vietnamese: `.` thousands, `,` decimals           |
 * | `486,8` `1,500`  | 486.8, 1.5     | one `,`: always the decimal mark                  |
 * | `1,500,000`      | 1500000        | two or more `,` with 3-digit groups: English      |
 * | `1,234.5`        | 1234.5         | `,` groups of 3 then one `.`: English             |
 * | `3.5` `12.75`    | 3.5, 12.75     | one `.` not followed by exactly 3 digits: decimal |
 * | `0.125`          | 0.125          | a leading `0.` never groups thousands             |
 * | `1 500 000`      | 1500000        | space-separated groups of exactly 3 digits        |
 * | `1.2.3`, `1,2,3` | null           | not a number (version, list)                      |
 */
import type { Dec } from './decimal.js';

export interface ParsedNumber {
  /** The nearest JS number. Exact when below 2^53 and integral; see `exact` otherwise. */
  value: number;
  /** The exact value as a plain decimal string (`486.8`, `1234567.89`, `42200`). */
  exact: string;
  /** The exact value. */
  dec: Dec;
  /** Which notation decided the reading. */
  notation: 'plain' | 'vi' | 'en' | 'space';
  /** Whether the written number has a fractional part. */
  fractional: boolean;
}

export interface ParseDigitsOptions {
  /**
   * Read a single `.` that is not followed by exactly three digits as a decimal point
   * (`3.5`, `12.75`). Default true. Set false where a dotted pair means something else.
   */
  dotDecimal?: boolean;
}

const PLAIN_RE = /^\d{1,400}$/;
const DOT_GROUPS_RE = /^\d{1,3}(?:\.\d{3}){1,100}$/;
const COMMA_GROUPS_RE = /^\d{1,3}(?:,\d{3}){2,100}$/;
const ONE_DOT_RE = /^(\d{1,400})\.(\d{1,400})$/;
const ONE_COMMA_RE = /^(\d{1,400}),(\d{1,400})$/;
const VI_RE = /^(\d{1,3}(?:\.\d{3}){1,100}),(\d{1,400})$/;
const EN_RE = /^(\d{1,3}(?:,\d{3}){1,100})\.(\d{1,400})$/;
const SPACE_RE = /^(\d{1,3}(?: \d{3}){1,100})(?:,(\d{1,400}))?$/;

const LEADING_ZEROS_RE = /^0+(?=\d)/;
const TRAILING_ZEROS_RE = /0+$/;

function make(intPart: string, frac: string, notation: ParsedNumber['notation']): ParsedNumber {
  // String arithmetic only: the exact decimal, its nearest double, one bigint.
  const int = intPart.length > 1 && intPart.charCodeAt(0) === 48 ? intPart.replace(LEADING_ZEROS_RE, '') : intPart;
  const f = frac.length > 0 ? frac.replace(TRAILING_ZEROS_RE, '') : frac;
  const exact = f.length > 0 ? `${int}.${f}` : int;
  const digits = f.length > 0 ? int + f : int;
  return {
    value: Number(exact),
    exact,
    // Up to 15 digits a double holds the integer exactly, and BigInt of a number is cheaper.
    dec: { n: digits.length <= 15 ? BigInt(Number(digits)) : BigInt(digits), e: f.length },
    notation,
    fractional: frac.length > 0,
  };
}

const strip = (s: string, sep: string): string => s.split(sep).join('');

/**
 * Whether `s` has one of the shapes {@link parseDigits} always reads as a number with
 * its default options: digits, or digits, one `.` or `,`, digits (at most 400 characters).
 */
export function simpleDigits(s: string): boolean {
  return simpleDigitsAt(s, 0, s.length);
}

/** {@link simpleDigits} of `str.slice(start, end)`, without the slice. */
export function simpleDigitsAt(str: string, start: number, end: number): boolean {
  const n = end - start;
  if (n <= 0 || n > 400) return false;
  let sep = -1;
  for (let k = start; k < end; k++) {
    const c = str.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    if ((c === 46 || c === 44) && sep < 0) {
      sep = k;
      continue;
    }
    return false;
  }
  return sep !== start && sep !== end - 1;
}

/**
 * Parses a number written with digits (`42.200`, `486,8`, `1.234.567,89`, `1 500`,
 * `1,500,000`, `3.5`). Returns null for anything that is not one well-formed number
 * (`1.2.3`, `21/7`, `12a`).
 *
 * @example parseDigits('486,8') // { value: 486.8, exact: '486.8', ... }
 * @example parseDigits('42.200') // { value: 42200, exact: '42200', ... }
 */
export function parseDigits(s: string, options: ParseDigitsOptions = {}): ParsedNumber | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > 400) return null;
  // One scan for the common shapes (digits; one `.`; one `,`), with the same readings
  // as the regexes below; anything else goes on to them.
  let sep = -1;
  let seps = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 || c === 44) {
      sep = k;
      seps++;
      continue;
    }
    // Only digits, `.`, `,` and spaces make a number.
    if (c !== 32) return null;
    seps = 2;
  }
  if (seps === 0) return make(s, '', 'plain');
  if (seps === 1 && sep > 0 && sep < s.length - 1) {
    const head = s.slice(0, sep);
    const tail = s.slice(sep + 1);
    if (s.charCodeAt(sep) === 44) return make(head, tail, 'vi');
    if (head.length <= 3 && tail.length === 3 && !(head.length === 1 && head.charCodeAt(0) === 48)) return make(head + tail, '', 'vi');
    if (options.dotDecimal === false) return null;
    return make(head, tail, 'en');
  }
  if (PLAIN_RE.test(s)) return make(s, '', 'plain');
  if (s.includes(' ')) {
    const m = SPACE_RE.exec(s);
    return m ? make(strip(m[1]!, ' '), m[2] ?? '', 'space') : null;
  }
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && !hasComma) {
    if (DOT_GROUPS_RE.test(s) && !s.startsWith('0.')) return make(strip(s, '.'), '', 'vi');
    if (options.dotDecimal === false) return null;
    const m = ONE_DOT_RE.exec(s);
    if (m) return make(m[1]!, m[2]!, 'en');
    return null;
  }
  if (hasComma && !hasDot) {
    const m = ONE_COMMA_RE.exec(s);
    if (m) return make(m[1]!, m[2]!, 'vi');
    if (COMMA_GROUPS_RE.test(s)) return make(strip(s, ','), '', 'en');
    return null;
  }
  if (hasComma && hasDot) {
    let m = VI_RE.exec(s);
    if (m) return make(strip(m[1]!, '.'), m[2]!, 'vi');
    m = EN_RE.exec(s);
    if (m) return make(strip(m[1]!, ','), m[2]!, 'en');
    return null;
  }
  return null;
}
