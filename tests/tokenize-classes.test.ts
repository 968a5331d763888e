/**
 * The tokenizer classes the code units of Vietnamese text (ASCII, Latin-1, Vietnamese
 * letters, general punctuation) without the `\p{…}` regexes: these classes must be
 * exactly the regexes' (letter or mark, uppercase, lowercase), seen through tokens.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenize/index.js';

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function check(c: number): void {
  const ch = String.fromCharCode(c);
  const letter = LETTER.test(ch);
  // A letter continues a word; anything else (here) ends it.
  expect([c, tokenize(`a${ch}a`).length === 1]).toEqual([c, letter]);
  if (!letter) return;
  // `cap`: the first letter is uppercase.
  expect([c, tokenize(`${ch}a`)[0]!.cap]).toEqual([c, UPPER.test(ch)]);
  // `upper`: uppercase first letter and no lowercase letter after it.
  expect([c, tokenize(`A${ch}`)[0]!.upper]).toEqual([c, !LOWER.test(ch)]);
}

describe('tokenizer code unit classes', () => {
  it('match the Unicode property regexes on Latin, Vietnamese and punctuation code units', () => {
    for (const [from, to] of [[0, 0x250], [0x1e00, 0x1f00], [0x2000, 0x2070]] as const) {
      for (let c = from; c < to; c++) if (!(c >= 48 && c <= 57)) check(c);
    }
  });
});
