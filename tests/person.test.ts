import { describe, expect, it } from 'vitest';
import { extract, type PersonRecord, type TitleRecord } from '../src/index.js';
import { expectLinear } from './support/linear.js';

const persons = (text: string, opts = {}): PersonRecord[] =>
  extract(text, { types: ['person'], ...opts }).filter((r): r is PersonRecord => r.type === 'person');

describe('person values', () => {
  it('splits a Vietnamese full name into surname, middle and given', () => {
    const [p] = persons('Ông Nguyễn Thị Kim Ngân phát biểu.');
    expect(p!.value).toEqual({ name: 'Nguyễn Thị Kim Ngân', surname: 'Nguyễn', middle: 'Thị Kim', given: 'Ngân' });
  });
  it('gives a compound surname whole', () => {
    const [p] = persons('Bà Tôn Nữ Thị Ninh dự hội thảo.');
    expect(p!.value.surname).toBe('Tôn Nữ');
    expect(p!.value.given).toBe('Ninh');
  });
  it('gives only the name for a given name alone', () => {
    const [, p] = persons('Ông Phạm Hoàng Anh đến dự. Theo ông Anh, việc này rất quan trọng.');
    expect(p!.text).toBe('Anh');
    expect(p!.value.name).toBe('Anh');
  });
});

describe('person offsets', () => {
  it('maps offsets back to un-normalized input (decomposed marks, new tone style)', () => {
    const input = 'Ông Nguyễn Văn Hoà cho biết.'.normalize('NFD');
    const [p] = persons(input);
    expect(input.slice(p!.start, p!.end)).toBe(p!.text);
    expect(p!.text.normalize('NFC')).toBe('Nguyễn Văn Hoà');
  });
});

describe('person ids (coreference)', () => {
  it('links a later given-name mention to the full name', () => {
    const ps = persons('Ông Phạm Hoàng Anh đến dự. Ông Lê Văn Bình cũng có mặt. Theo ông Anh, hội nghị thành công.');
    expect(ps.map((p) => p.text)).toEqual(['Phạm Hoàng Anh', 'Lê Văn Bình', 'Anh']);
    expect(ps[2]!.id).toBe(ps[0]!.id);
    expect(ps[1]!.id).not.toBe(ps[0]!.id);
  });
  it('links a foreign surname to the full name', () => {
    const ps = persons('Tổng thống Mỹ Joe Biden phát biểu. Ông Biden cho biết sẽ hỗ trợ.');
    expect(ps.map((p) => p.text)).toEqual(['Joe Biden', 'Biden']);
    expect(ps[1]!.id).toBe(ps[0]!.id);
  });
  it('gives persons their linked titles', () => {
    const recs = extract('Ông Lê Văn Bình, Giám đốc Sở Y tế, cho biết.', { types: ['person', 'title'] });
    const p = recs.find((r): r is PersonRecord => r.type === 'person')!;
    expect(p.titles?.map((t) => t.text)).toEqual(['Giám đốc Sở Y tế']);
  });
});

describe('caller lexicons', () => {
  it('accepts extra names and surnames at run time', () => {
    expect(persons('Hôm qua Xyloza đã đến.').map((p) => p.text)).toEqual([]);
    expect(persons('Hôm qua Xyloza đã đến.', { lexicons: { names: ['Xyloza'] } }).map((p) => p.text)).toEqual(['Xyloza']);
    expect(persons('Ông Giáp Văn Khoa phát biểu.', { lexicons: { surnames: ['Giáp'] } }).map((p) => p.text)).toEqual(['Giáp Văn Khoa']);
  });
  it('accepts extra places that are then not persons', () => {
    expect(persons('Du khách đến Lâm Thủy Tiên rất đông.', { lexicons: { places: ['Lâm Thủy Tiên'] } })).toEqual([]);
  });
  it('rejects malformed lexicons with a clear error', () => {
    expect(() => extract('x', { lexicons: { names: [42 as unknown as string] } })).toThrow(/lexicons\.names\[0\]/);
  });
});

describe('never overlapping, linear', () => {
  it('persons and titles never overlap', () => {
    const recs = extract('Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế ký quyết định; Bộ trưởng Bộ Tài chính Hồ Đức Phớc dự họp.');
    for (let i = 1; i < recs.length; i++) expect(recs[i]!.start).toBeGreaterThanOrEqual(recs[i - 1]!.end);
    expect(recs.filter((r) => r.type === 'person').map((r) => r.text)).toEqual(['Trần Hữu Thế', 'Hồ Đức Phớc']);
  });
  it('stays linear on long and adversarial input', () => {
    const long = 'Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết. '.repeat(2000) + 'A '.repeat(20000) + 'Bộ '.repeat(5000);
    const recs = extract(long, { types: ['person', 'title'] });
    expect(recs.length).toBeGreaterThan(3000);
    expectLinear((s) => extract(s, { types: ['person', 'title'] }), long);
  });
});

describe('titles in person-only runs', () => {
  it('title records are dropped when only persons are asked for', () => {
    const recs = extract('Thủ tướng Phạm Minh Chính phát biểu.', { types: ['person'] }) as (PersonRecord | TitleRecord)[];
    expect(recs.map((r) => r.type)).toEqual(['person']);
  });
});
