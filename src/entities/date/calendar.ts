/** Small Gregorian calendar helpers for date resolution (no clock, no time zones). */
import { fromJulianDay, julianDay } from './lunar.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function monthDays(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : MONTH_DAYS[m - 1]!;
}

/** Adds `n` days. */
export function addDays(d: Ymd, n: number): Ymd {
  return fromJulianDay(julianDay(d.year, d.month, d.day) + n);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: Ymd): number {
  return (julianDay(d.year, d.month, d.day) % 7) + 1;
}

/** ISO week-numbering year and week of a date. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const wd = isoWeekday(d);
  const thursday = addDays(d, 4 - wd);
  const jan1 = julianDay(thursday.year, 1, 1);
  const week = Math.floor((julianDay(thursday.year, thursday.month, thursday.day) - jan1) / 7) + 1;
  return { year: thursday.year, week };
}

/** Monday of ISO week `w` of ISO year `y`. */
export function isoWeekStart(y: number, w: number): Ymd {
  const jan4 = { year: y, month: 1, day: 4 };
  const monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(monday, (w - 1) * 7);
}

/** `00` .. `99`, built once: months, days, hours and minutes are padded without allocating. */
const PAD2: readonly string[] = Array.from({ length: 100 }, (_, k) => (k < 10 ? '0' + k : String(k)));

export function pad(n: number, width: number): string {
  if (width === 2 && n >= 0 && n < 100 && Number.isInteger(n)) return PAD2[n]!;
  const s = String(Math.abs(n));
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

export function validDay(y: number | undefined, m: number | undefined, d: number): boolean {
  if (d < 1 || d > 31) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d <= (y === undefined ? (m === 2 ? 29 : monthDays(2001, m)) : monthDays(y, m));
}
