/**
 * The command-line tool under faults: an output folder that cannot be written, a full
 * device, an input that disappears during the run, a reader that closes the pipe early,
 * Ctrl-C during a `--jobs` run, and (VN_EXTRACT_HEAVY=1) the memory of a 100 MB
 * `--lines` stream. Runs the BUILT tool (`node dist/cli.cjs`, or VN_EXTRACT_CLI) as a
 * child process: run `npm run build` first (`npm test` does).
 *
 * Faults that need a mount (a tiny tmpfs, a read-only bind mount) are skipped, with a
 * message, where mounting is not permitted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Child processes on a shared machine: generous time for each test.
vi.setConfig({ testTimeout: 120_000 });

const root = resolve(__dirname, '..');
const CLI = process.env.VN_EXTRACT_CLI ? resolve(process.env.VN_EXTRACT_CLI) : join(root, 'dist', 'cli.cjs');
const LIB = join(CLI, '..', 'index.cjs');
const HEAVY = process.env.VN_EXTRACT_HEAVY === '1';

/** Exit codes, as docs/CLI.md documents them. */
const EXIT_INPUT = 1;
const EXIT_OUTPUT = 3;
const EXIT_SIGINT = 130;

type ExtractFn = (text: string, opts?: { types?: string[] }) => unknown[];
let extract: ExtractFn;

// News-like sentences written for these tests.
const SENTENCES = [
  'Sáng 12/3/2022, tại Hà Nội, Phó Chủ tịch UBND tỉnh Nam Định Trần Văn Hùng cho biết tổng vốn đầu tư đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ.',
  'Theo Bộ trưởng Bộ Tài chính, thu ngân sách 6 tháng đầu năm ước đạt 58% dự toán, khoảng 3,2 triệu USD đến từ viện trợ.',
  'Bà Lê Thị Mai, Giám đốc Sở Y tế, cho hay hôm qua tỉnh ghi nhận thêm 15 ca mắc mới, giảm 20% so với tuần trước.',
  'Chiều 5/9, ông Phạm Quốc Toàn, Chủ tịch HĐQT công ty, công bố lợi nhuận quý II/2023 đạt 486,8 tỷ đồng.',
  'Giá vàng miếng sáng nay lên 68 triệu đồng mỗi lượng, tăng 300.000 đồng so với phiên trước.',
  'Dự án cầu Sông Xanh có tổng vốn khoảng 1,2 tỷ USD, dự kiến hoàn thành vào quý IV/2025.',
  'Năm 2021, kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD, tăng 7,7%; tỷ lệ giải ngân vốn công đạt gần 45%.',
  'Người dân trong xóm kể lại rằng cơn mưa lớn kéo dài suốt đêm khiến nhiều tuyến đường bị ngập sâu.',
];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], opts: { input?: string; argv0?: string[] } = {}): Promise<Run> {
  return new Promise((res, rej) => {
    const cmd = opts.argv0 ?? [process.execPath];
    const t0 = performance.now();
    const child = spawn(cmd[0]!, [...cmd.slice(1), CLI, ...args], { cwd: tmp, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', rej);
    child.stdin.on('error', () => {});
    child.on('close', (code, signal) =>
      res({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0 }),
    );
    child.stdin.end(opts.input ?? '');
  });
}

/** Every file below `dir`, as paths relative to it (hidden ones included). */
function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)).map((n) => join(e.name, n)) : [e.name],
  );
}

/** Output files are whole or absent: no temporary files, and each one parses and equals the library's answer. */
function expectOnlyCompleteOutputs(dir: string, inputs: Map<string, string>): string[] {
  const names = allFiles(dir);
  expect(names.filter((n) => n.endsWith('.tmp') || n.startsWith('.')), 'temporary files left behind').toEqual([]);
  for (const n of names) {
    const src = inputs.get(n.replace(/\.json$/, '.txt'));
    expect(src, `unexpected output ${n}`).toBeDefined();
    expect(JSON.parse(readFileSync(join(dir, n), 'utf8'))).toEqual(extract(src!));
  }
  return names;
}

const isRoot = process.getuid?.() === 0;

/** Mounts a filesystem on `dir` (as root where permitted); false, with the reason logged, if it cannot. */
function tryMount(args: string[], what: string): boolean {
  if (!isRoot) {
    console.warn(`skipped: ${what}: mounting needs root`);
    return false;
  }
  const r = spawnSync('mount', args, { encoding: 'utf8' });
  if (r.status !== 0) {
    console.warn(`skipped: ${what}: mount is not permitted here (${(r.stderr || String(r.error)).trim()})`);
    return false;
  }
  return true;
}
const mounted: string[] = [];
function umount(dir: string): void {
  spawnSync('umount', [dir]);
  const i = mounted.indexOf(dir);
  if (i >= 0) mounted.splice(i, 1);
}

let tmp: string;
/** Inputs: 40 short articles, each output (JSON) a few kB. */
const docs = new Map<string, string>();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);
  extract = (createRequire(__filename)(LIB) as { extract: ExtractFn }).extract;
  tmp = mkdtempSync(join(tmpdir(), 'vn-extract-faults-'));
  chmodSync(tmp, 0o755);
  mkdirSync(join(tmp, 'docs'));
  for (let i = 0; i < 40; i++) {
    const text = Array.from({ length: 6 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join('\n') + '\n';
    const name = `d${String(i).padStart(2, '0')}.txt`;
    docs.set(name, text);
    writeFileSync(join(tmp, 'docs', name), text);
  }
});

afterAll(() => {
  for (const m of [...mounted]) umount(m);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('unwritable --out', () => {
  it('a path through a regular file: one line naming it, exit 3, nothing written', async () => {
    writeFileSync(join(tmp, 'plain.txt'), 'x');
    const r = await run(['-o', 'plain.txt/out', 'docs']);
    expect(r.code).toBe(EXIT_OUTPUT);
    expect(r.stderr).toBe('vn-extract: plain.txt/out: cannot use as output directory: not a directory\n');
    expect(r.stdout).toBe('');
  });

  it('a read-only folder (read-only bind mount, or no permission as nobody): named, exit 3, no files, no work done', async () => {
    const ro = join(tmp, 'ro');
    mkdirSync(ro, { recursive: true });
    let argv0: string[] | undefined;
    let reason = 'read-only file system';
    if (isRoot && spawnSync('mount', ['--bind', ro, ro]).status === 0) {
      mounted.push(ro);
      if (spawnSync('mount', ['-o', 'remount,ro,bind', ro]).status !== 0) {
        umount(ro);
        return void console.warn('skipped: cannot remount a bind mount read-only');
      }
    } else if (isRoot) {
      // No mounts: drop to nobody, for whom a 0555 folder is not writable.
      chmodSync(ro, 0o555);
      argv0 = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
      if (spawnSync(argv0[0]!, [...argv0.slice(1), CLI, '--version']).status !== 0) {
        return void console.warn('skipped: running as root, with neither mount nor setpriv');
      }
      reason = 'permission denied';
    } else {
      chmodSync(ro, 0o555);
      reason = 'permission denied';
    }
    try {
      for (const out of [ro, join(ro, 'sub', 'dir')]) {
        const r = await run(['-o', out, '-j', '2', 'docs'], argv0 ? { argv0 } : {});
        expect(r.code).toBe(EXIT_OUTPUT);
        expect(r.stderr).toBe(`vn-extract: ${out}: cannot use as output directory: ${reason}\n`);
        expect(allFiles(ro)).toEqual([]);
      }
      // --lines too.
      const l = await run(['--lines', '-o', ro, '-'], { input: SENTENCES.join('\n'), ...(argv0 ? { argv0 } : {}) });
      expect(l.code).toBe(EXIT_OUTPUT);
      expect(l.stderr).toBe(`vn-extract: ${ro}: cannot use as output directory: ${reason}\n`);
    } finally {
      if (mounted.includes(ro)) umount(ro);
    }
  });
});

describe('a full device', () => {
  it('standard output on /dev/full: one line, exit 3, no stack trace', async () => {
    if (!existsSync('/dev/full')) return void console.warn('skipped: no /dev/full');
    for (const args of [['docs/d00.txt'], ['-f', 'jsonl', '-j', '2', 'docs'], ['--lines', 'docs/d01.txt']]) {
      const sh = spawnSync('sh', ['-c', `exec "$@" > /dev/full`, 'sh', process.execPath, CLI, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
      expect(sh.status, args.join(' ')).toBe(EXIT_OUTPUT);
      expect(sh.stderr).toBe('vn-extract: standard output: cannot write output: no space left on device\n');
    }
  });

  it('--out on a tiny tmpfs: the failing file named, exit 3, the run stops; only complete files, no temporary files', async () => {
    const dev = join(tmp, 'tiny');
    mkdirSync(dev, { recursive: true });
    // 40 outputs of a few kB each: the first few fit, then the device is full.
    if (!tryMount(['-t', 'tmpfs', '-o', 'size=32k,mode=0755', 'tmpfs', dev], 'disk-full --out test')) return;
    mounted.push(dev);
    try {
      for (const jobs of ['1', '2']) {
        const r = await run(['-o', dev, '-j', jobs, 'docs']);
        expect(r.code, r.stderr).toBe(EXIT_OUTPUT);
        const lines = r.stderr.split('\n').filter(Boolean);
        expect(lines.length).toBeGreaterThanOrEqual(2);
        for (const l of lines.slice(0, -1)) expect(l).toMatch(new RegExp(`^vn-extract: ${dev}/d\\d\\d\\.json: cannot write output: no space left on device$`));
        expect(lines.at(-1)).toMatch(/^vn-extract: stopped: output cannot be written \(no space left on device\); \d+ of 40 inputs not processed$/);
        expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
        const written = expectOnlyCompleteOutputs(dev, docs);
        expect(written.length).toBeGreaterThan(0); // some fitted
        expect(written.length).toBeLessThan(40);
        for (const n of readdirSync(dev)) unlinkSync(join(dev, n));
      }
      // --lines: a stream bigger than the device gets no output file at all.
      const big = Array.from({ length: 400 }, (_, i) => SENTENCES[i % SENTENCES.length]).join('\n') + '\n';
      writeFileSync(join(tmp, 'many-lines.txt'), big);
      const l = await run(['--lines', '-o', dev, 'many-lines.txt', 'docs/d00.txt']);
      expect(l.code).toBe(EXIT_OUTPUT);
      expect(l.stderr).toBe(
        `vn-extract: ${dev}/many-lines.jsonl: cannot write output: no space left on device\n` +
          'vn-extract: stopped: output cannot be written (no space left on device); 1 of 2 inputs not processed\n',
      );
      expect(allFiles(dev)).toEqual([]);
    } finally {
      umount(dev);
    }
  });
});

describe('an input that disappears during the run', () => {
  it('listed, then deleted before it is read: reported, the others processed, exit 1', async () => {
    // A named pipe as the first input is a synchronization point: when the test's
    // open for writing returns, the CLI has listed its inputs and is reading the pipe,
    // and (window of 4 x jobs) has not yet read the late files.
    const fifo = join(tmp, 'first.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return void console.warn('skipped: mkfifo failed');
    const dir = join(tmp, 'vanish');
    mkdirSync(dir, { recursive: true });
    const names = [...docs.keys()];
    for (const n of names) writeFileSync(join(dir, n), docs.get(n)!);
    const late = join(dir, names[30]!);
    const child = spawn(process.execPath, [CLI, '-j', '2', '-f', 'jsonl', fifo, dir], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const closed = new Promise<number | null>((res) => child.on('close', res));
    const w = await open(fifo, 'w'); // returns once the CLI reads the pipe
    unlinkSync(late);
    await w.write(SENTENCES[0] + '\n');
    await w.close();
    const code = await closed;
    expect(code).toBe(EXIT_INPUT);
    expect(stderr).toBe(`vn-extract: ${late}: no such file or directory\nvn-extract: 1 of 41 inputs failed\n`);
    const got = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; entities: unknown[] });
    expect(got.map((g) => g.file)).toEqual([fifo, ...names.filter((n) => n !== names[30]).map((n) => join(dir, n))]);
    for (const g of got.slice(1)) expect(g.entities).toEqual(extract(readFileSync(g.file, 'utf8')));
  });

  it('with --lines: a file deleted while standard input streams is reported; exit 1', async () => {
    const a = join(tmp, 'lines-a.txt');
    const b = join(tmp, 'lines-b.txt');
    writeFileSync(a, SENTENCES.join('\n') + '\n');
    writeFileSync(b, SENTENCES.join('\n') + '\n');
    const child = spawn(process.execPath, [CLI, '--lines', '-f', 'jsonl', '-j', '2', '-', b, a], { cwd: tmp, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const firstLine = new Promise<void>((res) =>
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString('utf8');
        if (stdout.includes('\n')) res();
      }),
    );
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const closed = new Promise<number | null>((res) => child.on('close', res));
    child.stdin.write(SENTENCES[1] + '\n');
    await firstLine; // the inputs are listed and the run is under way
    unlinkSync(b);
    child.stdin.end(SENTENCES[2] + '\n');
    expect(await closed).toBe(EXIT_INPUT);
    expect(stderr).toBe(`vn-extract: ${b}: no such file or directory\nvn-extract: 1 of 3 inputs failed\n`);
    const got = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; line: number });
    expect(got.map((g) => `${g.file}:${g.line}`)).toEqual(['-:1', '-:2', ...SENTENCES.map((_, i) => `${a}:${i + 1}`)]);
  });
});

describe('a reader that closes the pipe early (| head -1)', () => {
  /** Runs `CLI args | head -1` in a shell; the CLI's exit status and standard error, and the time taken. */
  const viaHead = (args: string[], stdinFile?: string): { code: number; stderr: string; first: string; ms: number } => {
    const t0 = performance.now();
    const redirect = stdinFile ? ` < "${stdinFile}"` : '';
    const r = spawnSync(
      'bash',
      ['-c', `"$0" "$@" 2>"${join(tmp, 'head.err')}"${redirect} | head -1; exit \${PIPESTATUS[0]}`, process.execPath, CLI, ...args],
      { cwd: tmp, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 },
    );
    return { code: r.status ?? -1, stderr: readFileSync(join(tmp, 'head.err'), 'utf8'), first: r.stdout, ms: performance.now() - t0 };
  };

  it('many documents as jsonl: exit 0 quietly, without processing the rest', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `m${String(i).padStart(3, '0')}.txt`), docs.get(`d${String(i % 40).padStart(2, '0')}.txt`)!);
    for (const jobs of ['1', '3']) {
      const h = viaHead(['-f', 'jsonl', '-j', jobs, dir]);
      expect(h.code).toBe(0);
      expect(h.stderr).toBe('');
      expect(JSON.parse(h.first).file).toBe(join(dir, 'm000.txt'));
    }
    // One big document: its single line is the whole output; still quiet.
    writeFileSync(join(tmp, 'big.txt'), SENTENCES.join(' ').repeat(200));
    const b = viaHead(['big.txt', '--format', 'jsonl']);
    expect(b.code).toBe(0);
    expect(b.stderr).toBe('');
  });

  it('--lines over a large standard input: exits quietly and promptly, long before the input is read', async () => {
    // 20 MB of lines: reading and extracting it all takes many seconds.
    const lines = join(tmp, 'stream.txt');
    const block = SENTENCES.join('\n') + '\n';
    writeFileSync(lines, block.repeat(Math.ceil(20e6 / Buffer.byteLength(block))));
    for (const extra of [[], ['-j', '2'], ['-f', 'tsv']]) {
      const h = viaHead(['--lines', ...extra], lines);
      expect(h.code, extra.join(' ')).toBe(0);
      expect(h.stderr).toBe('');
      expect(h.first.length).toBeGreaterThan(0);
      expect(h.ms).toBeLessThan(15_000);
    }
    // The CLI stopped early rather than reading on: an unending input ends too.
    // bash runs `CLI --lines | head -1` with its standard input fed here, without end.
    const child = spawn('bash', ['-c', '"$0" "$@" | head -1 >/dev/null; exit ${PIPESTATUS[0]}', process.execPath, CLI, '--lines'], {
      cwd: tmp,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdin.on('error', () => {});
    let open_ = true;
    const closed = new Promise<number | null>((res) =>
      child.on('close', (c) => {
        open_ = false;
        res(c);
      }),
    );
    const feed = async (): Promise<void> => {
      while (open_) {
        if (!child.stdin.write(block)) await Promise.race([new Promise((res) => child.stdin.once('drain', res)), closed]);
      }
    };
    void feed();
    const code = await Promise.race([closed, new Promise<string>((res) => setTimeout(() => res('still running'), 30_000))]);
    if (code === 'still running') child.kill('SIGKILL');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 120_000);
});

describe('a closed standard error', () => {
  it('messages are lost, not the run: the exit code is still the documented one', () => {
    writeFileSync(join(tmp, 'plain.txt'), 'x');
    for (const [args, code] of [
      [['-o', 'plain.txt/out', 'docs'], EXIT_OUTPUT],
      [['-f', 'jsonl', 'missing.txt', 'docs/d00.txt'], EXIT_INPUT],
    ] as const) {
      const r = spawnSync('bash', ['-c', '"$0" "$@" 2>&1 >/dev/null | true; exit ${PIPESTATUS[0]}', process.execPath, CLI, ...args], {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, args.join(' ')).toBe(code);
    }
  });
});

describe('Ctrl-C during a --jobs run with --out', () => {
  it('workers stop, exit 130, only complete output files and no temporary files remain', async () => {
    const dir = join(tmp, 'sigin');
    mkdirSync(dir, { recursive: true });
    const inputs = new Map<string, string>();
    // Larger documents, so that the run is well under way and writing when interrupted.
    for (let i = 0; i < 120; i++) {
      const name = `s${String(i).padStart(3, '0')}.txt`;
      const text = (docs.get(`d${String(i % 40).padStart(2, '0')}.txt`)! + '\n').repeat(40);
      inputs.set(name, text);
      writeFileSync(join(dir, name), text);
    }
    const out = join(tmp, 'sigout');
    const child = spawn(process.execPath, [CLI, '-j', '2', '-o', out, dir], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const closed = new Promise<[number | null, string | null]>((res) => child.on('close', (c, s) => res([c, s])));
    // Interrupt once some outputs are complete, the workers busy with the next ones, and
    // if possible while a worker is writing one (its temporary file exists).
    const t0 = Date.now();
    while (Date.now() - t0 < 60_000 && allFiles(out).filter((n) => n.endsWith('.json')).length < 3) {
      await new Promise((res) => setTimeout(res, 10));
    }
    const t1 = Date.now();
    while (Date.now() - t1 < 5_000 && !allFiles(out).some((n) => n.endsWith('.tmp'))) {
      /* poll without yielding: the window is a few milliseconds */
    }
    child.kill('SIGINT');
    const [code, signal] = await closed;
    expect(signal).toBeNull();
    expect(code).toBe(EXIT_SIGINT);
    expect(stderr).toBe('');
    const written = expectOnlyCompleteOutputs(out, inputs);
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.length).toBeLessThan(120);
    // Nothing more appears: no worker outlived the process.
    await new Promise((res) => setTimeout(res, 500));
    expect(allFiles(out).length).toBe(written.length);
  }, 120_000);
});

describe('Ctrl-C during a --lines --jobs run with --out', () => {
  it('exit 130, the unfinished output leaves no file and no temporary file; finished ones stay', async () => {
    const out = join(tmp, 'sigl');
    const done = join(tmp, 'lines-done.txt');
    writeFileSync(done, SENTENCES.join('\n') + '\n');
    const child = spawn(process.execPath, [CLI, '--lines', '-j', '2', '-o', out, done, '-'], { cwd: tmp, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdin.on('error', () => {});
    const closed = new Promise<[number | null, string | null]>((res) => child.on('close', (c, s) => res([c, s])));
    child.stdin.write(SENTENCES.join('\n').repeat(50) + '\n');
    const t0 = Date.now();
    while (Date.now() - t0 < 30_000 && !(existsSync(join(out, 'lines-done.jsonl')) && allFiles(out).some((n) => n.endsWith('.tmp')))) {
      await new Promise((res) => setTimeout(res, 20));
    }
    child.kill('SIGINT');
    const [code, signal] = await closed;
    expect(signal).toBeNull();
    expect(code).toBe(EXIT_SIGINT);
    expect(stderr).toBe('');
    expect(allFiles(out)).toEqual(['lines-done.jsonl']);
    expect(readFileSync(join(out, 'lines-done.jsonl'), 'utf8').split('\n').filter(Boolean).length).toBe(SENTENCES.length);
  }, 60_000);
});

describe.skipIf(!HEAVY)('memory (VN_EXTRACT_HEAVY=1)', () => {
  // Percentages only, in two workers: the full pipeline runs at about 1 MB/s per core,
  // too slow for 100 MB in a test; the CLI's streaming (what this test measures) is the
  // same. Two workers also check that reading stays bounded when the workers lag behind.
  const TYPES = ['percent'];
  // A small heap: a program holding the input (100 MB of bytes, ~170 MB as a JS string)
  // could not finish at all.
  const HEAP_MB = 64;

  /** Feeds `total` bytes of news-like lines, generated on the fly (never held here), to `--lines`. */
  async function feed(total: number): Promise<{ code: number | null; stderr: string; peakKb: number; rows: number; expectRows: number; lines: number; secs: number }> {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, '--lines', '-f', 'tsv', '-j', '2', '--types', TYPES.join(',')], {
      cwd: tmp,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let rows = 0;
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) rows++;
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    let peakKb = 0;
    const sample = (): void => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited */
      }
    };
    const poll = setInterval(sample, 25);
    const closed = new Promise<number | null>((res) => child.on('close', res));
    const variants = SENTENCES.map((s, k) => [s, s + ' ' + SENTENCES[(k + 3) % SENTENCES.length]!] as const);
    const rowsOf = variants.map((v) => v.map((l) => extract(l, { types: TYPES }).length));
    let sent = 0;
    let lines = 0;
    let expectRows = 1; // the header
    const t0 = performance.now();
    let buf: string[] = [];
    let bufBytes = 0;
    while (sent < total) {
      const k = lines % SENTENCES.length;
      const v = lines % 3 === 0 ? 1 : 0;
      const line = variants[k]![v] + '\n';
      expectRows += rowsOf[k]![v]!;
      buf.push(line);
      bufBytes += Buffer.byteLength(line);
      lines++;
      if (bufBytes >= 1 << 16) {
        sent += bufBytes;
        if (!child.stdin.write(buf.join(''))) await new Promise((res) => child.stdin.once('drain', res));
        buf = [];
        bufBytes = 0;
      }
    }
    child.stdin.end(buf.join(''));
    const code = await closed;
    clearInterval(poll);
    return { code, stderr, peakKb, rows, expectRows, lines, secs: (performance.now() - t0) / 1000 };
  }

  it('100 MB of news-like lines through --lines on standard input: peak RSS stays bounded', async () => {
    if (!existsSync('/proc/self/status')) return void console.warn('skipped: no /proc to measure memory');
    const small = await feed(10e6);
    const big = await feed(100e6);
    for (const [name, r] of [['10 MB', small], ['100 MB', big]] as const) {
      console.log(`--lines: ${name}, ${r.lines} lines in ${r.secs.toFixed(1)} s; peak RSS ${(r.peakKb / 1024).toFixed(0)} MB`);
      expect(r.code, r.stderr).toBe(0);
      expect(r.rows).toBe(r.expectRows);
      expect(r.peakKb).toBeGreaterThan(0);
    }
    // Ten times the input, about the same memory (main thread and two workers): it does
    // not grow with the input. The absolute bound is far below what holding it would take.
    expect(big.peakKb).toBeLessThan(small.peakKb * 1.5 + 32 * 1024);
    expect(big.peakKb).toBeLessThan(300 * 1024);
  }, 180_000);
});
