/**
 * Peak memory of vn-extract over a corpus: `node bench/child/memory.mjs LIST.json`,
 * where LIST.json is `[{text, ref}]`. Extracts every document once, keeping all
 * records (as a caller collecting results would), and prints JSON: peak RSS of the
 * process (getrusage maxrss), peak V8 heap used (sampled after each document), and
 * both right after import for comparison.
 */
import { readFileSync } from 'node:fs';

const docs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const mb = (b) => b / 1048576;
const lib = await import('../../dist/index.js');
const afterImport = process.memoryUsage();
let heapPeak = afterImport.heapUsed;
const kept = [];
let bytes = 0;
for (const d of docs) {
  kept.push(lib.extract(d.text, d.ref ? { referenceDate: d.ref } : undefined));
  bytes += Buffer.byteLength(d.text, 'utf8');
  const h = process.memoryUsage().heapUsed;
  if (h > heapPeak) heapPeak = h;
}
const ru = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    docs: docs.length,
    bytes,
    records: kept.reduce((n, r) => n + r.length, 0),
    rssAfterImportMB: mb(afterImport.rss),
    heapAfterImportMB: mb(afterImport.heapUsed),
    peakRssMB: ru.maxRSS / 1024,
    peakHeapMB: mb(heapPeak),
  }) + '\n',
);
