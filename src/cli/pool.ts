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

export interface Runner {
  /** Starts a task; the promise settles with its result. */
  submit(task: Task): Promise<Result>;
  close(): Promise<void>;
}

export function inlineRunner(cfg: WorkConfig): Runner {
  return {
    submit: (task) => {
      try {
        return Promise.resolve(runTask(task, cfg));
      } catch (e) {
        return Promise.reject(e as Error);
      }
    },
    close: async () => {},
  };
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
      if (fatal) return Promise.reject(fatal);
      return new Promise<Result>((resolve, reject) => {
        queue.push({ task, resolve, reject });
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
