/** Property tests of the foundation invariants over arbitrary input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, normalize, placeTones, type EntityRecord } from '../src/index.js';

const PHRASES = [
  'Chủ tịch UBND tỉnh Vĩnh Phúc Nguyễn Văn Hòa',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'ông Trần Quốc Thủy',
  'bà Khuê',
  'Chiều 21/7/2021',
  'ngày 14 tháng 5 năm 2020',
  'quý I/2021',
  'tăng 7,7%',
  '486,8 tỷ đồng',
  '2 triệu USD',
  'từ 5% đến 7%',
  'hòa bình',
  'khỏe mạnh',
  'Ủy ban nhân dân',
  'đường Võ Văn Kiệt',
  'TP. Hồ Chí Minh',
  ', ',
  '. ',
  '\n',
  ' - ',
  'cho biết',
  'năm 2020',
  'Thủ tướng Phạm Minh Chính',
  'GS.TS Lê Thị Thủy',
  '🙂',
  '(',
  ')',
];

const vietnamese = fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 25 }).map((a) => a.join(' '));
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((a) => String.fromCharCode(...a));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  anyUnits,
  vietnamese,
  vietnamese.map((s) => s.normalize('NFD')),
  vietnamese.map((s) => placeTones(s, 'new')),
);

function checkRecords(input: string, recs: EntityRecord[]): void {
  let last = -1;
  for (const r of recs) {
    expect(input.slice(r.start, r.end)).toBe(r.text);
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(input.length);
    expect(r.start).toBeGreaterThanOrEqual(last); // sorted and non-overlapping
    last = r.end;
    expect(r.text).toBe(r.text.trim());
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  }
}

describe('properties', () => {
  it('extract never throws; records index the input, are sorted and never overlap', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        checkRecords(s, extract(s));
      }),
      { numRuns: 400 },
    );
  });

  it('normalization offset map is monotonic and in range', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { text, map } = normalize(s);
        expect(map.length).toBe(text.length);
        let ps = 0;
        let pe = 0;
        for (let i = 0; i < map.length; i++) {
          const st = map.starts[i]!;
          const en = map.ends[i]!;
          expect(st).toBeGreaterThanOrEqual(ps);
          expect(en).toBeGreaterThanOrEqual(pe);
          expect(en).toBeGreaterThan(st);
          expect(en).toBeLessThanOrEqual(s.length);
          ps = st;
          pe = en;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('normalization is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('normalized text is already in its tone style', () => {
    const toned = fc
      .array(fc.constantFrom('hoà', 'hòa', 'thuỷ', 'thủy', 'qúy', 'Quý', 'KHOẺ', 'khỏe', 'o', 'u', 'q', '\u0300', '\u200b', ' ', 'à', 'ỷ', 'ù', 'y', 'a'), {
        maxLength: 40,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, toned, toned.map((s) => s.normalize('NFD'))), (s) => {
        for (const style of ['old', 'new'] as const) {
          const t = normalize(s, { toneStyle: style }).text;
          expect(placeTones(t, style)).toBe(t);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('NFC, NFD, old and new tone styles yield the same entities', () => {
    const key = (input: string): string[] =>
      extract(input, { referenceDate: '2021-07-22' }).map((r) => `${r.type}:${normalize(r.text).text}:${JSON.stringify(r.value)}`);
    fc.assert(
      fc.property(vietnamese, (s) => {
        const base = key(s);
        expect(key(s.normalize('NFD'))).toEqual(base);
        expect(key(placeTones(s, 'new'))).toEqual(base);
        expect(key(placeTones(s, 'new').normalize('NFD'))).toEqual(base);
      }),
      { numRuns: 150 },
    );
  });
});
