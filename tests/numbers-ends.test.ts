/** endsAtOnce (src/numbers/tokens.ts): where it holds, readNumberAt reads no number, or one ending at the next token with no scale. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc.js';
import { endsAtOnce, readNumberAt } from '../src/numbers/tokens.js';

const PIECES = ['5', '12', '434', '. ', '1.500', '2,5', '500', '000', '165', '.', ',', '-', '%', ' ', ' ', ' ', 'năm', 'hai', 'mươi', 'lăm', 'tỷ', 'triệu', 'nghìn', 'rưỡi', 'đồng', 'người', 'USD', 'trăm', 'chục', 'một', 'linh', 'k', '\n', '/', 'và'];

describe('endsAtOnce', () => {
  it('holds only where readNumberAt gives null or a number of one token without a scale', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const doc = createDoc(parts.join(''));
        for (let i = 0; i < doc.tokens.length; i++) {
          if (!endsAtOnce(doc.tokens, i, doc.lower)) continue;
          const n = readNumberAt(doc.tokens, i, {}, doc.lower);
          if (n !== null) {
            expect(n.last).toBe(i + 1);
            expect(n.scaled).toBe(false);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
