import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract, type PercentRecord } from '../src/index.js';

const pct = (text: string): PercentRecord[] => extract(text, { types: ['percent'] }) as PercentRecord[];

describe('percent: property', () => {
  it('a percentage written with a decimal comma extracts back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.stringMatching(/^\d{0,2}$/), fc.boolean(), (n, frac, space) => {
        const written = n.toLocaleString('de-DE') + (frac ? ',' + frac : '') + (space ? ' %' : '%');
        const recs = pct(`Chỉ số tăng ${written} trong năm.`);
        expect(recs.map((r) => r.text)).toEqual([written]);
        expect(recs[0]!.value).toEqual({ value: Number(`${n}${frac ? '.' + frac : ''}`) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('percent: record fields', () => {
  it('exposes qualifiers out of the span', () => {
    const [a] = pct('Doanh thu tăng 7,7% so với năm trước.');
    expect(a!.text).toBe('7,7%');
    expect(a!.qualifier).toEqual({ text: 'tăng', direction: 'increase' });
    expect(pct('giảm khoảng 14%')[0]!.qualifier).toEqual({ text: 'giảm khoảng', direction: 'decrease', approximate: true });
    expect(pct('tỷ lệ ≥ 9%')[0]!.qualifier).toEqual({ text: '≥', bound: 'lower' });
    expect(pct('chiếm 7,7%')[0]!.qualifier).toBeUndefined();
    expect(pct('lạm phát -0,5%')[0]!.qualifier).toEqual({ text: '-', direction: 'decrease' });
    expect(pct('FPT (+3,2%)')[0]!.qualifier).toEqual({ text: '+', direction: 'increase' });
    expect(pct('giảm thêm 0,5%')[0]!.qualifier).toEqual({ text: 'giảm thêm', direction: 'decrease' });
    expect(pct('tỷ lệ 99% trở lên')[0]!.qualifier).toEqual({ text: 'trở lên', bound: 'lower' });
    expect(pct('5 - 7%')[0]!.qualifier).toBeUndefined();
  });
  it('percentage points', () => {
    expect(pct('giảm 0,5 điểm phần trăm')[0]!.value).toEqual({ value: 0.5, unit: 'point' });
    expect(pct('tăng 1-2 điểm %')[0]!.value).toEqual({ from: 1, to: 2, unit: 'point' });
  });
  it('ranges', () => {
    expect(pct('tăng 2,5-3%')[0]!.value).toEqual({ from: 2.5, to: 3 });
    const [r] = pct('tăng từ 5% đến 7%');
    expect(r!.text).toBe('từ 5% đến 7%');
    expect(r!.qualifier?.direction).toBe('increase');
  });
  it('a descending dash pair is no range (and its glued end no percentage)', () => {
    expect(pct('tỷ số 3-1% ').map((r) => r.text)).toEqual([]);
  });
});
