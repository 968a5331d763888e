import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenize/index.js';
import { normalize } from '../src/normalize/index.js';
import { parseDigits, parseNumberWords, parseRoman, readNumberAt, joinDigitGroups } from '../src/numbers/index.js';

const ex = (s: string): string | null => parseDigits(s)?.exact ?? null;

describe('parseDigits', () => {
  it.each([
    ['42.200', '42200'],
    ['486,8', '486.8'],
    ['1.234.567,89', '1234567.89'],
    ['253.499,60', '253499.6'],
    ['1,5', '1.5'],
    ['1,500', '1.5'],
    ['1,500,000', '1500000'],
    ['1,234,567.5', '1234567.5'],
    ['3.5', '3.5'],
    ['12.75', '12.75'],
    ['0.125', '0.125'],
    ['1 500', '1500'],
    ['1 500 000,5', '1500000.5'],
    ['100', '100'],
    ['007', '7'],
    ['2.000', '2000'],
  ])('%s -> %s', (s, want) => expect(ex(s)).toBe(want));
  it.each(['1.2.3', '21/7', '1,2,3', '12a', '', '1.23.456', '1.234,5.6', '14h30'])('%s -> null', (s) =>
    expect(ex(s)).toBeNull(),
  );
  it('can refuse dotted decimals', () => expect(parseDigits('3.5', { dotDecimal: false })).toBeNull());
  it('values are the nearest number', () => {
    expect(parseDigits('486,8')!.value).toBe(486.8);
    expect(parseDigits('9.007.199.254.740.993')!.exact).toBe('9007199254740993');
  });
});

const w = (s: string): string | null => parseNumberWords(s)?.exact ?? null;

describe('parseNumberWords', () => {
  it.each([
    ['một', '1'],
    ['mười', '10'],
    ['mười lăm', '15'],
    ['mười một', '11'],
    ['hai mươi', '20'],
    ['hai mươi lăm', '25'],
    ['hai mươi mốt', '21'],
    ['ba mươi tư', '34'],
    ['chín mươi chín', '99'],
    ['một trăm', '100'],
    ['một trăm linh năm', '105'],
    ['hai trăm lẻ một', '201'],
    ['ba trăm năm mươi', '350'],
    ['một trăm rưỡi', '150'],
    ['hai trăm mốt', '210'],
    ['ba nghìn hai trăm', '3200'],
    ['ba ngàn', '3000'],
    ['hai vạn', '20000'],
    ['năm triệu', '5000000'],
    ['một tỷ', '1000000000'],
    ['một tỉ', '1000000000'],
    ['hai triệu rưỡi', '2500000'],
    ['hai triệu hai', '2200000'],
    ['ba nghìn tư', '3400'],
    ['hai chục', '20'],
    ['nửa triệu', '500000'],
    ['hai trăm nghìn', '200000'],
    ['một nghìn tỷ', '1000000000000'],
    ['hai nghìn ba trăm tỷ', '2300000000000'],
    ['bảy phẩy bảy', '7.7'],
    ['một tỷ hai trăm triệu', '1200000000'],
    ['Hai mươi', '20'],
    ['hai nghìn không trăm hai mươi', '2020'],
    ['một tỷ không trăm năm mươi triệu', '1050000000'],
    ['bốn triệu không trăm linh sáu nghìn', '4006000'],
  ])('%s -> %s', (s, want) => expect(w(s)).toBe(want));
  it.each(['tỷ', 'hàng tỷ', 'không', 'trăm', 'vài chục', 'mươi', 'không trăm hai mươi'])('%s -> null', (s) => expect(w(s)).toBeNull());
  it('reports consumption on strings', () => {
    expect(parseNumberWords('hai mươi lăm người')!.consumed).toBe('hai mươi lăm'.length);
    expect(parseNumberWords('mười năm qua')).toMatchObject({ exact: '10', consumed: 4 });
    expect(parseNumberWords('hai trăm năm')).toMatchObject({ exact: '200' });
    expect(parseNumberWords('xx năm triệu', 3)).toMatchObject({ exact: '5000000', consumed: 9 });
  });
  it('reads digits with scales', () => {
    const a = (s: string): string | null => parseNumberWords(s.split(' '))?.exact ?? null;
    expect(a('486,8 tỷ')).toBe('486800000000');
    expect(a('42.200 tỷ')).toBe('42200000000000');
    expect(a('100 nghìn tỷ')).toBe('100000000000000');
    expect(a('1 tỷ 200 triệu')).toBe('1200000000');
    expect(a('2 tỷ rưỡi')).toBe('2500000000');
    expect(a('3,7 nghìn tỷ')).toBe('3700000000000');
    expect(a('3 trăm triệu')).toBe('300000000');
    expect(a('2 tr')).toBe('2000000');
    expect(parseNumberWords(['2', 'tỷ', 'rưỡi', 'đồng'])!.consumed).toBe(3);
    expect(parseNumberWords([{ text: '50' }, { text: 'k', spaceBefore: false }])!.exact).toBe('50000');
    expect(parseNumberWords([{ text: '50' }, { text: 'k', spaceBefore: true }])!.exact).toBe('50');
    expect(parseNumberWords(['1', 'tỷ', '5', 'người'])!.exact).toBe('1500000000');
    expect(parseNumberWords(['1', 'tỷ', '25'])!.consumed).toBe(2);
    expect(parseNumberWords(['2020', 'tỷ', 'lệ'])!.consumed).toBe(1);
    expect(parseNumberWords(['hai', 'tỷ', 'phú'])!.exact).toBe('2');
    expect(parseNumberWords(['1', 'tỷ', '5', 'triệu'])!.exact).toBe('1005000000');
  });
});

describe('readNumberAt', () => {
  const at = (s: string, i = 0): { text: string; exact: string } | null => {
    const text = normalize(s).text;
    const toks = tokenize(text);
    const r = readNumberAt(toks, i);
    return r ? { text: text.slice(r.start, r.end), exact: r.exact } : null;
  };
  it('joins space groups and typo spaces', () => {
    expect(at('1 500 000 đồng')).toEqual({ text: '1 500 000', exact: '1500000' });
    expect(at('165. 434 tỷ đồng')).toEqual({ text: '165. 434 tỷ', exact: '165434000000000' });
    expect(at('50k')).toEqual({ text: '50k', exact: '50000' });
    expect(at('1 tỷ 200 triệu đồng')).toEqual({ text: '1 tỷ 200 triệu', exact: '1200000000' });
    expect(at('hai trăm nghìn đồng')).toEqual({ text: 'hai trăm nghìn', exact: '200000' });
    expect(at('21/7/2021')).toBeNull();
    expect(at('2021 2022')).toEqual({ text: '2021', exact: '2021' });
  });
  it('joinDigitGroups', () => {
    const toks = tokenize('12 345,5 đồng');
    expect(joinDigitGroups(toks, 0)!.parsed.exact).toBe('12345.5');
  });
});

describe('parseRoman', () => {
  it('reads numerals', () => {
    expect(parseRoman('XV')).toBe(15);
    expect(parseRoman('IIII')).toBeNull();
  });
});
