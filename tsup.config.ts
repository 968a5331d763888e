import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** The CLI's `--version`, fixed at build time. */
const pkgVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

type Plugin = NonNullable<Options['plugins']>[number];

/**
 * Escapes the non-ASCII code units esbuild leaves in its output (it escapes strings and
 * templates, not regex literals or comments) as `\uXXXX`, which means the same code unit
 * in a regex, an identifier or a comment. V8 takes an all-ASCII file as a one-byte
 * string; one Vietnamese letter in a regex made a fresh process decode the whole 0.87 MB
 * bundle into a two-byte string before parsing it (about 4% of the instructions of the
 * import and first extraction). The source map is shifted with the code.
 *
 * One hazard: in a `String.raw` template the escape changes the raw value (`ệ` becomes the
 * six characters `\u1ec7`). Every such template in src/ is a regex source given to
 * `new RegExp` with the `u` flag, where the escape means the same letter; keep it so (no
 * `String.raw` with non-ASCII text used as plain text).
 */
function asciiOnly(): Plugin {
  return {
    name: 'ascii-only',
    renderChunk(code, info) {
      if (!/\.(c|m)?js$/.test(info.path) || !/[^\x00-\x7f]/.test(code)) return;
      const lines = code.split('\n');
      // Per line: the columns where a code unit was escaped (each adds 5 columns after it).
      const escaped: number[][] = lines.map((line) => {
        const at: number[] = [];
        for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) at.push(i);
        return at;
      });
      const out = lines
        .map((line, n) => (escaped[n]!.length === 0 ? line : line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)))
        .join('\n');
      if (!info.map) return { code: out };
      // A map from the escaped code to the code before: a segment at each column where the
      // chunk's own map has one (so tsup's merge of the two maps keeps every column), line
      // for line, the column shifted by 5 per escaped code unit before it.
      const old = (typeof info.map === 'string' ? JSON.parse(info.map) : info.map) as { mappings: string };
      let prevLine = 0;
      let prevOldCol = 0;
      const mappings = old.mappings.split(';').map((segs, n) => {
        const at = escaped[n] ?? [];
        let oldCol = 0;
        let prevNewCol = 0;
        let k = 0;
        const shifted: string[] = [];
        for (const seg of segs.split(',')) {
          if (seg === '') continue;
          oldCol += vlqDecode(seg)[0]!;
          while (k < at.length && at[k]! < oldCol) k++;
          const newCol = oldCol + 5 * k;
          shifted.push(vlq(newCol - prevNewCol) + vlq(0) + vlq(n - prevLine) + vlq(oldCol - prevOldCol));
          prevNewCol = newCol;
          prevLine = n;
          prevOldCol = oldCol;
        }
        return shifted.join(',');
      });
      return { code: out, map: { version: 3, sources: [info.path], names: [], mappings: mappings.join(';') } };
    },
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let d = v & 31;
    v >>>= 5;
    if (v !== 0) d |= 32;
    s += B64[d];
  } while (v !== 0);
  return s;
}

function vlqDecode(s: string): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    v += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(v & 1 ? -(v >>> 1) : v >>> 1);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

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
    plugins: [asciiOnly()],
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
    plugins: [asciiOnly()],
  },
]);
