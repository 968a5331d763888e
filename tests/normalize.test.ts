import { describe, expect, it } from 'vitest';
import { foldAccents, foldKey, normalize, placeTones } from '../src/index.js';
import { foldKeyAligned } from '../src/normalize/index.js';

describe('normalize', () => {
  it('composes NFD and mixed input to NFC', () => {
    const nfc = 'Nguyễn Thị Kim Ngân, Phó Bí thư Thường trực Tỉnh ủy';
    expect(normalize(nfc.normalize('NFD')).text).toBe(nfc);
    const mixed = nfc.slice(0, 10).normalize('NFD') + nfc.slice(10);
    expect(normalize(mixed).text).toBe(nfc);
  });

  it('maps the new tone style to the old one, and back on request', () => {
    expect(normalize('hoà thuỷ khoẻ Uỷ ban Hoà Bình xoá').text).toBe('hòa thủy khỏe Ủy ban Hòa Bình xóa');
    expect(normalize('hòa thủy khỏe Ủy', { toneStyle: 'new' }).text).toBe('hoà thuỷ khoẻ Uỷ');
    expect(normalize('HOÀ THUỶ').text).toBe('HÒA THỦY');
  });

  it('leaves rhymes with a final consonant or a third vowel alone', () => {
    for (const w of ['hoàng', 'toán', 'quyết', 'khuỷu', 'ngoài', 'Quỳnh', 'quý', 'gìn', 'già', 'thuyền']) {
      expect(normalize(w).text).toBe(w);
      expect(normalize(w, { toneStyle: 'new' }).text).toBe(w);
    }
  });

  it('fixes a tone misplaced on the u of qu', () => {
    expect(normalize('qúy').text).toBe('quý');
    expect(normalize('qùa').text).toBe('quà');
  });

  it('maps look-alikes, odd spaces, zero-width characters, BOM and CRLF', () => {
    const input = '\uFEFFÐà\u00a0Nẵng\u200b\r\nx\u2013y “z”\u2009％';
    const { text } = normalize(input);
    expect(text).toBe('Đà Nẵng\nx-y "z" %');
  });

  it('keeps a map from every normalized span to the original', () => {
    const input = '\uFEFFHo\u0300a\u00a0Bi\u0300nh\r\nđi\u200b học';
    const { text, map } = normalize(input);
    expect(text).toBe('Hòa Bình\nđi học');
    const find = (s: string): [number, number] => {
      const i = text.indexOf(s);
      return map.toOriginal(i, i + s.length);
    };
    const [s1, e1] = find('Hòa');
    expect(input.slice(s1, e1)).toBe('Ho\u0300a');
    const [s2, e2] = find('Bình');
    expect(input.slice(s2, e2)).toBe('Bi\u0300nh');
    const [s3, e3] = find('học');
    expect(input.slice(s3, e3)).toBe('học');
    const [s4, e4] = find('Hòa Bình');
    expect(input.slice(s4, e4)).toBe('Ho\u0300a\u00a0Bi\u0300nh');
  });

  it('throws a TypeError for non-strings and a RangeError for a bad tone style', () => {
    expect(() => normalize(null as unknown as string)).toThrow(TypeError);
    expect(() => normalize('a', { toneStyle: 'x' as 'old' })).toThrow(RangeError);
  });

  it('placeTones keeps the length', () => {
    const s = 'hoà thuỷ khoẻ';
    expect(placeTones(s, 'old')).toHaveLength(s.length);
  });
});

describe('folding', () => {
  it('removes all marks and maps đ', () => {
    expect(foldAccents('Nguyễn Đức Hoà')).toBe('Nguyen Duc Hoa');
    expect(foldAccents('Ð'.normalize('NFD'))).toBe('D');
    expect(foldKey('  Hòa   BÌNH ')).toBe('hoa binh');
  });

  it('aligned fold keeps offsets', () => {
    const t = 'Đường Võ Văn Kiệt, TP. Hồ Chí Minh';
    const { lower, fold } = foldKeyAligned(t);
    expect(lower).toHaveLength(t.length);
    expect(fold).toHaveLength(t.length);
    expect(fold).toBe('duong vo van kiet, tp. ho chi minh');
    expect(lower).toBe('đường võ văn kiệt, tp. hồ chí minh');
  });
});
