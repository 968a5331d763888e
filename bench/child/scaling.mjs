/**
 * Throughput of `extract` (all types) by document size:
 * `node bench/child/scaling.mjs CORPUS_LIST.json OUT.json [quick]`.
 *
 * Documents of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB (UTF-8) are cut from the
 * concatenated corpus; a pass over a size extracts `count` documents of it (a few
 * hundred KB of text or more, so a pass is long enough to time). After a warm-up pass
 * of the small sizes, rounds run the sizes one after the other (interleaved, so a
 * change in machine load hits every size alike) until a time budget is spent; the
 * 10 MB size gets one or two passes. Reports the median and the best pass per size.
 * OUT.json is rewritten after every pass, so the parent, which kills this process after
 * a time limit, keeps what was measured.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sizedDocs } from '../data.mjs';
import { median } from '../measure.mjs';

const [listPath, outPath, quick] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(listPath, 'utf8'));
const lib = await import('../../dist/index.js');
const SIZES = [
  [1e3, 300],
  [1e4, 40],
  [1e5, 5],
  [1e6, 1],
  [1e7, 1],
];
const opts = { referenceDate: '2021-01-01' };
const sets = SIZES.map(([size, count]) => {
  const docs = sizedDocs(texts, size, count);
  return { size, docs, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0), times: [] };
});

function pass(set) {
  const t = performance.now();
  for (const d of set.docs) lib.extract(d, opts);
  return performance.now() - t;
}

function save() {
  const out = sets
    .filter((s) => s.times.length)
    .map((s) => {
      const med = median(s.times);
      const best = Math.min(...s.times);
      return {
        size: s.size,
        docs: s.docs.length,
        bytes: s.bytes,
        rounds: s.times.length,
        medianMs: med,
        mbps: s.bytes / 1e6 / (med / 1000),
        bestMbps: s.bytes / 1e6 / (best / 1000),
      };
    });
  writeFileSync(outPath, JSON.stringify(out));
}

const small = sets.slice(0, 4);
const huge = sets[4];
for (const s of small) pass(s); // warm-up
const budgetMs = quick ? 2000 : 12000;
const maxRounds = quick ? 2 : 5;
const start = performance.now();
for (let round = 0; round < maxRounds; round++) {
  for (const s of small) {
    s.times.push(pass(s));
    save();
  }
  // 10 MB: once after the first round, a second time if that one was quick enough.
  if (round === 0 || (round === 1 && !quick && huge.times[0] < 8000)) {
    huge.times.push(pass(huge));
    save();
  }
  if (round >= 2 && performance.now() - start > budgetMs) break;
}
save();
