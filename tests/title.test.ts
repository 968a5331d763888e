import { describe, expect, it } from 'vitest';
import { extract, type PersonRecord, type TitleRecord } from '../src/index.js';

const titles = (text: string, opts = {}): TitleRecord[] =>
  extract(text, { types: ['title'], ...opts }).filter((r): r is TitleRecord => r.type === 'title');

describe('title values', () => {
  it('splits role and organization and expands abbreviations', () => {
    const [t] = titles('Chủ tịch UBND tỉnh Vĩnh Phúc dự lễ.');
    expect(t!.value).toEqual({
      name: 'Chủ tịch UBND tỉnh Vĩnh Phúc',
      role: 'Chủ tịch',
      organization: 'UBND tỉnh Vĩnh Phúc',
      organizationExpanded: 'Ủy ban nhân dân tỉnh Vĩnh Phúc',
    });
  });
  it('keeps modifiers in the role', () => {
    const [t] = titles('Phó Bí thư Thường trực Tỉnh ủy chủ trì.');
    expect(t!.value.role).toBe('Phó Bí thư Thường trực');
    expect(t!.value.organization).toBe('Tỉnh ủy');
    expect(t!.value.organizationExpanded).toBeUndefined();
  });
  it('a bare post has a role and no organization', () => {
    const [t] = titles('Thủ tướng cho biết.');
    expect(t!.value).toEqual({ name: 'Thủ tướng', role: 'Thủ tướng' });
  });
  it('never ends a span with punctuation', () => {
    const ts = titles('Ông là Giám đốc Sở Y tế TP. Theo GS. Lê Văn Minh thì đúng.');
    for (const t of ts) expect(t.text).not.toMatch(/[.,;:]$/u);
    expect(ts.map((t) => t.text)).toEqual(['Giám đốc Sở Y tế TP', 'GS']);
  });
});

describe('holders and ids', () => {
  it('links holder spans and holderId', () => {
    const recs = extract('Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Vương Đình Huệ phát biểu.');
    const p = recs.find((r): r is PersonRecord => r.type === 'person')!;
    const ts = recs.filter((r): r is TitleRecord => r.type === 'title');
    expect(ts.map((t) => t.holder?.text)).toEqual(['Vương Đình Huệ', 'Vương Đình Huệ']);
    expect(ts.every((t) => t.holderId === p.id)).toBe(true);
    expect(ts[0]!.holder).toEqual({ start: p.start, end: p.end, text: p.text });
  });
  it('a later bare title referring back gets the holder id but no holder span', () => {
    const recs = extract('Phó Bí thư Thường trực Tỉnh ủy Phạm Hoàng Anh chủ trì. Sau đó, Phó Bí thư Thường trực Tỉnh ủy kết luận.');
    const ts = recs.filter((r): r is TitleRecord => r.type === 'title');
    expect(ts).toHaveLength(2);
    expect(ts[1]!.holder).toBeUndefined();
    expect(ts[1]!.holderId).toBe(ts[0]!.holderId);
  });
  it('verbs of leaving give no holder; tense does not matter', () => {
    expect(titles('Ông Lê Văn An thôi chức Giám đốc Sở Y tế.')[0]!.holder).toBeUndefined();
    expect(titles('Ông Lê Văn An sẽ trở thành Giám đốc Sở Y tế.')[0]!.holder?.text).toBe('Lê Văn An');
    expect(titles('Ông Lê Văn An từng làm Giám đốc Sở Y tế.')[0]!.holder?.text).toBe('Lê Văn An');
  });
});

describe('caller posts and organizations', () => {
  it('accepts extra posts and organizations', () => {
    expect(titles('Tổng giám sát viên chương trình phát biểu.')).toEqual([]);
    expect(titles('Tổng giám sát viên chương trình phát biểu.', { lexicons: { posts: ['Tổng giám sát viên'] } }).map((t) => t.text)).toEqual([
      'Tổng giám sát viên',
    ]);
    expect(
      titles('Giám đốc Quxora Việt Nam Lê Văn An cho biết.', { lexicons: { organizations: ['Quxora Việt Nam'] } }).map((t) => t.text),
    ).toEqual(['Giám đốc Quxora Việt Nam']);
  });
});

describe('properties on random text', () => {
  it('spans are exact slices, never overlap, never end with punctuation or space', async () => {
    const fc = await import('fast-check');
    const parts = ['Ông', 'ông', 'Nguyễn', 'Văn', 'A', 'Chủ tịch', 'UBND', 'tỉnh', ',', '.', '-', '(', ')', 'TP.', 'Phó', 'của', 'là', 'GS.TS', 'N.V.A', 'Ảnh:', '\n', 'Joe', 'Biden', 'von', 'der', 'Bộ', 'Sở', 'Y tế', 'kiêm', 'các', '3', 'khóa', 'XIII', '"', 'Hà Nội', 'Trường', 'đường', 'bầu', 'NGUYỄN', '&', 'Thủ tướng', 'Prayut'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...parts), fc.boolean()), { maxLength: 40 }), (arr) => {
        const text = arr.map(([p, sp]) => p + (sp ? ' ' : '')).join('');
        const recs = extract(text, { types: ['person', 'title'] });
        for (const r of recs) {
          expect(text.slice(r.start, r.end)).toBe(r.text);
          expect(r.text).not.toMatch(/^\s|\s$|[,;:.]$/u);
        }
        for (let i = 1; i < recs.length; i++) expect(recs[i]!.start).toBeGreaterThanOrEqual(recs[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
