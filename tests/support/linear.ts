/**
 * A guard against super-linear running time (a regex that backtracks, a rule that rescans), not
 * a speed claim: `run` on `text` twice over must take no more than a few times `run` on `text`,
 * each timed at its best of two. The bound is relative, so a busy machine (which slows both
 * halves alike) does not fail it; the floor keeps a near-zero first time from making it flaky.
 */
import { expect } from 'vitest';

function best(run: (s: string) => unknown, s: string): number {
  let t = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    run(s);
    t = Math.min(t, performance.now() - t0);
  }
  return t;
}

export function expectLinear(run: (s: string) => unknown, text: string, floorMs = 2000): void {
  const once = best(run, text);
  const twice = best(run, text + text);
  // Linear: about 2x. Quadratic would be 4x and more on inputs this long.
  expect(twice).toBeLessThan(Math.max(floorMs, 3.5 * once));
}
