/**
 * `doc.lower`, now made by the tokenizer code unit by code unit, is exactly what
 * lowercasing the normalized text natively gives (the aligned table where that changes
 * the length), for every BMP code unit and in context (final sigma, `İ`, astral case).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDoc } from '../src/doc.js';
import { foldKeyAligned, normalize } from '../src/normalize/index.js';
import { tokenizeWithBreaks } from '../src/tokenize/index.js';

/** What createDoc computed before: native lowercasing, the aligned table if the length changes. */
function reference(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : foldKeyAligned(text).lower;
}

function expectLower(input: string): void {
  const doc = createDoc(input);
  expect(doc.lower).toBe(reference(doc.text));
  // doc.casedTokens lists exactly the tokens that are not their own lowercase, by start.
  if (doc.casedTokens !== undefined) {
    const listed = new Set<number>();
    const c = doc.casedTokens;
    for (let i = 0; i < c.length; i++) {
      if (c[i]! >= 0) listed.add(c[i]!);
      else listed.add(~c[i++]!); // `~start, end`
    }
    for (const t of doc.tokens) expect(listed.has(t.start)).toBe(doc.lower.slice(t.start, t.end) !== t.text);
  }
}

describe('doc.lower', () => {
  it('matches native lowercasing for every BMP code unit, alone and inside words', () => {
    for (let from = 0; from < 0x10000; from += 0x400) {
      const units: string[] = [];
      for (let c = from; c < from + 0x400; c++) {
        // Surrogates, `İ` and `Σ` make the tokenizer give up (tested below).
        if ((c >= 0xd800 && c <= 0xdfff) || c === 0x130 || c === 0x3a3) continue;
        const ch = String.fromCharCode(c);
        units.push(`${ch} A${ch}b ${ch}Đ 1${ch}`);
      }
      const text = units.join(' ');
      // Straight through the tokenizer (no normalization): the most code units.
      expect(tokenizeWithBreaks(text).lower).toBe(text.toLowerCase());
      expectLower(text);
    }
  });

  it('gives up where whole-text lowercasing is not code unit by code unit', () => {
    expect(tokenizeWithBreaks('ΟΔΟΣ ΑΘΗΝΑ').lower).toBeUndefined(); // final sigma
    expect(tokenizeWithBreaks('İstanbul').lower).toBeUndefined(); // İ -> i̇
    expect(tokenizeWithBreaks('𐐀 Hà Nội').lower).toBeUndefined(); // astral uppercase
    expect(tokenizeWithBreaks('Hà Nội 🙂').lower).toBeUndefined(); // any surrogate
    expect(tokenizeWithBreaks('Hà Nội, 14H30 Ⅻ Ⓐ').lower).toBe('hà nội, 14h30 ⅻ ⓐ');
    expect(tokenizeWithBreaks('hà nội').lower).toBe('hà nội');
    for (const s of ['ΟΔΟΣ ΑΘΗΝΑ', 'İstanbul', '𐐀 Hà Nội', 'Hà Nội 🙂', 'ΣΑΣ, ΣΟΦΟΣ.']) expectLower(s);
  });

  it('matches on arbitrary text', () => {
    const units = fc.constantFrom(...'aAàÀĐđ1H h.ΣσİıẞßǅǄⅫⓐ\u0301\u0345 \n,'.split(''), '\ud801\udc00', '🙂', '\ud800');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: units, maxLength: 60 }), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        expectLower(s);
      }),
      { numRuns: 1500 },
    );
  });

  it('is the same without Node Buffer (browsers)', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.resetModules();
    try {
      const doc = await import('../src/doc.js');
      for (const s of ['Chủ tịch UBND Nguyễn Văn A, 14H30', 'ΟΔΟΣ', 'x'.repeat(70000) + ' Ê', '\ufeffHà Nội']) {
        const d = doc.createDoc(s);
        expect(d.lower).toBe(reference(d.text));
      }
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('is right for texts longer than the scratch keeps', () => {
    const long = 'Ông NGUYỄN Văn An. '.repeat(5000);
    expectLower(long);
    expectLower('Bà B');
    expect(normalize(long).text).toBe(long);
  });
});
