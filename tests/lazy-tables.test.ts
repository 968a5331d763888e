/**
 * Tables the person analysis builds at first use from vocabulary ids (no string hashed,
 * to keep the first extract call short) must say what the word lists say.
 */
import { describe, expect, it } from 'vitest';
import { PREFIX_FORMS, prefixFormIds } from '../src/entities/person/analysis.js';
import { latinLetterOrMark } from '../src/normalize/tone.js';
import { hashAt, hashOf, lexicons, plainLetters, vocabSize, vocabWord, wordId } from '../src/entities/person/lexicon.js';

describe('lazily built person tables', () => {
  it('prefixFormIds flags exactly the vocabulary words that are prefix forms', () => {
    const ids = prefixFormIds();
    const forms = PREFIX_FORMS();
    // (Entries of the name word sets with a space, `chiến thắng`, are vocabulary words no token has.)
    for (let id = 0; id < vocabSize(); id++) if (!vocabWord(id).includes(' ')) expect(ids[id] === 1, vocabWord(id)).toBe(forms.has(vocabWord(id)));
  });

  it('lastIds are the ids of lastKeys', () => {
    const t = lexicons().honorifics;
    expect(new Set(t.lastIds())).toEqual(new Set([...t.lastKeys].map((k) => wordId(k))));
  });

  it('plainLetters says plain only of plain lists', () => {
    const ALL_PLAIN = /^\p{L}+(?:[ \n]\p{L}+)*$/u;
    const alphabet = ['a', 'Z', 'đ', 'Ư', 'ệ', 'ỹ', 'é', ' ', '\n', '1', '-', '×', '\u0301', '\u02bc', 'ß'];
    let seed = 7;
    const rand = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let n = rand(8); n > 0; n--) s += alphabet[rand(alphabet.length)];
      if (plainLetters(s)) expect(ALL_PLAIN.test(s), JSON.stringify(s)).toBe(true);
    }
    expect(plainLetters('hải quân\nchính phủ')).toBe(true);
    for (const s of ['', ' a', 'a ', 'a  b', 'a\n\nb', 'a\n', 'a1']) expect(plainLetters(s), JSON.stringify(s)).toBe(false);
  });

  it('finds every vocabulary word by its hash (the snapshot holds the hashes)', () => {
    for (let id = 0; id < vocabSize(); id++) expect(wordId(vocabWord(id)), vocabWord(id)).toBe(id);
  });

  it('prefixFormHashes are the hashes of prefixForms, in order', () => {
    const L = lexicons();
    const forms = [...L.prefixForms];
    expect(L.prefixFormHashes.length).toBe(2 * forms.length);
    forms.forEach((f, k) => expect(hashAt(L.prefixFormHashes, k), f).toBe(hashOf(f)));
  });

  it('latinLetterOrMark is the letter-or-mark regex on the Latin and Vietnamese blocks', () => {
    const re = /^[\p{L}\p{M}]$/u;
    for (let c = 0; c < 0x250; c++) expect(latinLetterOrMark(c), c.toString(16)).toBe(re.test(String.fromCharCode(c)));
    for (let c = 0x1e00; c < 0x1f00; c++) expect(latinLetterOrMark(c), c.toString(16)).toBe(re.test(String.fromCharCode(c)));
  });
});
