/** The pipeline's overlap resolution: the by-start fast path keeps what the policy keeps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/entities/recognizer.js';
import { resolveOverlaps, resolveOverlapsByStart } from '../src/pipeline.js';
import { ENTITY_TYPES } from '../src/types.js';

const LEN = 60;
const candidate = fc
  .record({
    type: fc.constantFrom(...ENTITY_TYPES),
    start: fc.integer({ min: -2, max: LEN + 2 }),
    length: fc.integer({ min: -1, max: 12 }),
    priority: fc.option(fc.integer({ min: -1, max: 2 }), { nil: undefined }),
  })
  .map(({ type, start, length, priority }) => {
    const c = { type, start, end: start + length, fields: {} } as Candidate;
    if (priority !== undefined) c.priority = priority;
    return c;
  });

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
