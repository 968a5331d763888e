/**
 * Vietnamese lunisolar calendar (âm lịch), computed from astronomy at UTC+7.
 *
 * Method (as described by Hồ Ngọc Đức for the Vietnamese calendar; this code is our
 * own): a lunar month starts on the local day (UTC+7) of a new moon; the month that
 * contains the winter solstice is month 11; a lunar year with 13 months between two
 * months 11 has a leap month: the first month that holds no major solar term (no
 * crossing of a multiple of 30 degrees of solar longitude). Because Vietnam uses
 * UTC+7 and China UTC+8, the two calendars differ on some dates (Tết 2007: VN
 * 2007-02-17, CN 2007-02-18).
 *
 * New moons: Meeus' approximation (Astronomical Algorithms, ch. 49, short series);
 * solar longitude: low-precision series (ch. 25). Accurate to the day for 1800-2199.
 */

const TZ = 7 / 24;
const RAD = Math.PI / 180;

/** Julian day number (at noon) of a Gregorian date. */
export function julianDay(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

/** Gregorian date of a Julian day number. */
export function fromJulianDay(jd: number): { year: number; month: number; day: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian ephemeris day (fractional, UT approx.) of the k-th new moon after 2000-01-06. */
function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T2) * RAD; // sun's mean anomaly
  const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T2) * RAD; // moon's mean anomaly
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T2) * RAD; // argument of latitude
  const Om = (124.7746 - 1.56375588 * k + 0.0020672 * T2) * RAD;
  jde +=
    -0.4072 * Math.sin(Mp) +
    0.17241 * E * Math.sin(M) +
    0.01608 * Math.sin(2 * Mp) +
    0.01039 * Math.sin(2 * F) +
    0.00739 * E * Math.sin(Mp - M) -
    0.00514 * E * Math.sin(Mp + M) +
    0.00208 * E * E * Math.sin(2 * M) -
    0.00111 * Math.sin(Mp - 2 * F) -
    0.00057 * Math.sin(Mp + 2 * F) +
    0.00056 * E * Math.sin(2 * Mp + M) -
    0.00042 * Math.sin(3 * Mp) +
    0.00042 * E * Math.sin(M + 2 * F) +
    0.00038 * E * Math.sin(M - 2 * F) -
    0.00024 * E * Math.sin(2 * Mp - M) -
    0.00017 * Math.sin(Om);
  // Delta T (TT - UT), rough polynomial, in days.
  const y = 2000 + k / 12.3685;
  const t = y - 2000;
  const deltaT = (62.92 + 0.32217 * t + 0.005589 * t * t) / 86400;
  return jde - deltaT;
}

/** Local (UTC+7) day number of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJde(k) + 0.5 + TZ);
}

/** Apparent solar longitude in degrees [0, 360) at Julian day `jd` (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = (357.52911 + 35999.05029 * T - 0.0001537 * T * T) * RAD;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.000289 * Math.sin(3 * M);
  const omega = (125.04 - 1934.136 * T) * RAD;
  let lon = L0 + C - 0.00569 - 0.00478 * Math.sin(omega);
  lon %= 360;
  if (lon < 0) lon += 360;
  return lon;
}

/** Major solar term index (0..11) at the start (local midnight) of local day `dayNumber`. */
function solarTerm(dayNumber: number): number {
  return Math.floor(sunLongitude(dayNumber - 0.5 - TZ) / 30);
}

/** Index k of the new moon that starts the local day `dayNumber`'s month. */
function monthIndexAt(dayNumber: number): number {
  let k = Math.floor((dayNumber - 2451550.1) / 29.530588853);
  while (newMoonDay(k + 1) <= dayNumber) k++;
  while (newMoonDay(k) > dayNumber) k--;
  return k;
}

/** New moon index k of month 11 (the month with the winter solstice) of Gregorian year y. */
function month11Index(y: number): number {
  // The December solstice falls near Dec 21-22; the month containing Dec 31's
  // new moon or the one before holds it.
  const dec31 = julianDay(y, 12, 31);
  let k = monthIndexAt(dec31);
  // The month containing the solstice: the sun's longitude reaches 270 in it.
  // If the month starting at k starts after the solstice (term >= 9 at start), step back.
  if (solarTerm(newMoonDay(k)) >= 9) k--;
  return k;
}

/** Whether the month starting at new moon k has no major solar term. */
function noMajorTerm(k: number): boolean {
  return solarTerm(newMoonDay(k)) === solarTerm(newMoonDay(k + 1));
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Lunar months of the lunar year that ends before month 11 of Gregorian year y... as a list of {k, month, leap}. */
function lunarMonthsFrom11(y: number): { k: number; month: number; leap: boolean }[] {
  // Months from month 11 of year y-1 to month 11 of year y (exclusive).
  const a = month11Index(y - 1);
  const b = month11Index(y);
  const out: { k: number; month: number; leap: boolean }[] = [];
  const leapYear = b - a > 12;
  let leapFound = false;
  let month = 11;
  for (let k = a; k < b; k++) {
    let leap = false;
    if (k > a && leapYear && !leapFound && noMajorTerm(k)) {
      leap = true;
      leapFound = true;
    }
    if (k > a && !leap) month = month === 12 ? 1 : month + 1;
    out.push({ k, month, leap });
  }
  return out;
}

/** Gregorian date -> Vietnamese lunar date. */
export function solarToLunar(y: number, m: number, d: number): LunarDate {
  const day = julianDay(y, m, d);
  const k = monthIndexAt(day);
  // Which lunar-year window holds k: months from month 11 of y-1 (or y) onward.
  let months = lunarMonthsFrom11(y);
  let windowYear = y;
  if (k >= months[months.length - 1]!.k + 1) {
    months = lunarMonthsFrom11(y + 1);
    windowYear = y + 1;
  } else if (k < months[0]!.k) {
    months = lunarMonthsFrom11(y - 1);
    windowYear = y - 1;
  }
  const e = months.find((x) => x.k === k)!;
  // Months 11 and 12 at the start of the window belong to the previous lunar year.
  const idx = months.indexOf(e);
  const firstOne = months.findIndex((x) => x.month === 1 && !x.leap);
  const year = idx < firstOne ? windowYear - 1 : windowYear;
  return { year, month: e.month, day: day - newMoonDay(k) + 1, leap: e.leap };
}

/**
 * Vietnamese lunar date -> Gregorian date. `year` is the lunar year (the Gregorian
 * year in which its month 1 starts). Null when the date does not exist (a leap month
 * that year lacks, day 30 of a 29-day month).
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): { year: number; month: number; day: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  // Months 1..10 (and leap ones) sit in the window ending with month 11 of `year`;
  // months 11 and 12 of lunar year `year` sit in the next window.
  const months = month >= 11 ? lunarMonthsFrom11(year + 1) : lunarMonthsFrom11(year);
  const firstOne = months.findIndex((x) => x.month === 1 && !x.leap);
  const pool = month >= 11 ? months.slice(0, firstOne) : months.slice(firstOne);
  const e = pool.find((x) => x.month === month && x.leap === leap);
  if (!e) return null;
  const start = newMoonDay(e.k);
  const len = newMoonDay(e.k + 1) - start;
  if (day > len) return null;
  return fromJulianDay(start + day - 1);
}
