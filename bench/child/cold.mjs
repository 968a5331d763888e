/**
 * Cold start of vn-extract in a fresh process: `node bench/child/cold.mjs TEXT_FILE [REF]`.
 * Prints JSON: time to import dist/index.js, time of the first extract call on the
 * text, of a second call on the same text, and the time since the process started
 * (Node's own start-up included).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [file, ref] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const lib = await import('../../dist/index.js');
const t1 = performance.now();
const n = lib.extract(text, ref ? { referenceDate: ref } : undefined).length;
const t2 = performance.now();
// A second call on the same text: what the first call paid once (lazy set-up) is the difference.
lib.extract(text, ref ? { referenceDate: ref } : undefined);
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, secondExtractMs: t3 - t2, totalMs: t2 - t0, sinceStartMs: t2, entities: n }) + '\n',
);
