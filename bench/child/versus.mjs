/**
 * vn-extract against chrono-node's `vi` locale, head to head in one process:
 * `node bench/child/versus.mjs DOCS_JSON [quick]` (DOCS_JSON: `[{text, ref}]`).
 *
 * The target "extract (all types) at least as fast as chrono-node vi" compares two
 * throughputs. Measured minutes apart in separate processes (the peer table's figures),
 * their ratio moved with the load of this shared machine from 0.96 to 1.56 between runs
 * of the same code. Here, after a warm-up pass of each, a round of each runs in turn
 * over the same documents, each document timed on its own, and each document counts
 * with its fastest time over the rounds: a round slowed by another process's burst of
 * work (on a loaded machine, most rounds have one somewhere) costs only the documents it
 * hit, and only when every round was hit there. Prints JSON: per tool, the sum of the
 * documents' fastest times and the median round time, as MB/s and docs/s.
 * chrono-node loads in this child only, never in the main bench process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { MB, median } from '../measure.mjs';
import { refDate } from '../peers/common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [file, quick] = process.argv.slice(2);
const docs = JSON.parse(readFileSync(file, 'utf8'));
const lib = await import('../../dist/index.js');
const chrono = createRequire(join(root, 'package.json'))('chrono-node');
// The options and reference dates made once, outside the timed rounds, for both.
const jobs = docs.map((d) => ({ text: d.text, opts: d.ref ? { referenceDate: d.ref } : {}, date: refDate(d.ref) }));
const tools = [
  ['extract', (d) => lib.extract(d.text, d.opts).length],
  ['chrono', (d) => chrono.vi.parse(d.text, d.date).length],
];
const { minRounds, maxRounds, budgetMs } = quick ? { minRounds: 3, maxRounds: 3, budgetMs: 0 } : { minRounds: 9, maxRounds: 21, budgetMs: 15000 };
for (const [, f] of tools) for (const d of jobs) f(d);
const best = tools.map(() => new Float64Array(jobs.length).fill(Infinity));
const rounds = tools.map(() => []);
const start = performance.now();
let n = 0;
while (n < maxRounds && (n < minRounds || performance.now() - start < budgetMs)) {
  tools.forEach(([, f], k) => {
    const b = best[k];
    const r0 = performance.now();
    for (let i = 0; i < jobs.length; i++) {
      const a = performance.now();
      f(jobs[i]);
      const t = performance.now() - a;
      if (t < b[i]) b[i] = t;
    }
    rounds[k].push(performance.now() - r0);
  });
  n++;
}
let bytes = 0;
for (const d of jobs) bytes += Buffer.byteLength(d.text, 'utf8');
const out = { docs: jobs.length, bytes, rounds: n };
tools.forEach(([name], k) => {
  const sumMs = best[k].reduce((x, y) => x + y, 0);
  const medMs = median(rounds[k]);
  out[name] = {
    fastestSumMs: sumMs,
    mbps: bytes / MB / (sumMs / 1000),
    docsPerSec: jobs.length / (sumMs / 1000),
    medianRoundMs: medMs,
    medianRoundMbps: bytes / MB / (medMs / 1000),
  };
});
out.ratio = out.extract.fastestSumMs / out.chrono.fastestSumMs;
process.stdout.write(JSON.stringify(out) + '\n');
