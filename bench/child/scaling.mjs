/**
 * Throughput of `extract` (all types) by document size:
 * `node bench/child/scaling.mjs CORPUS_LIST.json OUT.jsonl [quick]`.
 * Documents of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB (UTF-8) are cut from the
 * concatenated corpus; each size is measured on enough documents for a stable round,
 * and one JSON line per size is appended to OUT.jsonl as soon as it is done (the
 * parent kills this process after a time limit and keeps what was written).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { sizedDocs } from '../data.mjs';
import { throughput } from '../measure.mjs';

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
for (const [size, count] of SIZES) {
  const docs = sizedDocs(texts, size, count).map((text) => ({ text }));
  const big = size >= 1e7;
  const r = throughput((d) => lib.extract(d.text, opts).length, docs, {
    sampleMs: 1e9,
    warmup: !big, // the smaller sizes warmed the code up; a 10 MB pass is costly
    minRounds: big || quick ? 1 : 3,
    maxRounds: big ? 2 : 5,
    budgetMs: big ? (quick ? 0 : 5000) : quick ? 500 : 2500,
  });
  appendFileSync(outPath, JSON.stringify({ size, ...r }) + '\n');
}
