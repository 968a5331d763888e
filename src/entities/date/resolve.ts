/**
 * Resolution of parsed date expressions to TIMEX3-style values: missing parts come
 * from the other end of a range, then a year stated just before in the text, then
 * the reference date; relative expressions resolve against the reference date.
 * See docs/DATES.md.
 */
import type { DateDetail, DateValue } from '../../types.js';
import { addDays, isoWeek, isoWeekStart, isoWeekday, monthDays, pad, validDay, type Ymd } from './calendar.js';
import { lunarToSolar } from './lunar.js';
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

/** Resolves one point. `ctx` may fill a missing year (and month for a bare day). */
export function resolvePoint(p: Pt, ref: Ref | undefined, ctx: YearContext | undefined): Resolved {
  const filled: Array<'year' | 'month' | 'day'> = [];
  const out = (value: string, extra: Partial<Resolved> = {}): Resolved => ({
    value,
    grain: p.grain === 'season' ? 'season' : p.grain,
    filled,
    relative: false,
    yearStated: false,
    ...extra,
  });

  // Relative to the reference date as a whole.
  if (p.rel !== undefined) {
    return relative(p, ref);
  }
  if (p.wd !== undefined && p.d === undefined) {
    return weekdayValue(p, ref);
  }
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
      return out(p.bc ? 'BC' + pad(p.century!, 2) : pad(p.century!, 2), { yearStated: true });
    case 'decade':
      return out(pad(p.decade!, 3), { yearStated: true });
    default:
      break;
  }
  // Fill the year.
  let m = p.m;
  let d = p.d;
  if (p.lunar) {
    m = undefined;
    d = undefined;
  }
  if (y === undefined && !timeOnly && !p.bc) {
    if (ctx) {
      y = ctx.year;
      filled.push('year');
      yearStated = true;
    } else if (ref) {
      y = ref.year;
      filled.push('year');
      if (p.lunar === undefined && m !== undefined && ref.month !== undefined) {
        const diff = m - ref.month;
        if (p.dir === -1) {
          if (diff > 0 || (diff === 0 && d !== undefined && ref.day !== undefined && d >= ref.day)) y--;
        } else if (p.dir === 1) {
          if (diff < 0 || (diff === 0 && d !== undefined && ref.day !== undefined && d <= ref.day)) y++;
        } else if (diff > 6) y--;
        else if (diff < -10) y++;
      }
    }
  }
  if (p.grain === 'day' && d !== undefined && m === undefined && !p.lunar) {
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
      const s = lunarToSolar(y, p.lunar.month, p.lunar.day, p.lunar.leap);
      if (s) {
        y = s.year;
        m = s.month;
        d = s.day;
      }
    }
  }
  const Y = yearStr(y, p.bc);
  const res = (value: string, start?: Ymd, endExcl?: Ymd): Resolved =>
    out(value, {
      y,
      m,
      d,
      yearStated,
      relative: relativeFlag,
      start: start ? ymdStr(start) : undefined,
      end: endExcl ? ymdStr(endExcl) : undefined,
    });
  const known = y !== undefined && !p.bc;
  switch (p.grain) {
    case 'year':
      return res(Y, known ? { year: y!, month: 1, day: 1 } : undefined, known ? { year: y! + 1, month: 1, day: 1 } : undefined);
    case 'half':
      return res(`${Y}-H${p.half}`, known ? { year: y!, month: p.half === 1 ? 1 : 7, day: 1 } : undefined, known ? (p.half === 1 ? { year: y!, month: 7, day: 1 } : { year: y! + 1, month: 1, day: 1 }) : undefined);
    case 'quarter':
      return res(
        `${Y}-Q${p.q}`,
        known ? { year: y!, month: (p.q! - 1) * 3 + 1, day: 1 } : undefined,
        known ? (p.q === 4 ? { year: y! + 1, month: 1, day: 1 } : { year: y!, month: p.q! * 3 + 1, day: 1 }) : undefined,
      );
    case 'season':
      return res(`${Y}-${p.season}`);
    case 'week':
      return res(`${Y}-WXX`);
    case 'month': {
      if (p.months) {
        // Handled as a range by the caller.
        return res(Y);
      }
      const M = m === undefined ? 'XX' : pad(m, 2);
      return res(
        `${Y}-${M}`,
        known && m ? { year: y!, month: m, day: 1 } : undefined,
        known && m ? (m === 12 ? { year: y! + 1, month: 1, day: 1 } : { year: y!, month: m + 1, day: 1 }) : undefined,
      );
    }
    case 'day':
    default: {
      const M = m === undefined ? 'XX' : pad(m, 2);
      const D = d === undefined ? 'XX' : pad(d, 2);
      let v = `${Y}-${M}-${D}`;
      const full = known && m !== undefined && d !== undefined && validDay(y, m, d);
      let start: string | undefined = full ? ymdStr({ year: y!, month: m!, day: d! }) : undefined;
      let end: string | undefined = full ? ymdStr(addDays({ year: y!, month: m!, day: d! }, 1)) : undefined;
      if (p.hh !== undefined) {
        v += `T${pad(p.hh, 2)}:${pad(p.mi ?? 0, 2)}`;
        if (start) {
          start = `${start}T${pad(p.hh, 2)}:${pad(p.mi ?? 0, 2)}`;
          end = undefined;
        }
      } else if (p.pod) v += `T${p.pod}`;
      const r = res(v);
      r.start = start;
      r.end = end;
      if (p.hh !== undefined) r.grain = 'minute';
      else if (p.pod) r.grain = 'partOfDay';
      return r;
    }
  }
}

/** `hôm qua`, `tuần trước`, `tháng tới`, `3 năm trước`, `quý tới`. */
function relative(p: Pt, ref: Ref | undefined): Resolved {
  const n = p.rel!;
  const base: Resolved = { value: '', grain: p.grain === 'season' ? 'season' : p.grain, filled: [], relative: true, yearStated: true };
  const suffix = p.hh !== undefined ? `T${pad(p.hh, 2)}:${pad(p.mi ?? 0, 2)}` : p.pod ? `T${p.pod}` : '';
  const grainOut = p.hh !== undefined ? 'minute' : p.pod ? 'partOfDay' : base.grain;
  const full = ref && ref.month !== undefined && ref.day !== undefined ? ({ year: ref.year, month: ref.month, day: ref.day } as Ymd) : undefined;
  switch (p.grain) {
    case 'day': {
      if (!full) return { ...base, value: 'XXXX-XX-XX' + suffix, grain: grainOut, yearStated: false };
      const d = addDays(full, n);
      return { ...base, value: ymdStr(d) + suffix, grain: grainOut, y: d.year, m: d.month, d: d.day, start: ymdStr(d), end: p.hh === undefined ? ymdStr(addDays(d, 1)) : undefined };
    }
    case 'week': {
      if (!full) return { ...base, value: 'XXXX-WXX', yearStated: false };
      const d = addDays(full, 7 * n);
      const w = isoWeek(d);
      const s = isoWeekStart(w.year, w.week);
      return { ...base, value: `${pad(w.year, 4)}-W${pad(w.week, 2)}`, y: w.year, start: ymdStr(s), end: ymdStr(addDays(s, 7)) };
    }
    case 'month': {
      if (!ref || ref.month === undefined) return { ...base, value: 'XXXX-XX', yearStated: false };
      const idx = ref.year * 12 + (ref.month - 1) + n;
      const y = Math.floor(idx / 12);
      const m = (idx % 12) + 1;
      return { ...base, value: `${pad(y, 4)}-${pad(m, 2)}`, y, m, start: ymdStr({ year: y, month: m, day: 1 }), end: ymdStr(m === 12 ? { year: y + 1, month: 1, day: 1 } : { year: y, month: m + 1, day: 1 }) };
    }
    case 'quarter': {
      if (!ref || ref.month === undefined) return { ...base, value: 'XXXX-QX', yearStated: false };
      const idx = ref.year * 4 + Math.floor((ref.month - 1) / 3) + n;
      const y = Math.floor(idx / 4);
      const q = (idx % 4) + 1;
      return { ...base, value: `${pad(y, 4)}-Q${q}`, y };
    }
    case 'year':
    default: {
      if (!ref) return { ...base, value: 'XXXX', yearStated: false };
      const y = ref.year + n;
      return { ...base, value: pad(y, 4), y, start: ymdStr({ year: y, month: 1, day: 1 }), end: ymdStr({ year: y + 1, month: 1, day: 1 }) };
    }
  }
}

/** `thứ Hai`, `thứ năm tuần tới`, `ngày thứ sáu vừa qua`. */
function weekdayValue(p: Pt, ref: Ref | undefined): Resolved {
  const suffix = p.hh !== undefined ? `T${pad(p.hh, 2)}:${pad(p.mi ?? 0, 2)}` : p.pod ? `T${p.pod}` : '';
  const grain = p.hh !== undefined ? 'minute' : p.pod ? 'partOfDay' : 'day';
  const base: Resolved = { value: 'XXXX-XX-XX' + suffix, grain, filled: [], relative: true, yearStated: false };
  if (!ref || ref.month === undefined || ref.day === undefined) return base;
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
  return { ...base, value: ymdStr(d) + suffix, y: d.year, m: d.month, d: d.day, yearStated: true, start: ymdStr(d), end: p.hh === undefined ? ymdStr(addDays(d, 1)) : undefined };
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
