import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The CLI's `--version`, fixed at build time. */
const pkgVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // One self-contained file; it also runs as the worker thread of `--jobs N`.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    define: { __VN_EXTRACT_VERSION__: JSON.stringify(pkgVersion) },
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // Drops what the CLI never reads (the list-based lexicon builder: the snapshot has the lists).
    treeshake: true,
  },
]);
