import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract, type MoneyRecord } from '../src/index.js';
import { expectLinear } from './support/linear.js';

const money = (text: string): MoneyRecord[] => extract(text, { types: ['money'] }) as MoneyRecord[];

/** Groups an integer string by thousands with `sep`. */
function group(int: string, sep: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += sep;
    out += int[i];
  }
  return out;
}

/** Exact decimal string of `int,frac × 10^exp`, by string arithmetic only. */
function exactOf(int: string, frac: string, exp: number): string {
  let digits = int + frac;
  let point = int.length;
  point += exp;
  while (digits.length < point) digits += '0';
  let s = digits.slice(0, point) + (point < digits.length ? '.' + digits.slice(point) : '');
  s = s.replace(/^0+(?=\d)/, '');
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

const SCALES: [string, number][] = [
  ['', 0],
  ['nghìn', 3],
  ['ngàn', 3],
  ['triệu', 6],
  ['tỷ', 9],
  ['tỉ', 9],
  ['nghìn tỷ', 12],
  ['triệu tỷ', 15],
];
const CURRENCIES: [string, string][] = [
  ['đồng', 'VND'],
  ['VNĐ', 'VND'],
  ['USD', 'USD'],
  ['đô la Mỹ', 'USD'],
  ['euro', 'EUR'],
  ['yên', 'JPY'],
  ['nhân dân tệ', 'CNY'],
  ['bảng Anh', 'GBP'],
  ['won', 'KRW'],
  ['AUD', 'AUD'],
  ['SGD', 'SGD'],
  ['baht', 'THB'],
  ['rúp', 'RUB'],
];

describe('money: property', () => {
  it('an amount written in Vietnamese notation extracts back exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999_999_999n }),
        fc.stringMatching(/^\d{0,3}$/),
        fc.constantFrom(...SCALES),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom('.', ' '),
        (n, frac, [scale, exp], [cur, code], sep) => {
          const int = n.toString();
          const written = group(int, sep) + (frac ? ',' + frac : '');
          const amount = [written, scale, cur].filter(Boolean).join(' ');
          const text = `Theo báo cáo, khoản tiền ${amount} đã được chuyển.`;
          const recs = money(text);
          const want = exactOf(int, frac, exp);
          expect(recs.map((r) => r.text)).toEqual([amount]);
          const r = recs[0]!;
          expect(r.exact).toEqual({ amount: want });
          expect(r.value).toEqual({ amount: Number(want), currency: code });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('money: record fields', () => {
  it('keeps exact decimal strings beyond 2^53', () => {
    const [r] = money('Tổng tài sản 12.345.678,9 nghìn tỷ đồng.');
    expect(r!.exact).toEqual({ amount: '12345678900000000000' });
    expect(r!.value).toEqual({ amount: 12345678900000000000, currency: 'VND' });
  });
  it('never multiplies floats', () => {
    expect(money('486,8 tỷ đồng')[0]!.value).toEqual({ amount: 486800000000, currency: 'VND' });
    expect(money('0,1 tỷ USD')[0]!.exact).toEqual({ amount: '100000000' });
    expect(money('1,005 triệu đồng')[0]!.exact).toEqual({ amount: '1005000' });
  });
  it('exposes qualifiers', () => {
    expect(money('thu hơn 5 tỷ đồng')[0]!.qualifier).toEqual({ text: 'hơn', approximate: true, bound: 'lower' });
    expect(money('giảm gần 2.000 tỷ đồng')[0]!.qualifier).toEqual({
      text: 'giảm gần',
      direction: 'decrease',
      approximate: true,
      bound: 'upper',
    });
    expect(money('khoản vay 5 tỷ đồng trở lên')[0]!.qualifier).toEqual({ text: 'trở lên', bound: 'lower' });
    expect(money('đạt 5 tỷ đồng')[0]!.qualifier).toBeUndefined();
  });
  it('keeps the per-unit tail out of the span', () => {
    const [r] = money('Giá 20.000 đồng/kg.');
    expect(r!.text).toBe('20.000 đồng');
    expect(r!.per).toBe('kg');
    expect(money('Giá 60.000 đồng/cổ phiếu.')[0]!.per).toBe('cổ phiếu');
    expect(money('Giá 200.000 đồng/6kg rau.')[0]!.per).toBe('6kg');
  });
  it('ranges carry exact ends', () => {
    const [r] = money('từ 1,2 triệu đồng đến 1,8 triệu đồng');
    expect(r!.value).toEqual({ from: 1200000, to: 1800000, currency: 'VND' });
    expect(r!.exact).toEqual({ from: '1200000', to: '1800000' });
  });
  it('maps offsets back to the original input', () => {
    const input = 'Giá\u00a0vé 50.000\u00a0đ cho người lớn.';
    const [r] = money(input);
    expect(input.slice(r!.start, r!.end)).toBe(r!.text);
    expect(r!.text).toBe('50.000\u00a0đ');
  });
  it('stays linear on long runs of numbers and number words', () => {
    const text =
      'một hai ba bốn năm sáu bảy tám chín mười '.repeat(5000) +
      '1.000 '.repeat(5000) +
      '- 5 '.repeat(5000) +
      '100 '.repeat(20000) +
      'tỷ '.repeat(5000) +
      '1 tỷ '.repeat(5000);
    expectLinear(money, text);
  });
});

describe('money and percent: fuzz', () => {
  const PIECES = [
    ' ', '\n', '5', '42.200', '486,8', '1 500', '165. 434', '-', '/', '$', 'US$', '€', '%', '(', ')', ',', '.',
    'tỷ', 'triệu', 'nghìn', 'k', 'tr', 'rưỡi', 'hai', 'mươi', 'lăm', 'trăm', 'linh', 'năm', 'mười', 'nửa', 'phẩy',
    'đồng', 'đ', 'USD', 'đô', 'la', 'Mỹ', 'bảng', 'Anh', 'phần', 'điểm', 'từ', 'đến', 'tới', 'hơn', 'gần', 'tăng',
    'giảm', 'trở', 'lên', 'kg', 'cổ', 'phiếu', 'chí', 'COVID', 'Su', '2021', 'năm', '≥', '+',
  ];
  it('never throws; spans are exact, ordered and disjoint', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (parts, spaces) => {
        const text = parts.map((p, i) => (spaces[i] ? p + ' ' : p)).join('');
        const recs = extract(text, { types: ['money', 'percent'] });
        let end = 0;
        for (const r of recs) {
          expect(text.slice(r.start, r.end)).toBe(r.text);
          expect(r.start).toBeGreaterThanOrEqual(end);
          expect(r.text).toBe(r.text.trim());
          end = r.end;
          if (r.type === 'money') {
            const v = r.value as { amount?: number; from?: number; to?: number };
            const e = r.exact as { amount?: string; from?: string; to?: string };
            if ('amount' in v) expect(Number(e.amount)).toBe(v.amount);
            else expect([Number(e.from), Number(e.to)]).toEqual([v.from, v.to]);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
