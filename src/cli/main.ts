/**
 * `vn-extract`: the command-line tool, a thin layer over `extract`. See docs/CLI.md.
 *
 * The same bundled file runs as a worker thread when started with the worker flag in
 * `workerData` (`--jobs N`).
 */
import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse, USAGE, UsageError, VERSION, type Config } from './args.js';
import { fatalOutputCode, ioReason, makeDir, runTask, type Result, type Task, type WorkConfig } from './core.js';
import { sniff } from './decode.js';
import { FILE_EXTENSION, footer, header, separator, type Format, type FormatContext } from './format.js';
import { expand, type Input } from './inputs.js';
import { atomicFileSink, removeTemps, stdoutSink, type Sink } from './output.js';
import { inlineRunner, jobOf, Ordered, workerRunner, WORKER_FLAG, type Job, type Runner } from './pool.js';
import { Progress } from './progress.js';

/** Progress bar from this many input files on. */
const PROGRESS_MIN_FILES = 10;
/** Messages shown per input in --lines mode before the rest are counted only. */
const MAX_LINE_ERRORS = 20;

const EXIT_OK = 0;
const EXIT_INPUT = 1;
const EXIT_USAGE = 2;
const EXIT_OUTPUT = 3;

/** What an interruption must clean up: the worker threads, and temporary files in these folders. */
const live: { runner?: Runner; outDirs: Set<string> } = { outDirs: new Set() };
let shuttingDown = false;

function err(msg: string): void {
  if (shuttingDown) return; // the interrupted run's follow-on failures are not news
  process.stderr.write(`vn-extract: ${msg}\n`);
}

/**
 * Ctrl-C / SIGTERM: stop the workers first (a worker may be writing an output), then
 * remove every temporary file of this process, then exit. Complete outputs stay;
 * unfinished ones leave nothing.
 */
async function shutdown(code: number): Promise<void> {
  if (!shuttingDown) {
    shuttingDown = true;
    try {
      await Promise.race([live.runner?.close(), new Promise((res) => setTimeout(res, 5000).unref())]);
    } catch {
      /* exiting anyway */
    }
    removeTemps(live.outDirs);
  }
  process.exit(code);
}

function noColorEnv(): boolean {
  const v = process.env.NO_COLOR;
  return v !== undefined && v !== '';
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Most lines in one batch: small enough to spread over the workers and to answer soon. */
const BATCH_LINES = 64;

/** Cuts complete lines into batches of at most BATCH_LINES lines. */
function* cut(data: Uint8Array | string, byteOffset: number): Generator<{ data: Uint8Array | string; lines: number; byteOffset: number }> {
  const nl: number | string = typeof data === 'string' ? '\n' : 10;
  let from = 0;
  while (from < data.length) {
    let lines = 0;
    let i = from - 1;
    do {
      i = (data as string).indexOf(nl as string, i + 1);
      lines++;
    } while (i >= 0 && lines < BATCH_LINES && i + 1 < data.length);
    const end = i < 0 ? data.length : i + 1;
    yield { data: data.slice(from, end), lines, byteOffset: byteOffset + from };
    from = end;
  }
}

/** Splits a byte stream into batches of complete lines (UTF-8), or decoded text (UTF-16 with a BOM). */
async function* lineBatches(stream: Readable): AsyncGenerator<{ data: Uint8Array | string; lines: number; byteOffset: number }> {
  let head: Buffer | undefined = Buffer.alloc(0);
  let decoder: TextDecoder | undefined;
  let pending: Buffer[] = [];
  let pendingStr = '';
  let offset = 0;
  for await (const raw of stream) {
    let chunk = raw as Buffer;
    if (head) {
      // Sniff the byte order mark once the first bytes are in.
      head = Buffer.concat([head, chunk]);
      if (head.length < 3) continue;
      const { encoding, bom } = sniff(head);
      if (encoding !== 'utf-8') decoder = new TextDecoder(encoding, { ignoreBOM: true });
      chunk = head.subarray(bom);
      offset = bom;
      head = undefined;
    }
    if (decoder) {
      const s = pendingStr + decoder.decode(chunk, { stream: true });
      const nl = s.lastIndexOf('\n');
      if (nl < 0) {
        pendingStr = s;
        continue;
      }
      pendingStr = s.slice(nl + 1);
      yield* cut(s.slice(0, nl + 1), 0);
      continue;
    }
    const nl = chunk.lastIndexOf(10);
    if (nl < 0) {
      pending.push(chunk);
      continue;
    }
    const data = pending.length ? Buffer.concat([...pending, chunk.subarray(0, nl + 1)]) : chunk.subarray(0, nl + 1);
    pending = [chunk.subarray(nl + 1)];
    const at = offset;
    offset += data.length;
    yield* cut(data, at);
  }
  if (head && head.length) {
    const { encoding, bom } = sniff(head);
    if (encoding !== 'utf-8') decoder = new TextDecoder(encoding, { ignoreBOM: true });
    if (decoder) pendingStr = decoder.decode(head.subarray(bom), { stream: true });
    else pending = [head.subarray(bom)];
    offset = bom;
  }
  if (decoder) {
    const s = pendingStr + decoder.decode();
    if (s.length) yield* cut(s, 0);
    return;
  }
  const rest = Buffer.concat(pending);
  if (rest.length) yield* cut(rest, offset);
}

/** Output file name for an input: its path relative to its argument, with the format's extension. */
function outName(rel: string, format: Format): string {
  const m = /\.[^./\\]*$/.exec(rel);
  return (m ? rel.slice(0, m.index) : rel) + FILE_EXTENSION[format];
}

interface State {
  code: number;
  failedInputs: number;
  progress?: Progress;
  /** Set when an output failed in a way that makes more output pointless (disk full, read-only). */
  stopped?: string;
}

/** An output that could not be written: one line naming it, exit code 3, and a stop if the device is unusable. */
function outputError(st: State, path: string, e: unknown): void {
  st.progress?.clear();
  err(`${path}: cannot write output: ${ioReason(e)}`);
  st.code = Math.max(st.code, EXIT_OUTPUT);
  if (fatalOutputCode(e)) st.stopped ??= ioReason(e);
}

function report(st: State, r: Result, code = EXIT_INPUT): void {
  if (!r.errors.length) return;
  st.progress?.clear();
  for (const e of r.errors) err(e);
  st.code = Math.max(st.code, r.outputFailed ? EXIT_OUTPUT : code);
  if (r.outputFatal) st.stopped ??= r.errors[0]!.replace(/^.*: cannot write output: /, '');
}

async function run(cfg: Config): Promise<number> {
  let args = cfg.inputs;
  if (args.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give FILEs or DIRs, or pipe text into standard input');
    args = ['-'];
  }
  if (args.filter((a) => a === '-').length > 1) throw new UsageError("standard input '-' can be read only once");

  // The --out folder is never searched for inputs (it may sit inside an input folder).
  const { inputs, sawDirectory } = expand(args, cfg.ext, new Set(cfg.out !== undefined ? [resolve(cfg.out)] : []));
  const outMode = cfg.out !== undefined;
  const multi = cfg.lines || inputs.length > 1 || sawDirectory;
  const format: Format = cfg.format ?? ((outMode ? cfg.lines : multi) ? 'jsonl' : 'json');
  const color =
    format === 'text' && (cfg.color === 'always' || (cfg.color === 'auto' && !outMode && process.stdout.isTTY === true && !noColorEnv()));
  const ctx: FormatContext = { format, color, multi: outMode ? cfg.lines : multi, lines: cfg.lines };
  const wcfg: WorkConfig = { lenient: cfg.lenient, ctx };
  if (cfg.types) wcfg.types = cfg.types;
  if (cfg.refDate) wcfg.refDate = cfg.refDate;
  const st: State = { code: EXIT_OK, failedInputs: 0 };

  // --out: the directory, and one distinct output path per input.
  const outPaths = new Map<Input, string>();
  if (cfg.out !== undefined) {
    try {
      makeDir(cfg.out);
      if (!statSync(cfg.out).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      accessSync(cfg.out, constants.W_OK); // read-only file system, or no permission: say so before any work
    } catch (e) {
      err(`${cfg.out}: cannot use as output directory: ${(e as NodeJS.ErrnoException).code === 'EEXIST' || (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'not a directory' : ioReason(e)}`);
      return EXIT_OUTPUT;
    }
    const used = new Map<string, string>();
    for (let i = 0; i < inputs.length; i++) {
      const inp = inputs[i]!;
      if (inp.kind === 'error') continue;
      const p = resolve(cfg.out, outName(inp.rel, format));
      const prev = used.get(p);
      if (prev !== undefined) {
        inputs[i] = { kind: 'error', name: inp.name, message: `output ${p} would also be written by ${prev}; skipped`, rel: inp.rel, size: 0 };
      } else if (inp.kind === 'file' && resolve(inp.path) === p) {
        inputs[i] = { kind: 'error', name: inp.name, message: `output would overwrite the input itself; skipped`, rel: inp.rel, size: 0 };
      } else {
        used.set(p, inp.name);
        outPaths.set(inp, p);
        live.outDirs.add(dirname(p));
      }
    }
  }

  const files = inputs.filter((i) => i.kind === 'file').length;
  const parallel = cfg.jobs > 1 && (cfg.lines || files > 1);
  const runner: Runner = parallel ? workerRunner(cfg.lines ? cfg.jobs : Math.min(cfg.jobs, files), wcfg, __filename) : inlineRunner(wcfg);
  live.runner = runner;
  let notStarted = 0;
  try {
    if (cfg.lines) notStarted = await runLines(cfg, inputs, outPaths, ctx, runner, st);
    else notStarted = await runFiles(cfg, inputs, outPaths, ctx, wcfg, runner, st);
  } finally {
    await runner.close();
  }
  if (st.stopped !== undefined) {
    // Shown even with --quiet: the run did not do all it was asked.
    err(`stopped: output cannot be written (${st.stopped}); ${notStarted} of ${inputs.length} inputs not processed`);
  } else if (st.failedInputs > 0 && inputs.length > 1 && !cfg.quiet) {
    err(`${st.failedInputs} of ${inputs.length} inputs failed`);
  }
  return st.code;
}

async function runFiles(
  cfg: Config,
  inputs: Input[],
  outPaths: Map<Input, string>,
  ctx: FormatContext,
  wcfg: WorkConfig,
  runner: Runner,
  st: State,
): Promise<number> {
  if (process.stderr.isTTY && !cfg.quiet && inputs.length >= PROGRESS_MIN_FILES) {
    st.progress = new Progress(inputs.length, inputs.reduce((s, i) => s + i.size, 0));
  }
  const tty = process.stdout.isTTY === true;
  const sink: Sink | undefined = cfg.out === undefined ? stdoutSink(tty ? () => st.progress?.clear() : undefined) : undefined;
  const title = inputs.length === 1 ? `vn-extract: ${inputs[0]!.name === '-' ? 'standard input' : inputs[0]!.name}` : `vn-extract: ${inputs.length} documents`;
  if (sink) await sink.write(header(ctx, title));
  let first = true;

  const start = (inp: Input): Job => {
    if (inp.kind === 'error') {
      const result: Result = { out: '', errors: [`${inp.name}: ${inp.message}`], bytes: 0, docs: 0 };
      return { promise: Promise.resolve(result), result };
    }
    const o = outPaths.get(inp);
    if (inp.kind === 'stdin') {
      return jobOf(
        readAll(process.stdin).then(
          (data) => {
            const t: Task = { kind: 'file', path: '-', name: '-', data };
            if (o) t.outPath = o;
            return runTask(t, wcfg); // the same code the workers run
          },
          (e: unknown): Result => ({ out: '', errors: [`-: ${ioReason(e)}`], bytes: 0, docs: 0 }),
        ),
      );
    }
    const t: Task = { kind: 'file', path: inp.path, name: inp.name };
    if (o) t.outPath = o;
    return runner.submit(t);
  };

  const windowSize = Math.max(2, cfg.jobs * 4);
  const ordered = new Ordered(async (r: Result) => {
    report(st, r);
    if (r.errors.length) st.failedInputs++;
    if (sink && r.docs > 0) {
      await sink.write(separator(ctx, first) + r.out);
      first = false;
    }
    st.progress?.tick(r.bytes);
    if (tty) st.progress?.redraw();
  });
  let started = 0;
  for (const inp of inputs) {
    if (st.stopped !== undefined) break;
    ordered.push(start(inp));
    started++;
    await ordered.below(windowSize);
  }
  await ordered.below(1);
  st.progress?.clear();
  if (sink) await sink.write(footer(ctx, first));
  return inputs.length - started;
}

async function runLines(
  cfg: Config,
  inputs: Input[],
  outPaths: Map<Input, string>,
  ctx: FormatContext,
  runner: Runner,
  st: State,
): Promise<number> {
  const shared: Sink | undefined = cfg.out === undefined ? stdoutSink() : undefined;
  let first = true;
  if (shared) await shared.write(header(ctx, 'vn-extract'));
  const windowSize = Math.max(2, cfg.jobs * 2 + 1);
  let started = 0;

  for (const inp of inputs) {
    if (st.stopped !== undefined) break;
    started++;
    if (inp.kind === 'error') {
      report(st, { out: '', errors: [`${inp.name}: ${inp.message}`], bytes: 0, docs: 0 });
      st.failedInputs++;
      continue;
    }
    const outPath = outPaths.get(inp);
    let own: Sink | undefined;
    if (!shared) {
      try {
        own = atomicFileSink(outPath!);
      } catch (e) {
        outputError(st, outPath!, e);
        continue;
      }
      first = true;
    }
    const out = (own ?? shared)!;
    /** The first failed write to the output file: no more is written, the input is not read further. */
    let writeError: unknown;
    const put = async (s: string): Promise<void> => {
      if (!own) return out.write(s);
      if (writeError !== undefined) return;
      try {
        await out.write(s);
      } catch (e) {
        writeError = e;
      }
    };
    try {
      if (own) await put(header(ctx, `vn-extract: ${inp.name}`));
      const stream: Readable = inp.kind === 'stdin' ? process.stdin : createReadStream(inp.path);
      let line = 1;
      let shown = 0;
      let hidden = 0;
      let failed = false;
      const ordered = new Ordered(async (r: Result) => {
        for (const e of r.errors) {
          if (shown < MAX_LINE_ERRORS) {
            err(e);
            shown++;
          } else hidden++;
        }
        if (r.errors.length) {
          failed = true;
          st.code = Math.max(st.code, EXIT_INPUT);
        }
        if (r.docs > 0) {
          await put(separator(ctx, first) + r.out);
          first = false;
        }
      });
      let readError: unknown;
      const batches = lineBatches(stream);
      for (;;) {
        let next: IteratorResult<{ data: Uint8Array | string; lines: number; byteOffset: number }>;
        try {
          next = await batches.next();
        } catch (e) {
          readError = e;
          break;
        }
        if (next.done) break;
        const b = next.value;
        ordered.push(runner.submit({ kind: 'lines', name: inp.name, firstLine: line, byteOffset: b.byteOffset, data: b.data }));
        line += b.lines;
        await ordered.below(windowSize);
        if (writeError !== undefined) {
          await batches.return(undefined); // stop reading this input
          break;
        }
      }
      await ordered.below(1);
      if (hidden) err(`${inp.name}: ${hidden} more errors not shown`);
      if (readError !== undefined) {
        err(`${inp.name}: ${ioReason(readError)}`);
        failed = true;
        st.code = Math.max(st.code, EXIT_INPUT);
      }
      if (failed) st.failedInputs++;
      if (own && readError !== undefined) {
        await own.abort(); // the input was not read to its end: no output file for it
      } else if (own) {
        if (writeError === undefined) {
          try {
            await own.write(footer(ctx, first));
            await own.close();
          } catch (e) {
            writeError = e;
          }
        }
        if (writeError !== undefined) {
          await own.abort();
          outputError(st, outPath!, writeError);
        }
      }
      own = undefined;
    } finally {
      await own?.abort(); // an unexpected failure: no partial output file either
    }
  }
  if (shared) await shared.write(footer(ctx, first));
  return inputs.length - started;
}

async function main(argv: string[]): Promise<number> {
  let cfg: Config;
  try {
    cfg = parse(argv);
    if (cfg.help) {
      process.stdout.write(USAGE + '\n');
      return EXIT_OK;
    }
    if (cfg.version) {
      process.stdout.write(`vn-extract ${VERSION}\n`);
      return EXIT_OK;
    }
    return await run(cfg);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      process.stderr.write(USAGE + '\n');
      return EXIT_USAGE;
    }
    err(`internal error: ${(e as Error)?.stack ?? String(e)}`);
    return EXIT_OUTPUT;
  }
}

if (!isMainThread && workerData && (workerData as Record<string, unknown>)[WORKER_FLAG]) {
  const cfg = (workerData as { cfg: WorkConfig }).cfg;
  parentPort!.on('message', (t: Task) => parentPort!.postMessage(runTask(t, cfg)));
} else {
  // A closed standard error (`2>&1 | head -1`) loses the messages, not the run: the
  // exit code still tells what happened.
  process.stderr.on('error', () => {});
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(sig, () => void shutdown(code));
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      err(`internal error: ${(e as Error)?.stack ?? String(e)}`);
      process.exitCode = EXIT_OUTPUT;
    },
  );
}
