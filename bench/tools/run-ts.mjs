#!/usr/bin/env node
// Bundles a TypeScript tool with esbuild (from the project's dev dependencies) and runs it.
// usage: node bench/tools/run-ts.mjs bench/tools/recognizers.ts [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'vn-extract-tool-'));
const out = join(dir, 'tool.mjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const r = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);
