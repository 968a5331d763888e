/**
 * The scratch copies of code units that normalize and the tokenizer scan: exact copies
 * with a 0 after, and no result depends on what an earlier, longer text left behind.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { CodeUnits } from '../src/normalize/units.js';
import { splitSentences, tokenize } from '../src/tokenize/index.js';

const units = (u: Uint16Array, n: number): number[] => Array.from(u.subarray(0, n));

function check(cu: CodeUnits, s: string): void {
  const u = cu.load(s);
  const want: number[] = [];
  for (let i = 0; i < s.length; i++) want.push(s.charCodeAt(i));
  expect(units(u, s.length)).toEqual(want);
  expect(u[s.length]).toBe(0);
}

describe('CodeUnits', () => {
  it('copies code units as they are (lone surrogates, NUL) and puts a 0 after them', () => {
    const cu = new CodeUnits();
    check(cu, 'Nguyễn Văn A\ud800 b\udc00\u0000\uffff😀');
    check(cu, 'x'.repeat(10000)); // grows
    check(cu, 'ab'); // shorter than what the array holds: the 0 still follows
    check(cu, '');
    check(cu, 'y'.repeat(70000)); // longer than any chunk: a one-off array
    check(cu, 'đ');
  });

  describe('without Node Buffer (browsers)', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });
    it('copies the same code units with a plain loop', async () => {
      vi.stubGlobal('Buffer', undefined);
      vi.resetModules();
      const mod = await import('../src/normalize/units.js');
      const cu = new mod.CodeUnits();
      check(cu, 'Hòa\ud800 ở đây 2021');
      check(cu, 'z'.repeat(5000));
      check(cu, 'q');
    });
  });
});

const FILLERS = ['a'.repeat(3000), '1'.repeat(3000), '.'.repeat(3000), ' '.repeat(3000), 'à'.repeat(3000), '\u0301'.repeat(3000)];

describe('no stale reads', () => {
  it('short texts after long ones', () => {
    for (const f of FILLERS) {
      tokenize(f);
      normalize(f);
      expect(tokenize('a').map((t) => [t.text, t.end])).toEqual([['a', 1]]);
      tokenize(f);
      expect(tokenize('14h').map((t) => t.text)).toEqual(['14h']);
      tokenize(f);
      expect(tokenize('7,').map((t) => t.text)).toEqual(['7', ',']);
      tokenize(f);
      expect(tokenize('..').map((t) => t.text)).toEqual(['.', '.']);
      tokenize(f);
      expect(tokenize('x ').map((t) => t.text)).toEqual(['x']);
      normalize(f);
      expect(normalize('ò').text).toBe('ò');
      normalize(f);
      expect(normalize('hoà').text).toBe('hòa');
      normalize(f);
      expect(normalize('o').text).toBe('o');
    }
  });

  it('tokens, sentences and normalized text do not depend on the text before', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aàAĐ1.,h: \n\u0301!?'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(text, (s) => {
        const results = FILLERS.map((f) => {
          normalize(f);
          const n = normalize(s);
          tokenize(f);
          const toks = tokenize(n.text);
          return JSON.stringify([n.text, toks, splitSentences(toks)]);
        });
        for (const r of results) expect(r).toBe(results[0]);
      }),
      { numRuns: 300 },
    );
  });
});
