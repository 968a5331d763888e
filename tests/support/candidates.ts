/** Random pipeline candidates for the overlap-resolution property tests. */
import fc from 'fast-check';
import type { Candidate } from '../../src/entities/recognizer.js';
import { ENTITY_TYPES } from '../../src/types.js';

/** Length of the text the candidates lie in (starts and ends may fall a little outside it). */
export const LEN = 60;

/** A candidate of any type, possibly empty or inverted, with or without a priority. */
export const candidate = fc
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
