/**
 * Expands the command-line arguments into the list of inputs, in order: files as
 * given, directories searched recursively (sorted by name; hidden entries skipped;
 * symbolic links to files followed, to directories not), `-` for standard input.
 */
import { fstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { ioReason } from './core.js';

export type Input =
  | { kind: 'file'; path: string; name: string; /** Path relative to the directory argument, or the base name. */ rel: string; size: number }
  | { kind: 'stdin'; name: '-'; rel: string; size: number }
  /** An argument or entry that cannot be read: reported in its place in the order. */
  | { kind: 'error'; name: string; message: string; rel: string; size: number };

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** `*` in --ext: every file. */
function matches(name: string, ext: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return ext.some((e) => e === '*' || lower.endsWith(e));
}

function walk(dir: string, relDir: string, ext: readonly string[], out: Input[], skip: ReadonlySet<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: 'error', name: dir, message: `cannot read directory: ${ioReason(e)}`, rel: relDir, size: 0 });
    return;
  }
  entries.sort(byName);
  for (const d of entries) {
    if (d.name.startsWith('.')) continue;
    const p = join(dir, d.name);
    const rel = relDir ? join(relDir, d.name) : d.name;
    let isFile = d.isFile();
    const isDir = d.isDirectory();
    let size = 0;
    if (d.isSymbolicLink()) {
      try {
        isFile = statSync(p).isFile();
      } catch {
        isFile = false; // a dangling link: not an input
      }
    }
    if (isDir) {
      if (!skip.has(resolve(p))) walk(p, rel, ext, out, skip);
      continue;
    }
    if (!isFile || !matches(d.name, ext)) continue;
    try {
      size = statSync(p).size;
    } catch {
      size = 0;
    }
    out.push({ kind: 'file', path: p, name: p, rel, size });
  }
}

export interface Expanded {
  inputs: Input[];
  /** Some argument was a directory: the output holds several documents whatever their number. */
  sawDirectory: boolean;
}

/** `skip`: absolute paths of folders not to search (the --out folder). */
export function expand(args: readonly string[], ext: readonly string[], skip: ReadonlySet<string> = new Set()): Expanded {
  const inputs: Input[] = [];
  let sawDirectory = false;
  for (const a of args) {
    if (a === '-') {
      let dir = false;
      try {
        dir = fstatSync(0).isDirectory();
      } catch {
        /* reported when read */
      }
      if (dir) {
        inputs.push({ kind: 'error', name: '-', message: 'standard input is a directory, expected a file', rel: 'stdin', size: 0 });
        continue;
      }
      inputs.push({ kind: 'stdin', name: '-', rel: 'stdin', size: 0 });
      continue;
    }
    let st;
    try {
      st = statSync(a);
    } catch (e) {
      inputs.push({ kind: 'error', name: a, message: ioReason(e), rel: a, size: 0 });
      continue;
    }
    if (st.isDirectory()) {
      sawDirectory = true;
      walk(a, '', ext, inputs, skip);
    } else {
      const base = a.replace(/[/\\]+$/, '').split(/[/\\]/).pop() || a;
      inputs.push({ kind: 'file', path: a, name: a, rel: base, size: st.size });
    }
  }
  return { inputs, sawDirectory };
}
