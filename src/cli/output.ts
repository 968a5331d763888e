/** Output sinks with back-pressure: standard output, or a file written atomically. */
import { createWriteStream, fsyncSync, readdirSync, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { ioReason, makeDir, tempName } from './core.js';

export interface Sink {
  write(s: string): Promise<void> | void;
  /** Finishes the output (for a file: fsync and rename into place). */
  close(): Promise<void>;
  /** Drops the output (for a file: removes the temporary file). */
  abort(): Promise<void>;
}

function writeWithBackpressure(w: Writable, s: string): Promise<void> | void {
  if (s === '') return;
  if (!w.write(s)) {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        w.off('drain', done);
        w.off('close', done);
        w.off('error', done);
        resolve();
      };
      w.on('drain', done);
      w.on('close', done);
      w.on('error', done);
    });
  }
}

let stdoutWatched = false;

/**
 * Standard output. A closed pipe (`| head`) ends the program quietly with code 0; any
 * other write error (a full disk, `/dev/full`) is one line on standard error and code 3.
 * `exit` cleans up (workers, temporary files) before the process exits.
 */
export function stdoutSink(onWrite?: () => void, exit: (code: number) => void = (c) => process.exit(c)): Sink {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return exit(0);
      process.stderr.write(`vn-extract: standard output: cannot write output: ${ioReason(e)}\n`);
      exit(3);
    });
  }
  return {
    write(s) {
      onWrite?.();
      return writeWithBackpressure(process.stdout, s);
    },
    close: async () => {},
    abort: async () => {},
  };
}

let counter = 0;

/** Temporary files being written, removed if the program is interrupted. */
const liveTemps = new Set<string>();

/**
 * Removes the temporary files of unfinished outputs (on SIGINT / SIGTERM): the ones
 * this thread tracks, and any `.NAME.PID.*.tmp` of this process in `dirs` (written by
 * worker threads, which must have been stopped first).
 */
export function removeTemps(dirs: Iterable<string> = []): void {
  for (const t of liveTemps) {
    try {
      unlinkSync(t);
    } catch {
      /* already gone */
    }
  }
  liveTemps.clear();
  const mark = `.${process.pid}.`;
  for (const d of dirs) {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      continue; // never created
    }
    for (const n of names) {
      if (n.startsWith('.') && n.endsWith('.tmp') && n.includes(mark)) {
        try {
          unlinkSync(join(d, n));
        } catch {
          /* already gone */
        }
      }
    }
  }
}

/** A file written through a temporary file in the same directory, renamed into place on close. */
export function atomicFileSink(path: string): Sink {
  makeDir(dirname(path));
  const tmp = tempName(path, `s${++counter}`);
  const w: WriteStream = createWriteStream(tmp, { flags: 'wx', mode: 0o644 });
  liveTemps.add(tmp);
  let failed: Error | undefined;
  w.on('error', (e) => {
    failed = e;
  });
  const opened = new Promise<number>((resolve, reject) => {
    w.once('open', resolve);
    w.once('error', reject);
  });
  opened.catch(() => {}); // reported by close()
  return {
    write(s) {
      if (failed) throw failed;
      return writeWithBackpressure(w, s);
    },
    async close() {
      const fd = await opened;
      await new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed);
        // Flush, fsync, then close and rename: a crash never leaves a half-written `path`.
        w.write('', (err) => {
          if (err) return reject(err);
          try {
            fsyncSync(fd);
          } catch (e) {
            return reject(e as Error);
          }
          w.end(() => resolve());
        });
      });
      if (failed) throw failed;
      renameSync(tmp, path);
      liveTemps.delete(tmp);
    },
    async abort() {
      if (!w.closed) {
        await new Promise<void>((resolve) => {
          w.once('close', () => resolve());
          w.destroy();
        });
      }
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
      liveTemps.delete(tmp);
    },
  };
}
