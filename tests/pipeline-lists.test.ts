/** The pipeline's merge of per-recognizer candidate lists keeps what resolveOverlapsByStart keeps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/entities/recognizer.js';
import { resolveListsByStart, resolveOverlapsByStart } from '../src/pipeline.js';
import { candidate, LEN } from './support/candidates.js';

/** A list as a recognizer returns it (sorted by start), or as it comes (any order). */
const list = fc.tuple(fc.array(candidate, { maxLength: 8 }), fc.boolean()).map(([l, sorted]) => (sorted ? l.sort((a, b) => a.start - b.start) : l));

describe('resolveListsByStart', () => {
  it('equals resolveOverlapsByStart of the lists joined (same candidate objects, same order)', () => {
    fc.assert(
      fc.property(fc.array(list, { maxLength: 5 }), (lists) => {
        const want = resolveOverlapsByStart(lists.flat(), LEN);
        const got = resolveListsByStart(lists, LEN);
        expect(got.length).toBe(want.length);
        for (let i = 0; i < got.length; i++) expect(got[i]).toBe(want[i]);
      }),
      { numRuns: 3000 },
    );
  });

  it('merges disjoint sorted lists by start', () => {
    const c = (start: number, end: number): Candidate => ({ type: 'date', start, end, fields: {} }) as Candidate;
    const a = c(10, 14);
    const b = c(0, 3);
    const d = c(3, 10);
    const e = c(20, 22);
    expect(resolveListsByStart([[b, a], [d, e]], 30)).toEqual([b, d, a, e]);
  });
});
