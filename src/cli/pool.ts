/**
 * Runs tasks in worker threads (or inline with one job) and hands results back in
 * submission order, so that the output of `--jobs N` is identical to `--jobs 1`.
 */
import { Worker } from 'node:worker_threads';
import { runTask, type Result, type Task, type WorkConfig } from './core.js';

/** Marker in workerData that tells the bundled CLI file to run as a worker. */
export const WORKER_FLAG = 'vnExtractWorker';

interface Pending {
  task: Task;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

/** A started task: `result` is set as soon as it is known (at once when run inline). */
export interface Job {
  promise: Promise<Result>;
  result?: Result;
}

export function jobOf(p: Promise<Result>): Job {
  const job: Job = { promise: p };
  p.then(
    (r) => {
      job.result = r;
    },
    () => {},
  );
  return job;
}

export interface Runner {
  /** Starts a task. */
  submit(task: Task): Job;
  close(): Promise<void>;
}

export function inlineRunner(cfg: WorkConfig): Runner {
  return {
    submit: (task) => {
      const result = runTask(task, cfg);
      return { promise: Promise.resolve(result), result };
    },
    close: async () => {},
  };
}

/**
 * Hands results to `write` strictly in submission order, as soon as each one and all
 * before it are done (so that streamed output is not held back), one write at a time.
 */
export class Ordered {
  private readonly q: Job[] = [];
  private flushing: Promise<void> | undefined;
  private failure: unknown;

  constructor(private readonly write: (r: Result) => Promise<void> | void) {}

  get size(): number {
    return this.q.length;
  }

  push(job: Job): void {
    this.q.push(job);
    job.promise.then(
      () => this.kick(),
      () => this.kick(),
    );
    this.kick();
  }

  private kick(): void {
    if (this.flushing) return;
    if (!this.q.length || this.q[0]!.result === undefined) return;
    this.flushing = (async () => {
      while (this.q.length && this.q[0]!.result !== undefined) {
        const r = this.q.shift()!.result!;
        await this.write(r);
      }
    })()
      .catch((e: unknown) => {
        this.failure ??= e;
      })
      .finally(() => {
        this.flushing = undefined;
        this.kick();
      });
  }

  /** Waits until fewer than `n` jobs are queued (all of them when n = 1). */
  async below(n: number): Promise<void> {
    while (this.q.length >= n) {
      const head = this.q[0]!;
      await head.promise; // rejects when a worker died
      this.kick();
      while (this.flushing) await this.flushing;
      if (this.failure !== undefined) throw this.failure;
    }
    while (this.flushing) await this.flushing;
    if (this.failure !== undefined) throw this.failure;
  }
}

export function workerRunner(n: number, cfg: WorkConfig, script: string): Runner {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let fatal: Error | undefined;
  let closing = false;

  const pump = (): void => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const p = queue.shift()!;
      busy.set(w, p);
      w.postMessage(p.task);
    }
  };
  const fail = (e: Error): void => {
    fatal ??= e;
    for (const p of busy.values()) p.reject(fatal);
    busy.clear();
    for (const p of queue.splice(0)) p.reject(fatal);
  };
  const workers: Worker[] = [];
  for (let i = 0; i < n; i++) {
    const w = new Worker(script, { workerData: { [WORKER_FLAG]: true, cfg } });
    w.on('message', (r: Result) => {
      const p = busy.get(w);
      busy.delete(w);
      idle.push(w);
      p?.resolve(r);
      pump();
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (busy.has(w) || (code !== 0 && !closing)) fail(new Error(`worker thread stopped (exit code ${code})`));
    });
    workers.push(w);
    idle.push(w);
  }
  return {
    submit(task) {
      if (fatal) return jobOf(Promise.reject(fatal));
      // A view into a larger buffer would be cloned whole: send just its bytes.
      if (task.kind === 'lines' && typeof task.data !== 'string' && task.data.byteLength !== task.data.buffer.byteLength) {
        task = { ...task, data: new Uint8Array(task.data) };
      }
      return jobOf(
        new Promise<Result>((resolve, reject) => {
          queue.push({ task, resolve, reject });
          pump();
        }),
      );
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
