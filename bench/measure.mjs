/**
 * Timing helpers shared by the main bench process and the peer child processes.
 *
 * Throughput: a warm-up pass over the documents (which also picks the sample: a slow
 * function stops the warm-up after `sampleMs` and is measured on the documents it got
 * through), then rounds over the sample until `minRounds` are done and `budgetMs` is
 * spent (at most `maxRounds`); the median round time is reported.
 */
import { performance } from 'node:perf_hooks';

export function median(xs) {
  if (!xs.length) return null;
  const a = xs.slice().sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

export const MB = 1e6;

function bytesOf(docs) {
  let n = 0;
  for (const d of docs) n += Buffer.byteLength(d.text, 'utf8');
  return n;
}

/**
 * @param fn called as fn(doc) for each document; may return a number (e.g. tokens) that is summed per round
 * @param docs `[{text, ...}]`
 */
export function throughput(fn, docs, { sampleMs = 4000, minRounds = 3, maxRounds = 7, budgetMs = 4000, warmup = true } = {}) {
  // Warm-up pass; also picks the sample.
  const t0 = performance.now();
  let n = warmup ? 0 : docs.length;
  if (warmup) for (const d of docs) {
    fn(d);
    n++;
    if (performance.now() - t0 > sampleMs) break;
  }
  const sample = docs.slice(0, Math.max(1, n));
  const bytes = bytesOf(sample);
  const times = [];
  let units = 0;
  const start = performance.now();
  while (times.length < maxRounds && (times.length < minRounds || performance.now() - start < budgetMs)) {
    let u = 0;
    const a = performance.now();
    for (const d of sample) {
      const r = fn(d);
      if (typeof r === 'number') u += r;
    }
    times.push(performance.now() - a);
    units = u;
  }
  const ms = median(times);
  return {
    docs: sample.length,
    totalDocs: docs.length,
    sampled: sample.length < docs.length,
    bytes,
    rounds: times.length,
    medianMs: ms,
    mbps: bytes / MB / (ms / 1000),
    docsPerSec: sample.length / (ms / 1000),
    unitsPerRound: units,
    unitsPerSec: units / (ms / 1000),
  };
}

/**
 * Several functions timed in alternating rounds over the same documents (a round of
 * each in turn, after a warm-up pass of each), so a change in machine load during the
 * run weighs on all of them alike: their ratio is what a comparison needs. Median
 * round per function, in the shape `throughput` returns.
 */
export function throughputPaired(fns, docs, { minRounds = 5, maxRounds = 11, budgetMs = 8000 } = {}) {
  for (const f of fns) for (const d of docs) f(d);
  const times = fns.map(() => []);
  const units = fns.map(() => 0);
  const start = performance.now();
  while (times[0].length < maxRounds && (times[0].length < minRounds || performance.now() - start < budgetMs)) {
    for (let i = 0; i < fns.length; i++) {
      let u = 0;
      const a = performance.now();
      for (const d of docs) {
        const r = fns[i](d);
        if (typeof r === 'number') u += r;
      }
      times[i].push(performance.now() - a);
      units[i] = u;
    }
  }
  const bytes = bytesOf(docs);
  return fns.map((_, i) => {
    const ms = median(times[i]);
    return {
      docs: docs.length,
      totalDocs: docs.length,
      sampled: false,
      bytes,
      rounds: times[i].length,
      medianMs: ms,
      mbps: bytes / MB / (ms / 1000),
      docsPerSec: docs.length / (ms / 1000),
      unitsPerRound: units[i],
      unitsPerSec: units[i] / (ms / 1000),
      paired: true,
    };
  });
}

/**
 * Like `throughputPaired` (a warm-up pass of each, then a round of each in turn), but
 * every document is timed on its own and counts with its fastest time over the rounds:
 * a round slowed by another process's burst of work costs only the documents it hit.
 * Per function: the sum of the documents' fastest times and the median round, each as
 * MB/s and docs/s too.
 */
export function fastestPaired(fns, docs, { minRounds = 9, maxRounds = 21, budgetMs = 15000 } = {}) {
  for (const f of fns) for (const d of docs) f(d);
  const best = fns.map(() => new Float64Array(docs.length).fill(Infinity));
  const rounds = fns.map(() => []);
  const start = performance.now();
  let n = 0;
  while (n < maxRounds && (n < minRounds || performance.now() - start < budgetMs)) {
    fns.forEach((f, k) => {
      const b = best[k];
      const r0 = performance.now();
      for (let i = 0; i < docs.length; i++) {
        const a = performance.now();
        f(docs[i]);
        const t = performance.now() - a;
        if (t < b[i]) b[i] = t;
      }
      rounds[k].push(performance.now() - r0);
    });
    n++;
  }
  const bytes = bytesOf(docs);
  return fns.map((_, k) => {
    const sumMs = best[k].reduce((x, y) => x + y, 0);
    const medMs = median(rounds[k]);
    return {
      docs: docs.length,
      bytes,
      rounds: n,
      fastestSumMs: sumMs,
      mbps: bytes / MB / (sumMs / 1000),
      docsPerSec: docs.length / (sumMs / 1000),
      medianRoundMs: medMs,
      medianRoundMbps: bytes / MB / (medMs / 1000),
    };
  });
}
