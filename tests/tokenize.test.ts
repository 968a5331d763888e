import { describe, expect, it } from 'vitest';
import { sentences, tokens } from '../src/index.js';

const texts = (s: string): string[] => tokens(s).map((t) => t.text);

describe('tokens', () => {
  it('keeps numbers in Vietnamese notation whole', () => {
    expect(texts('42.200 7,7 21/7/2021 14h30 1.234.567,89 8h')).toEqual([
      '42.200',
      '7,7',
      '21/7/2021',
      '14h30',
      '1.234.567,89',
      '8h',
    ]);
  });

  it('splits punctuation into its own tokens and keeps syllables whole', () => {
    expect(texts('Ông Nguyễn Văn Thể (Bộ trưởng) nói: "tăng 7,7%".')).toEqual([
      'Ông', 'Nguyễn', 'Văn', 'Thể', '(', 'Bộ', 'trưởng', ')', 'nói', ':', '"', 'tăng', '7,7', '%', '"', '.',
    ]);
  });

  it('gives offsets into the original text, also for NFD input', () => {
    const input = 'Chủ tịch Quốc hội'.normalize('NFD');
    for (const t of tokens(input)) expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(tokens(input).map((t) => t.text.normalize('NFC'))).toEqual(['Chủ', 'tịch', 'Quốc', 'hội']);
  });

  it('marks kinds, capitals and line starts', () => {
    const ts = tokens('UBND tỉnh\n12 người');
    expect(ts.map((t) => t.kind)).toEqual(['word', 'word', 'number', 'word']);
    expect(ts[0]!.upper).toBe(true);
    expect(ts[1]!.cap).toBe(false);
    expect(ts[2]!.lineStart).toBe(true);
  });
});

describe('sentences', () => {
  const split = (s: string): string[] => sentences(s).map((x) => x.text);

  it('splits on terminal punctuation before a capital', () => {
    expect(split('Ông A đến. Bà B đi! Ai về? Tôi.')).toEqual(['Ông A đến.', 'Bà B đi!', 'Ai về?', 'Tôi.']);
  });

  it('does not split after abbreviations, initials, decimals or dates', () => {
    expect(split('TP. Hồ Chí Minh có PGS.TS. Nguyễn Văn A và anh N.V.A ngày 21.7.2021 tăng 7.5 lần.')).toHaveLength(1);
    expect(split('Ông Trần Văn B, ThS. Lê C và Tp. Huế.')).toHaveLength(1);
  });

  it('splits at a missing space after a period', () => {
    expect(split('cô gái.Dựa vào đó')).toEqual(['cô gái.', 'Dựa vào đó']);
  });

  it('treats line breaks as boundaries and keeps closing quotes', () => {
    expect(split('Dòng một\nDòng hai')).toEqual(['Dòng một', 'Dòng hai']);
    expect(split('Ông nói: "Tốt lắm." Sau đó về.')).toEqual(['Ông nói: "Tốt lắm."', 'Sau đó về.']);
    expect(split('Mưa to! "Tốt" là lời ông.')).toEqual(['Mưa to!', '"Tốt" là lời ông.']);
  });

  it('handles ellipses', () => {
    expect(split('Chờ đã... Rồi đi.')).toEqual(['Chờ đã...', 'Rồi đi.']);
    expect(split('Chờ đã… rồi đi.')).toHaveLength(1);
  });
});
