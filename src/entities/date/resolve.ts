/**
 * Resolution of parsed date expressions to TIMEX3-style values: missing parts come
 * from the other end of a range, then a year stated just before in the text, then
 * the reference date; relative expressions resolve against the reference date.
 * See docs/DATES.md.
 */
import type { DateDetail, DateValue } from '../../types.js';
import { addDays, isoWeek, isoWeekStart, isoWeekday, monthDays, pad, validDay, type Ymd } from './calendar.js';
import { julianDay, lunarToSolar } from './lunar.js';
import type { Pt } from './parse.js';

/** A reference date; month and day may be unknown (a document dated `2021-07`). */
export interface Ref {
  year: number;
  month?: number;
  day?: number;
}

/** Year context from the text: a year stated just before. */
export interface YearContext {
  year: number;
  month?: number;
}

export interface Resolved {
  value: string;
  grain: DateDetail['grain'] | 'season';
  filled: Array<'year' | 'month' | 'day'>;
  relative: boolean;
  /** Resolved calendar parts (for context and start/end). */
  y?: number;
  m?: number;
  d?: number;
  /** Whether the year came from the text itself (stated, or relative). */
  yearStated: boolean;
  start?: string;
  end?: string;
}

function ymdStr(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

function yearStr(y: number | undefined, bc?: boolean): string {
  if (y === undefined) return 'XXXX';
  if (bc) return 'BC' + pad(y, 4);
  return pad(y, 4);
}

/** A `Resolved`, always built with the same fields in the same order (one object shape). */
function resolved(
  value: string,
  grain: Resolved['grain'],
  filled: Array<'year' | 'month' | 'day'>,
  relative: boolean,
  yearStated: boolean,
  y: number | undefined,
  m: number | undefined,
  d: number | undefined,
  start: string | undefined,
  end: string | undefined,
): Resolved {
  return { value, grain, filled, relative, y, m, d, yearStated, start, end };
}

/** `T14:30`, `TMO` or '' after a day. */
function timeSuffix(p: Pt): string {
  return p.hh !== undefined ? `T${pad(p.hh, 2)}:${pad(p.mi ?? 0, 2)}` : p.pod ? `T${p.pod}` : '';
}

/** Resolves one point. `ctx` may fill a missing year (and month for a bare day). */
export function resolvePoint(p: Pt, ref: Ref | undefined, ctx: YearContext | undefined): Resolved {
  // Relative to the reference date as a whole.
  if (p.rel !== undefined) {
    return relative(p, ref);
  }
  if (p.wd !== undefined && p.d === undefined) {
    return weekdayValue(p, ref);
  }
  const filled: Array<'year' | 'month' | 'day'> = [];
  const grain: Resolved['grain'] = p.grain === 'season' ? 'season' : p.grain;
  let y = p.y;
  let yearStated = y !== undefined;
  let relativeFlag = false;
  if (y === undefined && p.yRel !== undefined) {
    relativeFlag = true;
    if (ref) {
      y = ref.year + p.yRel;
      yearStated = true;
    }
  }
  const timeOnly = p.timeOnly === true;
  switch (p.grain) {
    case 'century':
      return resolved(p.bc ? 'BC' + pad(p.century!, 2) : pad(p.century!, 2), grain, filled, false, true, undefined, undefined, undefined, undefined, undefined);
    case 'decade':
      return resolved(pad(p.decade!, 3), grain, filled, false, true, undefined, undefined, undefined, undefined, undefined);
    default:
      break;
  }
  // A lunar year named in the sixty-year cycle (`Tết Bính Ngọ`): the one nearest the context.
  if (y === undefined && p.cycle !== undefined) {
    const base = ctx?.year ?? ref?.year;
    if (base !== undefined) {
      const off = (((p.cycle - (base - 4)) % 60) + 60) % 60;
      y = off >= 30 ? base + off - 60 : base + off;
    }
  }
  // Fill the year.
  let m = p.m;
  let d = p.d;
  // `ngày 5 tháng tới`: the month (and its year) counted from the reference month.
  if (p.mRel !== undefined && m === undefined && y === undefined) {
    relativeFlag = true;
    if (ref?.month !== undefined) {
      const k = ref.year * 12 + ref.month - 1 + p.mRel;
      const ky = Math.floor(k / 12);
      const km = (k % 12) + 1;
      // `ngày 31 tháng tới` read in March: April has no 31st, the month stays unknown.
      if (d === undefined || validDay(ky, km, d)) {
        y = ky;
        m = km;
        yearStated = true;
      }
    }
  }
  if (p.lunar) {
    m = undefined;
    d = undefined;
  }
  if (y === undefined && !timeOnly && !p.bc && p.mRel === undefined) {
    if (ctx) {
      y = ctx.year;
      filled.push('year');
      yearStated = true;
    } else if (ref) {
      y = ref.year;
      filled.push('year');
      // A quarter is read like its first month (`quý IV` in a January article is last year's).
      const mm = m ?? (p.grain === 'quarter' && p.q !== undefined ? (p.q - 1) * 3 + 1 : undefined);
      if (p.lunar === undefined && mm !== undefined && ref.month !== undefined) {
        const diff = mm - ref.month;
        // The reference day itself stays in its year (`ngày 21/7 tới` in an article dated 21/7,
        // written the day before): only a day before it is next year's.
        const dd = p.dirDay ?? d;
        if (p.dir === -1) {
          if (diff > 0 || (diff === 0 && dd !== undefined && ref.day !== undefined && dd > ref.day)) y--;
        } else if (p.dir === 1) {
          if (diff < 0 || (diff === 0 && dd !== undefined && ref.day !== undefined && dd < ref.day)) y++;
        } else if (diff > 6) y--;
        else if (diff < -10) y++;
      }
    }
  }
  if (p.grain === 'day' && d !== undefined && m === undefined && !p.lunar && p.mRel === undefined) {
    if (ctx?.month !== undefined) {
      m = ctx.month;
      filled.push('month');
    } else if (ref?.month !== undefined && (y === ref.year || filled.includes('year'))) {
      m = ref.month;
      filled.push('month');
      if (y === undefined) y = ref.year;
    }
  }
  if (p.lunar) {
    if (y !== undefined) {
      const lu = p.lunar;
      // The last day of a lunar month (`last`) is its 30th, or its 29th in a short month.
      const solar = (yy: number): Ymd | null => lunarToSolar(yy, lu.month, lu.day, lu.leap) ?? (lu.last ? lunarToSolar(yy, lu.month, 29, lu.leap) : null);
      let s = solar(y);
      // No year written nor stated before: the occurrence nearest the reference date
      // (`mùng 1 Tết`, `23 tháng Chạp` in a late-year article are the coming ones).
      if (s && !ctx && !p.lunarMonth && !p.monthEnd && filled.includes('year') && ref?.month !== undefined && ref.day !== undefined) {
        const at = julianDay(ref.year, ref.month, ref.day);
        // (`Rằm tháng 7 vừa qua`, `mùng 1 Tết tới`: the nearest one on that side of the reference date.)
        const side = (o: Ymd): boolean => (p.dir === -1 ? julianDay(o.year, o.month, o.day) <= at : p.dir === 1 ? julianDay(o.year, o.month, o.day) >= at : true);
        let best = side(s) ? Math.abs(julianDay(s.year, s.month, s.day) - at) : Infinity;
        for (const yy of [y - 1, y + 1]) {
          const o = solar(yy);
          const dist = o && side(o) ? Math.abs(julianDay(o.year, o.month, o.day) - at) : Infinity;
          if (o && dist < best) {
            s = o;
            best = dist;
          }
        }
      }
      if (s) {
        y = s.year;
        m = s.month;
        d = s.day;
      }
    }
  }
  // `ngày cuối cùng của tháng 2`: its day once the year is known (any year for other months).
  if (p.lastOfMonth && m !== undefined && d === undefined && (y !== undefined || m !== 2)) d = monthDays(y ?? 2001, m);
  // `thứ Hai đầu tiên của tháng 12`: the first (or last) such weekday of the month, once its year is known.
  if (p.wdOfMonth && m !== undefined && y !== undefined && d === undefined) {
    const w = p.wdOfMonth;
    const base = w.last ? monthDays(y, m) : 1;
    const off = (((w.last ? isoWeekday({ year: y, month: m, day: base }) - w.wd : w.wd - isoWeekday({ year: y, month: m, day: base })) % 7) + 7) % 7;
    d = w.last ? base - off : base + off;
  }
  const Y = yearStr(y, p.bc);
  const known = y !== undefined && !p.bc;
  switch (p.grain) {
    case 'year':
      return resolved(Y, grain, filled, relativeFlag, yearStated, y, m, d, known ? ymd(y!, 1, 1) : undefined, known ? ymd(y! + 1, 1, 1) : undefined);
    case 'half':
      return resolved(
        `${Y}-H${p.half}`,
        grain,
        filled,
        relativeFlag,
        yearStated,
        y,
        m,
        d,
        known ? ymd(y!, p.half === 1 ? 1 : 7, 1) : undefined,
        known ? (p.half === 1 ? ymd(y!, 7, 1) : ymd(y! + 1, 1, 1)) : undefined,
      );
    case 'quarter':
      return resolved(
        `${Y}-Q${p.q}`,
        grain,
        filled,
        relativeFlag,
        yearStated,
        y,
        m,
        d,
        known ? ymd(y!, (p.q! - 1) * 3 + 1, 1) : undefined,
        known ? (p.q === 4 ? ymd(y! + 1, 1, 1) : ymd(y!, p.q! * 3 + 1, 1)) : undefined,
      );
    case 'season':
      return resolved(`${Y}-${p.season}`, grain, filled, relativeFlag, yearStated, y, m, d, undefined, undefined);
    case 'week':
      return resolved(`${Y}-WXX`, grain, filled, relativeFlag, yearStated, y, m, d, undefined, undefined);
    case 'month': {
      if (p.months) {
        // Handled as a range by the caller.
        return resolved(Y, grain, filled, relativeFlag, yearStated, y, m, d, undefined, undefined);
      }
      const M = m === undefined ? 'XX' : pad(m, 2);
      return resolved(
        `${Y}-${M}`,
        grain,
        filled,
        relativeFlag,
        yearStated,
        y,
        m,
        d,
        known && m ? ymd(y!, m, 1) : undefined,
        known && m ? (m === 12 ? ymd(y! + 1, 1, 1) : ymd(y!, m + 1, 1)) : undefined,
      );
    }
    case 'day':
    default: {
      const M = m === undefined ? 'XX' : pad(m, 2);
      const D = d === undefined ? 'XX' : pad(d, 2);
      let v = `${Y}-${M}-${D}`;
      const full = known && m !== undefined && d !== undefined && validDay(y, m, d);
      // A full date's value so far is its ISO day (`known`: the year is `pad(y, 4)`).
      let start: string | undefined = full ? v : undefined;
      let end: string | undefined = full ? nextDay(y!, m!, d!) : undefined;
      let g: Resolved['grain'] = grain;
      if (p.hh !== undefined) {
        const hm = `T${pad(p.hh, 2)}:${pad(p.mi ?? 0, 2)}`;
        v += hm;
        if (start) {
          start = `${start}${hm}`;
          end = undefined;
        }
        g = 'minute';
      } else if (p.pod) {
        v += `T${p.pod}`;
        g = 'partOfDay';
      }
      return resolved(v, g, filled, relativeFlag, yearStated, y, m, d, start, end);
    }
  }
}

/** The ISO day after the valid date y-m-d (`ymdStr(addDays(…, 1))` without the day numbers). */
function nextDay(y: number, m: number, d: number): string {
  if (d < monthDays(y, m)) return ymd(y, m, d + 1);
  return m < 12 ? ymd(y, m + 1, 1) : ymd(y + 1, 1, 1);
}

function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `hôm qua`, `tuần trước`, `tháng tới`, `3 năm trước`, `quý tới`. */
function relative(p: Pt, ref: Ref | undefined): Resolved {
  const n = p.rel!;
  const grain: Resolved['grain'] = p.grain === 'season' ? 'season' : p.grain;
  const filled: Array<'year' | 'month' | 'day'> = [];
  switch (p.grain) {
    case 'day': {
      const suffix = timeSuffix(p);
      const grainOut: Resolved['grain'] = p.hh !== undefined ? 'minute' : p.pod ? 'partOfDay' : grain;
      if (!ref || ref.month === undefined || ref.day === undefined) {
        return resolved('XXXX-XX-XX' + suffix, grainOut, filled, true, false, undefined, undefined, undefined, undefined, undefined);
      }
      const d = addDays({ year: ref.year, month: ref.month, day: ref.day }, n);
      const s = ymdStr(d);
      return resolved(s + suffix, grainOut, filled, true, true, d.year, d.month, d.day, s, p.hh === undefined ? ymdStr(addDays(d, 1)) : undefined);
    }
    case 'week': {
      if (!ref || ref.month === undefined || ref.day === undefined) {
        return resolved('XXXX-WXX', grain, filled, true, false, undefined, undefined, undefined, undefined, undefined);
      }
      const d = addDays({ year: ref.year, month: ref.month, day: ref.day }, 7 * n);
      const w = isoWeek(d);
      const s = isoWeekStart(w.year, w.week);
      return resolved(`${pad(w.year, 4)}-W${pad(w.week, 2)}`, grain, filled, true, true, w.year, undefined, undefined, ymdStr(s), ymdStr(addDays(s, 7)));
    }
    case 'month': {
      if (!ref || ref.month === undefined) return resolved('XXXX-XX', grain, filled, true, false, undefined, undefined, undefined, undefined, undefined);
      const idx = ref.year * 12 + (ref.month - 1) + n;
      const y = Math.floor(idx / 12);
      const m = (idx % 12) + 1;
      return resolved(`${pad(y, 4)}-${pad(m, 2)}`, grain, filled, true, true, y, m, undefined, ymd(y, m, 1), m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1));
    }
    case 'quarter': {
      if (!ref || ref.month === undefined) return resolved('XXXX-QX', grain, filled, true, false, undefined, undefined, undefined, undefined, undefined);
      const idx = ref.year * 4 + Math.floor((ref.month - 1) / 3) + n;
      const y = Math.floor(idx / 4);
      const q = (idx % 4) + 1;
      return resolved(`${pad(y, 4)}-Q${q}`, grain, filled, true, true, y, undefined, undefined, undefined, undefined);
    }
    case 'year':
    default: {
      if (!ref) return resolved('XXXX', grain, filled, true, false, undefined, undefined, undefined, undefined, undefined);
      const y = ref.year + n;
      return resolved(pad(y, 4), grain, filled, true, true, y, undefined, undefined, ymd(y, 1, 1), ymd(y + 1, 1, 1));
    }
  }
}

/** `thứ Hai`, `thứ năm tuần tới`, `ngày thứ sáu vừa qua`. */
function weekdayValue(p: Pt, ref: Ref | undefined): Resolved {
  const suffix = timeSuffix(p);
  const grain: Resolved['grain'] = p.hh !== undefined ? 'minute' : p.pod ? 'partOfDay' : 'day';
  const filled: Array<'year' | 'month' | 'day'> = [];
  if (!ref || ref.month === undefined || ref.day === undefined) {
    return resolved('XXXX-XX-XX' + suffix, grain, filled, true, false, undefined, undefined, undefined, undefined, undefined);
  }
  const r: Ymd = { year: ref.year, month: ref.month, day: ref.day };
  const rwd = isoWeekday(r);
  let d: Ymd;
  if (p.wdWeek !== undefined) {
    d = addDays(r, 7 * p.wdWeek + (p.wd! - rwd));
  } else if (p.wdMode === 'past') {
    let diff = rwd - p.wd!;
    if (diff <= 0) diff += 7;
    d = addDays(r, -diff);
  } else if (p.wdMode === 'next') {
    let diff = p.wd! - rwd;
    if (diff <= 0) diff += 7;
    d = addDays(r, diff);
  } else {
    // The nearest such day on or before the reference date (news reports the past).
    let diff = rwd - p.wd!;
    if (diff < 0) diff += 7;
    d = addDays(r, -diff);
  }
  const s = ymdStr(d);
  return resolved(s + suffix, grain, filled, true, true, d.year, d.month, d.day, s, p.hh === undefined ? ymdStr(addDays(d, 1)) : undefined);
}

/** `N tháng đầu năm Y`: {from, to} months. */
export function monthsRange(p: Pt, ref: Ref | undefined, ctx: YearContext | undefined): { value: DateValue; filled: Array<'year'>; y?: number } {
  let y = p.y;
  const filled: Array<'year'> = [];
  if (y === undefined && p.yRel !== undefined && ref) y = ref.year + p.yRel;
  if (y === undefined && ctx) {
    y = ctx.year;
    filled.push('year');
  }
  if (y === undefined && ref) {
    y = ref.year;
    filled.push('year');
  }
  const Y = yearStr(y);
  return { value: { from: `${Y}-${pad(p.months!.from, 2)}`, to: `${Y}-${pad(p.months!.to, 2)}` }, filled, y };
}

export { monthDays };
