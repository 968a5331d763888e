/**
 * Exact decimals: a bigint mantissa and a power-of-ten exponent (`value = n × 10^-e`).
 * Enough arithmetic for reading numbers (add, scale by powers of ten, halve) without
 * ever multiplying floats: `486,8 × 10^9` is `486800000000` exactly.
 */

export interface Dec {
  /** Mantissa. */
  readonly n: bigint;
  /** Number of decimal places (>= 0). */
  readonly e: number;
}

const TEN = 10n;

export const ZERO: Dec = { n: 0n, e: 0 };

export function dec(n: bigint | number, e = 0): Dec {
  return { n: typeof n === 'bigint' ? n : BigInt(n), e };
}

/** 10^0 .. 10^40, built once: `TEN ** BigInt(k)` was most of the cost of scaling an amount. */
const POW10: readonly bigint[] = (() => {
  const out: bigint[] = [1n];
  for (let k = 1; k <= 40; k++) out.push(out[k - 1]! * TEN);
  return out;
})();

function pow10(k: number): bigint {
  // (A negative k throws RangeError from BigInt exponentiation, as before the table.)
  return k >= 0 && k <= 40 ? POW10[k]! : TEN ** BigInt(k);
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.e === b.e) return [a.n, b.n, a.e];
  if (a.e > b.e) return [a.n, b.n * pow10(a.e - b.e), a.e];
  return [a.n * pow10(b.e - a.e), b.n, b.e];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, e] = align(a, b);
  return trim({ n: x + y, e });
}

/** `a × 10^k` (k may be negative). */
export function shift(a: Dec, k: number): Dec {
  if (k === 0) return a;
  if (k > 0) {
    if (a.e >= k) return trim({ n: a.n, e: a.e - k });
    return { n: a.n * pow10(k - a.e), e: 0 };
  }
  return trim({ n: a.n, e: a.e - k });
}

/** `a × m` for an integer m. */
export function mulInt(a: Dec, m: bigint): Dec {
  return trim({ n: a.n * m, e: a.e });
}

/** `a / 2`, exact. */
export function half(a: Dec): Dec {
  return trim({ n: a.n * 5n, e: a.e + 1 });
}

export function cmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Dec): boolean {
  return a.n === 0n;
}

/** Removes trailing zero decimals. */
export function trim(a: Dec): Dec {
  let { n, e } = a;
  while (e > 0 && n % TEN === 0n) {
    n /= TEN;
    e--;
  }
  return n === a.n && e === a.e ? a : { n, e };
}

/** Plain decimal string: `486800000000`, `253499.6`, `-0.5`. */
export function decToString(a: Dec): string {
  const t = trim(a);
  const neg = t.n < 0n;
  let s = (neg ? -t.n : t.n).toString();
  if (t.e > 0) {
    if (s.length <= t.e) s = '0'.repeat(t.e - s.length + 1) + s;
    s = `${s.slice(0, s.length - t.e)}.${s.slice(s.length - t.e)}`;
  }
  return neg ? `-${s}` : s;
}

/** The nearest JS number (correctly rounded through the decimal string). */
export function decToNumber(a: Dec): number {
  return Number(decToString(a));
}

/** Parses a plain decimal string (`123`, `12.5`, `-0.25`); null when malformed. */
export function parseDec(s: string): Dec | null {
  const m = /^(-?)(\d{1,400})(?:\.(\d{1,400}))?$/.exec(s);
  if (!m) return null;
  const frac = m[3] ?? '';
  const n = BigInt(m[2]! + frac);
  return trim({ n: m[1] ? -n : n, e: frac.length });
}
