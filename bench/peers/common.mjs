/**
 * Harness of a peer child process: `node bench/peers/<peer>.mjs JOB.json OUT.json`.
 * The job lists datasets (documents with text and reference date); the peer writes its
 * predictions (records with offsets into each text) and its timings to OUT.json. Peers
 * run in their own process so their start-up and side effects (console output, native
 * modules, global state) stay out of vn-extract's measurements.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const require = createRequire(join(root, 'package.json'));

export function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Times the first load of a module in this process. */
export async function timedImport(load) {
  const t = performance.now();
  const mod = await load();
  return { mod, importMs: performance.now() - t };
}

/** Reference date as a local-noon Date (chrono reads local time), or undefined. */
export function refDate(ref) {
  if (!ref) return undefined;
  const [y, m, d] = ref.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

export async function runPeer(main) {
  const [jobPath, outPath] = process.argv.slice(2);
  const job = JSON.parse(readFileSync(jobPath, 'utf8'));
  let out;
  try {
    out = await main(job);
  } catch (e) {
    out = { error: String(e && e.stack ? e.stack : e) };
  }
  writeFileSync(outPath, JSON.stringify(out));
}
