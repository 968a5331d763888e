/**
 * The unit of work, the same in the main thread (`--jobs 1`) and in worker threads:
 * read and decode one file (or one batch of lines), extract, format, and either return
 * the formatted text or write it atomically to its output file.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { extract } from '../index.js';
import type { EntityType, ExtractOptions } from '../types.js';
import { decodeBuffer, decodeUtf8, InputError } from './decode.js';
import { footer, formatDoc, header, separator, type FormatContext } from './format.js';

/** Everything a worker needs, cloned once into each worker. */
export interface WorkConfig {
  types?: EntityType[];
  refDate?: string;
  lenient: boolean;
  ctx: FormatContext;
}

export interface FileTask {
  kind: 'file';
  /** Path to read. */
  path: string;
  /** The input's bytes when already read (standard input). */
  data?: Uint8Array;
  /** Name shown in output and messages. */
  name: string;
  /** With --out: the output file to write atomically. */
  outPath?: string;
}

export interface LinesTask {
  kind: 'lines';
  name: string;
  /** 1-based number of the first line in `data`. */
  firstLine: number;
  /** Byte offset of `data` in the input (UTF-8 only), for messages. */
  byteOffset: number;
  /** Complete lines: UTF-8 bytes, or text already decoded (UTF-16 input). */
  data: Uint8Array | string;
}

export type Task = FileTask | LinesTask;

export interface Result {
  /** Formatted output (empty when written to a file or on failure). */
  out: string;
  /** One-line error messages, already prefixed with the input's name. */
  errors: string[];
  /** Bytes of input handled. */
  bytes: number;
  /** Documents written. */
  docs: number;
  /** The output file could not be written (exit code 3). */
  outputFailed?: boolean;
  /** Set when that failure makes further output pointless (disk full, read-only): the run stops. */
  outputFatal?: string;
}

function options(cfg: WorkConfig): ExtractOptions {
  const o: ExtractOptions = {};
  if (cfg.types) o.types = cfg.types;
  if (cfg.refDate) o.referenceDate = cfg.refDate;
  return o;
}

/** A one-line reason for a failed read. */
export function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'not a directory (a path component is a file)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large to read at once (use --lines)';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large for the file system';
    case 'EIO':
      return 'input/output error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default: {
      // Node's messages look like "CODE: description, syscall 'path'": keep the description.
      let msg = String(err?.message ?? e).split('\n')[0]!;
      if (err?.code && msg.startsWith(err.code + ': ')) msg = msg.slice(err.code.length + 2).replace(/, \w+(?: '[^']*')?(?: -> '[^']*')?$/, '');
      return (err?.code ? err.code + ': ' : '') + msg;
    }
  }
}

/** Output errors after which writing more output is pointless: the run stops (exit code 3). */
export const FATAL_OUTPUT_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/** The error's code when it makes further output pointless, else undefined. */
export function fatalOutputCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && FATAL_OUTPUT_CODES.has(code) ? code : undefined;
}

/**
 * `mkdir -p`. Node's recursive mkdir reports ENOENT when a missing folder cannot be
 * created (on a read-only file system, say): redo the missing part one folder at a
 * time so the error names the real cause.
 */
export function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const missing: string[] = [];
  let d = resolve(dir);
  while (!existsSync(d)) {
    missing.unshift(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const m of missing) mkdirSync(m);
}

/** Name of the temporary files of one output: `.NAME.PID.THREAD.N.tmp`, in the output's folder. */
export function tempName(path: string, n: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.${n}.tmp`);
}

let tmpCounter = 0;

/** Writes `data` to `path` through a temporary file in the same directory and a rename. */
export function writeAtomic(path: string, data: string): void {
  makeDir(dirname(path));
  const tmp = tempName(path, String(++tmpCounter));
  let fd = -1;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const buf = Buffer.from(data, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(tmp, path);
  } catch (e) {
    try {
      if (fd >= 0) closeSync(fd);
    } catch {
      /* the write error is the one to report */
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

function runFile(t: FileTask, cfg: WorkConfig): Result {
  let buf: Uint8Array;
  try {
    buf = t.data ?? readFileSync(t.path);
  } catch (e) {
    return { out: '', errors: [`${t.name}: ${ioReason(e)}`], bytes: 0, docs: 0 };
  }
  let text: string;
  try {
    text = decodeBuffer(buf, cfg.lenient);
  } catch (e) {
    if (e instanceof InputError) return { out: '', errors: [`${t.name}: ${e.message}`], bytes: buf.length, docs: 0 };
    throw e;
  }
  let entities;
  try {
    entities = extract(text, options(cfg));
  } catch (e) {
    return { out: '', errors: [`${t.name}: internal error: ${String((e as Error).message ?? e).split('\n')[0]}`], bytes: buf.length, docs: 0 };
  }
  const body = formatDoc({ file: t.name, text, entities }, cfg.ctx);
  if (t.outPath) {
    const c = cfg.ctx;
    try {
      writeAtomic(t.outPath, header(c, `vn-extract: ${t.name}`) + separator(c, true) + body + footer(c, false));
    } catch (e) {
      const r: Result = { out: '', errors: [`${t.outPath}: cannot write output: ${ioReason(e)}`], bytes: buf.length, docs: 0, outputFailed: true };
      const fatal = fatalOutputCode(e);
      if (fatal) r.outputFatal = fatal;
      return r;
    }
    return { out: '', errors: [], bytes: buf.length, docs: 1 };
  }
  return { out: body, errors: [], bytes: buf.length, docs: 1 };
}

function runLines(t: LinesTask, cfg: WorkConfig): Result {
  const opts = options(cfg);
  const errors: string[] = [];
  const parts: string[] = [];
  let line = t.firstLine;
  const doLine = (text: string): void => {
    if (text.endsWith('\r')) text = text.slice(0, -1);
    try {
      const entities = extract(text, opts);
      parts.push(formatDoc({ file: t.name, line, text, entities }, cfg.ctx));
    } catch (e) {
      errors.push(`${t.name}: line ${line}: internal error: ${String((e as Error).message ?? e).split('\n')[0]}`);
    }
  };
  let bytes: number;
  if (typeof t.data === 'string') {
    const s = t.data;
    bytes = s.length * 2;
    let pos = 0;
    while (pos < s.length) {
      let nl = s.indexOf('\n', pos);
      if (nl < 0) nl = s.length;
      const text = s.slice(pos, nl);
      if (text.includes('\u0000')) errors.push(`${t.name}: line ${line}: binary data (NUL character)`);
      else doLine(text);
      line++;
      pos = nl + 1;
    }
  } else {
    const b = t.data;
    bytes = b.length;
    let pos = 0;
    while (pos < b.length) {
      let nl = b.indexOf(10, pos);
      if (nl < 0) nl = b.length;
      let text: string | undefined;
      try {
        text = decodeUtf8(b.subarray(pos, nl), cfg.lenient, t.byteOffset + pos);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(`${t.name}: line ${line}: ${e.message}`);
      }
      if (text !== undefined) doLine(text);
      line++;
      pos = nl + 1;
    }
  }
  return { out: parts.join(separator(cfg.ctx, false)), errors, bytes, docs: parts.length };
}

/** Runs one task; never throws (an unexpected failure is reported as the input's error). */
export function runTask(t: Task, cfg: WorkConfig): Result {
  try {
    return t.kind === 'file' ? runFile(t, cfg) : runLines(t, cfg);
  } catch (e) {
    return { out: '', errors: [`${t.name}: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}`], bytes: 0, docs: 0 };
  }
}
