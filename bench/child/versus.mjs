/**
 * vn-extract against chrono-node's `vi` locale, head to head in one process:
 * `node bench/child/versus.mjs DOCS_JSON [quick]` (DOCS_JSON: `[{text, ref}]`).
 *
 * The target "extract (all types) at least as fast as chrono-node vi" compares two
 * throughputs. Measured minutes apart in separate processes (the peer table's figures),
 * their ratio moved with the load of this shared machine from 0.96 to 1.56 between runs
 * of the same code. Here both run in alternating rounds over the same documents, each
 * document counted at its fastest time (`fastestPaired` in ../measure.mjs). Prints JSON:
 * per tool, the sum of the documents' fastest times and the median round time, as MB/s
 * and docs/s, and the ratio of the sums.
 * chrono-node loads in this child only, never in the main bench process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fastestPaired } from '../measure.mjs';
import { refDate } from '../peers/common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [file, quick] = process.argv.slice(2);
const docs = JSON.parse(readFileSync(file, 'utf8'));
const lib = await import('../../dist/index.js');
const chrono = createRequire(join(root, 'package.json'))('chrono-node');
// The options and reference dates made once, outside the timed rounds, for both.
const jobs = docs.map((d) => ({ text: d.text, opts: d.ref ? { referenceDate: d.ref } : {}, date: refDate(d.ref) }));
const [extract, chronoVi] = fastestPaired(
  [(d) => lib.extract(d.text, d.opts).length, (d) => chrono.vi.parse(d.text, d.date).length],
  jobs,
  quick ? { minRounds: 3, maxRounds: 3, budgetMs: 0 } : undefined,
);
const out = { docs: extract.docs, bytes: extract.bytes, rounds: extract.rounds, extract, chrono: chronoVi, ratio: extract.fastestSumMs / chronoVi.fastestSumMs };
process.stdout.write(JSON.stringify(out) + '\n');
