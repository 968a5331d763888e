/** The pipeline's overlap resolution: the by-start fast path keeps what the policy keeps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/entities/recognizer.js';
import { resolveOverlaps, resolveOverlapsByStart } from '../src/pipeline.js';
import { candidate, LEN } from './support/candidates.js';

describe('resolveOverlapsByStart', () => {
  it('equals resolveOverlaps sorted by start (same candidate objects, same order)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (cands) => {
        const want = resolveOverlaps([...cands], LEN).sort((a, b) => a.start - b.start);
        const got = resolveOverlapsByStart([...cands], LEN);
        expect(got.length).toBe(want.length);
        for (let i = 0; i < got.length; i++) expect(got[i]).toBe(want[i]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps disjoint candidates all, sorted by start', () => {
    const c = (start: number, end: number): Candidate => ({ type: 'date', start, end, fields: {} }) as Candidate;
    const a = c(10, 14);
    const b = c(0, 3);
    const d = c(3, 10);
    expect(resolveOverlapsByStart([a, b, d], 20)).toEqual([b, d, a]);
  });
});
