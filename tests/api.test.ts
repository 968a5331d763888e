import { describe, expect, it } from 'vitest';
import { extract, ENTITY_TYPES } from '../src/index.js';

describe('extract API', () => {
  it('returns [] for empty text', () => {
    expect(extract('')).toEqual([]);
    expect(extract('   \n ')).toEqual([]);
  });

  it('throws a TypeError for non-string text', () => {
    for (const bad of [null, undefined, 42, {}, [], Symbol('x')]) {
      expect(() => extract(bad as unknown as string)).toThrow(TypeError);
    }
    expect(() => extract(null as unknown as string)).toThrow(/expected text to be a string/);
  });

  it('validates options with errors naming the option', () => {
    expect(() => extract('a', 5 as unknown as object)).toThrow(TypeError);
    expect(() => extract('a', { types: ['people'] as unknown as ['person'] })).toThrow(/option types/);
    expect(() => extract('a', { types: ['people'] as unknown as ['person'] })).toThrow(RangeError);
    expect(() => extract('a', { types: 'person' as unknown as ['person'] })).toThrow(TypeError);
    expect(() => extract('a', { referenceDate: '2021-02-30' })).toThrow(RangeError);
    expect(() => extract('a', { referenceDate: '21/7/2021' })).toThrow(/referenceDate/);
    expect(() => extract('a', { referenceDate: new Date('nope') })).toThrow(RangeError);
    expect(() => extract('a', { referenceDate: 20210721 as unknown as string })).toThrow(TypeError);
    expect(() => extract('a', { colour: true } as unknown as object)).toThrow(/unknown option 'colour'/);
  });

  it('accepts valid options', () => {
    expect(() => extract('a', { types: [...ENTITY_TYPES], referenceDate: '2024-02-29' })).not.toThrow();
    expect(() => extract('a', { referenceDate: new Date(2021, 6, 21) })).not.toThrow();
    expect(extract('Chủ tịch', { types: [] })).toEqual([]);
  });

  it('validates caller lexicons as data', () => {
    expect(() => extract('a', { lexicons: { posts: 'x' as unknown as string[] } })).toThrow(/lexicons.posts/);
    expect(() => extract('a', { lexicons: { posts: [1 as unknown as string] } })).toThrow(/lexicons.posts\[0\]/);
    expect(() => extract('a', { lexicons: { cities: [] } as unknown as object })).toThrow(/unknown key 'cities'/);
    expect(() => extract('a', { lexicons: { posts: ['  '] } })).toThrow(/empty/);
    const polluted = JSON.parse('{"__proto__": {"polluted": 1}, "names": ["constructor", "prototype", "__proto__"]}') as object;
    expect(() => extract('constructor', { lexicons: polluted })).toThrow(/unknown key '__proto__'/);
    expect(() => extract('constructor', { lexicons: { names: ['constructor', '__proto__'] } })).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('long inputs', () => {
  it('are processed in chunks cut at line breaks, spaces, or safe positions', async () => {
    const { chunkEnd, CHUNK_SIZE } = await import('../src/pipeline.js');
    expect(chunkEnd('abc', 0, 10)).toBe(3);
    const lines = 'dòng một\n'.repeat(100);
    const cut = chunkEnd(lines, 0, 50);
    expect(lines[cut - 1]).toBe('\n');
    const words = 'chữ '.repeat(100);
    expect(words[chunkEnd(words, 0, 50) - 1]).toBe(' ');
    const marks = 'x'.repeat(40) + 'a' + '\u0301'.repeat(100);
    expect(chunkEnd(marks, 0, 50)).toBe(40);
    const emoji = '🙂'.repeat(100);
    const e = chunkEnd(emoji, 0, 51);
    expect(e % 2).toBe(0);
    // Longer than any news article, so an article is never cut.
    expect(CHUNK_SIZE).toBeGreaterThanOrEqual(32_768);
  });

  it('keep offsets into the whole input', () => {
    const para = 'Sáng 12/3/2022, Chủ tịch UBND tỉnh Trần Văn Hùng cho biết doanh thu đạt 1.250 tỷ đồng, tăng 12,5%.\n';
    const text = para.repeat(Math.ceil(700_000 / para.length));
    const recs = extract(text, { referenceDate: '2022-03-13' });
    let last = 0;
    for (const r of recs) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(r.start).toBeGreaterThanOrEqual(last);
      last = r.end;
      const h = (r as { holder?: { start: number; end: number; text: string } }).holder;
      if (h) expect(text.slice(h.start, h.end)).toBe(h.text);
    }
  });
});
