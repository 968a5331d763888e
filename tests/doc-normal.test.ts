/**
 * createDoc's quick path (text already normal: the tokenizer checks it on the way and
 * normalize is skipped) builds exactly the document the full path builds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc.js';
import { foldKeyAligned, normalize } from '../src/normalize/index.js';
import { splitSentencesAt, tokenizeNormal, tokenizeWithBreaks } from '../src/tokenize/index.js';

/** The document the full path builds: normalize, then tokenize the normalized text. */
function reference(input: string) {
  const { text, map } = normalize(input);
  const { tokens, breaks } = tokenizeWithBreaks(text);
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = foldKeyAligned(text).lower;
  return { text, map, tokens, sentences: splitSentencesAt(tokens, breaks), lower };
}

function expectSame(input: string): void {
  const doc = createDoc(input);
  const ref = reference(input);
  expect(doc.text).toBe(ref.text);
  expect(doc.lower).toBe(ref.lower);
  expect(doc.tokens).toEqual(ref.tokens);
  expect(doc.sentences).toEqual(ref.sentences);
  expect(doc.map.length).toBe(ref.map.length);
  for (let i = 0; i <= input.length + 1; i++) {
    expect(doc.map.toOriginalStart(i)).toBe(ref.map.toOriginalStart(i));
    expect(doc.map.toOriginalEnd(i)).toBe(ref.map.toOriginalEnd(i));
  }
  // The quick path is taken only when normalization changes nothing (it may decline
  // some of those: code units normalize looks at and leaves, like `Σ`).
  if (tokenizeNormal(input) !== undefined) expect(ref.text === input && sparseIdentity(input)).toBe(true);
}

/** Whether normalize(input)'s map is the identity (no cluster mapped other than one to one). */
function sparseIdentity(input: string): boolean {
  const { map } = normalize(input);
  for (let i = 0; i < input.length; i++) if (map.starts[i] !== i || map.ends[i] !== i + 1) return false;
  return true;
}

describe('createDoc quick path', () => {
  it('takes it on plain text and not where normalize changes something', () => {
    expect(tokenizeNormal('Chủ tịch UBND tỉnh Nguyễn Văn An, 14h30 ngày 21/7/2021.')).toBeDefined();
    expect(tokenizeNormal('hòa bình, thủy lợi, quý, toàn, hoàng, khoai')).toBeDefined();
    for (const s of ['hoà bình', 'thuỷ', 'qùa', 'Hoà', 'a\tb', 'a\u00a0b', 'a\r\nb', 'e\u0301', '“x”', '🙂', '\ufeffx', 'a\u200bb', 'Ð', 'Moody’s x']) {
      expect(tokenizeNormal(s)).toBeUndefined();
      expectSame(s);
    }
  });

  it('builds the same document as the full path', () => {
    for (const s of ['', ' ', '\n', "Moody's x", 'Moody’s', 'Moody’sa', 'hoà', 'oà', 'à', 'ùa', 'qùa', 'Qùy', 'hòa', 'khoẻ', 'thuỷ tinh', 'uý', 'ĐƯỜNG', 'a b  c\n\nd']) expectSame(s);
    const units = fc.constantFrom(
      ...'aàáạoòOuùúủUyýỳqQeèé hH1.,:/\n-"('.split(''),
      'hoà',
      'thuỷ',
      'qùa',
      'quý',
      'Nguyễn',
      'Moody',
      '’s',
      "'s",
      '\t',
      '\u00a0',
      '\r',
      '\u0301',
      '“',
      '🙂',
      '\ud800',
      'İ',
      'Σ',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: units, maxLength: 50 }), fc.string({ maxLength: 60 })), (s) => expectSame(s)),
      { numRuns: 1500 },
    );
  });
});
