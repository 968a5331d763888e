/**
 * Tables the person analysis builds at first use from vocabulary ids (no string hashed,
 * to keep the first extract call short) must say what the word lists say.
 */
import { describe, expect, it } from 'vitest';
import { PREFIX_FORMS, prefixFormIds } from '../src/entities/person/analysis.js';
import { vocabSize, vocabWord } from '../src/entities/person/lexicon.js';

describe('lazily built person tables', () => {
  it('prefixFormIds flags exactly the vocabulary words that are prefix forms', () => {
    const ids = prefixFormIds();
    const forms = PREFIX_FORMS();
    for (let id = 0; id < vocabSize(); id++) expect(ids[id] === 1, vocabWord(id)).toBe(forms.has(vocabWord(id)));
  });
});
