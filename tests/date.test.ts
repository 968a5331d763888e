/**
 * Date unit tests beyond the corpus: the Vietnamese lunar calendar, value details,
 * document dates, option handling and linear running time.
 */
import { describe, expect, it } from 'vitest';
import { extract, type DateRecord } from '../src/index.js';
import { expectLinear } from './support/linear.js';
import { lunarToSolar, solarToLunar } from '../src/entities/date/lunar.js';
import { documentDate } from '../src/entities/date/index.js';
import { isoWeek } from '../src/entities/date/calendar.js';

const dates = (text: string, referenceDate?: string): DateRecord[] =>
  extract(text, { types: ['date'], ...(referenceDate ? { referenceDate } : {}) }) as DateRecord[];

describe('Vietnamese lunar calendar', () => {
  // First day of the lunar year (Tết Nguyên đán) in Vietnam.
  const tet: Array<[number, string]> = [
    [1985, '1985-01-21'], // VN (UTC+7) differs from China (1985-02-20)
    [2000, '2000-02-05'],
    [2007, '2007-02-17'], // VN; China 2007-02-18
    [2012, '2012-01-23'],
    [2017, '2017-01-28'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ];
  for (const [y, want] of tet) {
    it(`Tết ${y} = ${want}`, () => {
      const s = lunarToSolar(y, 1, 1)!;
      expect(`${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`).toBe(want);
    });
  }
  it('knows leap months (2020: leap 4th month, 2023: leap 2nd month)', () => {
    expect(solarToLunar(2020, 5, 23)).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(solarToLunar(2023, 3, 22)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar(2021, 4, 1, true)).toBeNull();
  });
  it('converts both ways consistently over many days', () => {
    for (let d = 0; d < 800; d += 7) {
      const date = new Date(Date.UTC(2019, 0, 1 + d));
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth() + 1;
      const dd = date.getUTCDate();
      const l = solarToLunar(y, m, dd);
      expect(lunarToSolar(l.year, l.month, l.day, l.leap)).toEqual({ year: y, month: m, day: dd });
    }
  });
  it('mid-autumn and the last day of the year', () => {
    expect(lunarToSolar(2021, 8, 15)).toEqual({ year: 2021, month: 9, day: 21 });
    expect(solarToLunar(2021, 2, 11)).toEqual({ year: 2020, month: 12, day: 30, leap: false });
  });
});

describe('date values and details', () => {
  it('gives grain, part of day, filled parts and the period', () => {
    const [r] = dates('Chiều 21/7, đoàn đến.', '2021-07-21');
    expect(r!.value).toBe('2021-07-21TAF');
    expect(r!.detail).toMatchObject({ grain: 'partOfDay', partOfDay: 'AF', filled: ['year'], startDate: '2021-07-21', endDate: '2021-07-22' });
  });
  it('marks relative expressions', () => {
    const [r] = dates('Hôm qua trời mưa.', '2021-03-01');
    expect(r!.value).toBe('2021-02-28');
    expect(r!.detail?.relative).toBe(true);
  });
  it('keeps the lunar date it read', () => {
    const [r] = dates('Ngày 15/8 âm lịch năm 2021 là Tết Trung thu.');
    expect(r!.value).toBe('2021-09-21');
    expect(r!.detail?.lunar).toEqual({ year: 2021, month: 8, day: 15 });
  });
  it('leaves unresolvable parts as X without a reference date', () => {
    expect(dates('Ngày 21/7, hội nghị khai mạc.').map((r) => r.value)).toEqual(['XXXX-07-21']);
    expect(dates('Hôm qua trời mưa.').map((r) => r.value)).toEqual(['XXXX-XX-XX']);
  });
  it('accepts a Date as reference date', () => {
    const r = extract('Hôm nay trời đẹp.', { types: ['date'], referenceDate: new Date(2021, 6, 21) }) as DateRecord[];
    expect(r[0]!.value).toBe('2021-07-21');
  });
  it('maps offsets back to the original input', () => {
    const input = 'Vào chiều\u00a021/7/2021, ho\u0300a bình.';
    const [r] = dates(input);
    expect(input.slice(r!.start, r!.end)).toBe(r!.text);
    expect(r!.text).toBe('chiều\u00a021/7/2021');
  });
});

describe('document date', () => {
  it('reads a dated first line or a dateline', () => {
    expect(documentDate('date 2021-07\nNội dung')).toEqual({ year: 2021, month: 7, day: undefined });
    expect(documentDate('Thứ Tư, 21/7/2021 14:30 GMT+7\nNội dung')).toEqual({ year: 2021, month: 7, day: 21 });
    expect(documentDate('Một bài báo không ghi ngày.\nNội dung')).toBeUndefined();
  });
});

describe('calendar helpers', () => {
  it('ISO weeks', () => {
    expect(isoWeek({ year: 2021, month: 7, day: 21 })).toEqual({ year: 2021, week: 29 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  });
});

describe('running time', () => {
  it('stays linear on long and adversarial inputs', () => {
    const pieces = ['ngày ', '21/7', ' - ', 'từ ', 'đến ', 'năm ', '2021', ' quý ', 'I', '/', 'thứ ', 'hai ', 'sáng ', '14h30 ', '1-', '2-', '3'];
    let s = '';
    for (let i = 0; s.length < 200_000; i++) s += pieces[(i * 7) % pieces.length];
    expectLinear((x) => dates(x, '2021-07-21'), s);
  });
});

describe('year figures', () => {
  it('a year figure before `tháng trước` counts no months ago', () => {
    // Was `2030 tháng trước` = 2030 months ago (1857-01), and `2025-2026 tháng trước` a
    // range from 2025 back to 1857.
    for (const text of ['Kế hoạch 2026-2030 tháng trước đã được thông qua.', 'Năm học 2025-2026 tháng trước đã khép lại.']) {
      const ds = dates(text, '2026-03-10');
      expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) expect(JSON.stringify(d.value)).not.toMatch(/18\d\d/);
    }
  });
});

describe('year ranges', () => {
  it('stated years running back make no range', () => {
    for (const text of ['Giai đoạn 2030 - 2025 được ghi trong báo cáo.', 'Từ năm 2020 đến năm 2015, giá tăng.']) {
      for (const d of dates(text, '2026-03-10')) {
        if (typeof d.value === 'object') expect(d.value.from <= d.value.to).toBe(true);
      }
    }
  });
});
