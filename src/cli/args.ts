/** Command-line parsing and validation. Bad usage throws UsageError (exit code 2). */
import { parseArgs } from 'node:util';
import { extract } from '../index.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { FORMATS, type Format } from './format.js';

declare const __VN_EXTRACT_VERSION__: string;
/** Injected by tsup from package.json at build time. */
export const VERSION: string = typeof __VN_EXTRACT_VERSION__ === 'string' ? __VN_EXTRACT_VERSION__ : '0.0.0-dev';

export class UsageError extends Error {}

export const USAGE = `usage: vn-extract [options] [FILE|DIR|-]...

Extracts people, titles, dates, percentages and money from Vietnamese text.
FILEs are read as documents; DIRs are searched recursively for files ending in
--ext (default .txt); '-' or no argument reads standard input.

Options:
  -f, --format FMT     json | jsonl | tsv | text | html
                       (default: json for one input, jsonl for several or --lines)
  -t, --types LIST     entity types to extract, comma-separated
                       (${ENTITY_TYPES.join(',')}; default all)
  -r, --ref-date DATE  reference date YYYY-MM-DD for relative and partial dates
      --lines          each input line is its own document (streams; output in input order)
      --ext LIST       file extensions searched in directories (default: txt; * for all)
  -o, --out DIR        write one output file per input into DIR (atomically)
  -j, --jobs N         worker threads (default 1); output is identical to --jobs 1
      --lenient        decode invalid UTF-8 with replacement characters instead of failing
      --color WHEN     colours in text output: auto | always | never (default auto;
                       auto honours NO_COLOR and is off when not writing to a terminal)
  -q, --quiet          no progress bar and no summary line
  -h, --help           show this help
  -V, --version        show the version

Exit codes: 0 success; 1 some input could not be read or processed (each one is
named on standard error; the others are still processed); 2 bad usage;
3 output could not be written (or an unexpected internal error); 130 interrupted.`;

export interface Config {
  inputs: string[];
  format?: Format;
  types?: EntityType[];
  refDate?: string;
  lines: boolean;
  ext: string[];
  out?: string;
  jobs: number;
  lenient: boolean;
  color: 'auto' | 'always' | 'never';
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export function parse(argv: string[]): Config {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        types: { type: 'string', short: 't' },
        'ref-date': { type: 'string', short: 'r' },
        lines: { type: 'boolean' },
        ext: { type: 'string' },
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        lenient: { type: 'boolean' },
        color: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    // Node's messages are multi-line and mention internals; keep the first line.
    const msg = String((e as Error).message).split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(msg);
  }
  const v = parsed.values;
  const cfg: Config = {
    inputs: parsed.positionals,
    lines: v.lines === true,
    ext: ['.txt'],
    jobs: 1,
    lenient: v.lenient === true,
    color: 'auto',
    quiet: v.quiet === true,
    help: v.help === true,
    version: v.version === true,
  };
  if (cfg.help || cfg.version) return cfg;

  if (v.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(v.format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${v.format.slice(0, 40)}'`);
    }
    cfg.format = v.format as Format;
  }
  if (v.types !== undefined) {
    const list = v.types.split(',').map((s) => s.trim()).filter(Boolean);
    if (list.length === 0) throw new UsageError(`--types needs at least one of ${ENTITY_TYPES.join(', ')}`);
    for (const t of list) {
      if (!(ENTITY_TYPES as readonly string[]).includes(t)) {
        throw new UsageError(`--types: unknown type '${t.slice(0, 40)}' (known: ${ENTITY_TYPES.join(', ')})`);
      }
    }
    cfg.types = [...new Set(list)] as EntityType[];
  }
  if (v['ref-date'] !== undefined) {
    const d = v['ref-date'];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`--ref-date must look like YYYY-MM-DD, got '${d.slice(0, 40)}'`);
    try {
      extract('', { referenceDate: d });
    } catch {
      throw new UsageError(`--ref-date '${d}' is not a calendar date`);
    }
    cfg.refDate = d;
  }
  if (v.ext !== undefined) {
    const list = v.ext.split(',').map((s) => s.trim()).filter(Boolean);
    if (list.length === 0 || list.some((e) => /[/\\\s]/.test(e))) {
      throw new UsageError(`--ext must be a comma-separated list of extensions such as txt,md, got '${v.ext.slice(0, 40)}'`);
    }
    cfg.ext = list.map((e) => (e === '*' ? e : (e.startsWith('.') ? e : '.' + e).toLowerCase()));
  }
  if (v.out !== undefined) {
    if (v.out === '') throw new UsageError('--out needs a directory');
    cfg.out = v.out;
  }
  if (v.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(v.jobs) || Number(v.jobs) < 1 || Number(v.jobs) > 256) {
      throw new UsageError(`--jobs must be a whole number from 1 to 256, got '${v.jobs.slice(0, 40)}'`);
    }
    cfg.jobs = Number(v.jobs);
  }
  if (v.color !== undefined) {
    if (v.color !== 'auto' && v.color !== 'always' && v.color !== 'never') {
      throw new UsageError(`--color must be auto, always or never, got '${v.color.slice(0, 40)}'`);
    }
    cfg.color = v.color;
  }
  if (cfg.lines && cfg.format === 'html') {
    throw new UsageError('--format html cannot be used with --lines (a page needs the whole document)');
  }
  return cfg;
}
