/**
 * The built command-line tool (`node dist/cli.cjs`), run as a child process. Run
 * `npm run build` first (`npm test` does). VN_EXTRACT_CLI may point at another build.
 *
 * The recognizers evolve, so most tests compare the CLI with the library (dist/index.cjs)
 * or `--jobs N` with `--jobs 1`, and check structure rather than particular entities.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const CLI = process.env.VN_EXTRACT_CLI ? resolve(process.env.VN_EXTRACT_CLI) : join(root, 'dist', 'cli.cjs');
const LIB = join(CLI, '..', 'index.cjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

interface Rec {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: unknown;
}
type ExtractFn = (text: string, opts?: { types?: string[]; referenceDate?: string }) => Rec[];
let extract: ExtractFn;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  out: Buffer;
}

/** A clean environment: no colour variables from the caller. */
function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

function run(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; argv0?: string[] } = {},
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const cmd = opts.argv0 ?? [process.execPath];
    const child = spawn(cmd[0]!, [...cmd.slice(1), CLI, ...args], {
      cwd: opts.cwd ?? tmp,
      env: baseEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything
    child.on('close', (code, signal) => {
      const o = Buffer.concat(out);
      resolvePromise({ code, signal, stdout: o.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), out: o });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs a shell command line under `script`, which gives it a pseudo-terminal. */
function inTty(cmdline: string, env: Record<string, string | undefined> = {}): { stdout: string; status: number | null } {
  const r = spawnSync('script', ['-qec', cmdline, '/dev/null'], { cwd: tmp, env: baseEnv(env), encoding: 'utf8', timeout: 30_000 });
  return { stdout: r.stdout ?? '', status: r.status };
}
/** `script` from util-linux can give the CLI a pseudo-terminal here. */
const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null'], { encoding: 'utf8', timeout: 10_000 }).status === 0;
if (!hasScript) console.warn('skipped: terminal tests (colours, progress bar) need `script` (util-linux) and a pseudo-terminal');

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

// Fixture texts, written for these tests.
const ARTICLE = [
  'Sáng 21/7/2021, tại Hà Nội, ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Bình Minh, cho biết tổng thu ngân sách 6 tháng đầu năm 2021 đạt 42.200 tỷ đồng, tăng 7,7% so với cùng kỳ năm 2020.',
  '',
  'Theo bà Trần Thị Bích Ngọc, Phó Chủ tịch UBND tỉnh, dự án cầu Sông Xanh có tổng vốn khoảng 1,2 tỷ USD và dự kiến hoàn thành vào quý IV/2023. Tỷ lệ giải ngân hiện đạt gần 45%.',
  '',
  'Ngày 3/9, Bộ trưởng Bộ Kế hoạch và Đầu tư sẽ làm việc với tỉnh về kế hoạch giai đoạn 2021-2025. Vé <loại A> giá 50.000đ & "miễn phí" cho trẻ em.',
  '',
].join('\n');
const SHORT = [
  'Ngày 14/5/2022, doanh thu đạt 486,8 tỷ đồng, tăng 12%.',
  'Chiều 3/9, ông Lê Văn Bình, Chủ tịch UBND huyện, dự họp.',
  'Năm 2020 lợi nhuận giảm 5-7% so với năm 2019.',
  'Hôm qua giá vàng lên 68 triệu đồng mỗi lượng.',
  'Không có gì ở đây cả.',
  'Quý I/2021, xuất khẩu đạt 2 tỷ USD, tăng 20,5%.',
];

let tmp: string;
let corpusDir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);
  extract = (createRequire(__filename)(LIB) as { extract: ExtractFn }).extract;
  tmp = mkdtempSync(join(tmpdir(), 'vn-extract-cli-'));
  chmodSync(tmp, 0o755);
  writeFileSync(join(tmp, 'article.txt'), ARTICLE);
  SHORT.forEach((s, i) => writeFileSync(join(tmp, `s${i}.txt`), s + '\n'));
  // A folder of documents: nested, with a hidden file and other extensions.
  corpusDir = join(tmp, 'corpus');
  mkdirSync(join(corpusDir, 'b', 'deep'), { recursive: true });
  mkdirSync(join(corpusDir, '.hidden'), { recursive: true });
  for (let i = 0; i < 12; i++) {
    const dir = i % 3 === 0 ? join(corpusDir, 'b') : i % 5 === 0 ? join(corpusDir, 'b', 'deep') : corpusDir;
    writeFileSync(join(dir, `doc${String(i).padStart(2, '0')}.txt`), SHORT[i % SHORT.length]! + '\n' + ARTICLE.slice(0, 80 + i * 17));
  }
  writeFileSync(join(corpusDir, 'notes.md'), 'Ngày 1/1/2020 là ghi chú.\n');
  writeFileSync(join(corpusDir, '.secret.txt'), 'Ngày 2/2/2020.\n');
  writeFileSync(join(corpusDir, '.hidden', 'x.txt'), 'Ngày 3/3/2020.\n');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function parseJsonl(s: string): { file: string; line?: number; entities: Rec[] }[] {
  return s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { file: string; line?: number; entities: Rec[] });
}

function expectRecordsOf(text: string, recs: Rec[]): void {
  for (const r of recs) {
    expect(['person', 'title', 'date', 'percent', 'money']).toContain(r.type);
    expect(typeof r.start).toBe('number');
    expect(r.end).toBeGreaterThan(r.start);
    expect(text.slice(r.start, r.end)).toBe(r.text);
  }
}

describe('options', () => {
  it('--help prints every option and exits 0; --version prints the version fixed at build time', async () => {
    const [h, v, vs] = await Promise.all([run(['--help']), run(['--version']), run(['-V'])]);
    expect(h.code).toBe(0);
    for (const o of ['--format', '--types', '--ref-date', '--lines', '--ext', '--out', '--jobs', '--lenient', '--color', '--quiet', '--help', '--version']) {
      expect(h.stdout).toContain(o);
    }
    expect(h.stdout).toMatch(/Exit codes/);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(`vn-extract ${pkg.version}`);
    expect(vs.stdout).toBe(v.stdout);
    // Not read at run time: a copy of the file far from package.json says the same.
    const lone = join(tmp, 'lone');
    mkdirSync(lone, { recursive: true });
    copyFileSync(CLI, join(lone, 'cli.cjs'));
    const r = spawnSync(process.execPath, [join(lone, 'cli.cjs'), '--version'], { cwd: lone, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(`vn-extract ${pkg.version}`);
  });

  it('unknown options and bad values print a usage message and exit 2', async () => {
    const bad = [
      ['--bogus', 'article.txt'],
      ['-x'],
      ['--format', 'xml', 'article.txt'],
      ['--format'],
      ['--types', 'person,city', 'article.txt'],
      ['--types', ',', 'article.txt'],
      ['--ref-date', '21/07/2021', 'article.txt'],
      ['--ref-date', '2021-02-30', 'article.txt'],
      ['--jobs', '0', 'article.txt'],
      ['--jobs', 'many', 'article.txt'],
      ['--color', 'sometimes', 'article.txt'],
      ['--ext', '', 'article.txt'],
      ['--lines', '--format', 'html'],
      ['-', '-'],
      ['--quiet=yes', 'article.txt'],
    ];
    const runs = await Promise.all(bad.map((a) => run(a)));
    runs.forEach((r, i) => {
      expect(r.code, bad[i]!.join(' ')).toBe(2);
      expect(r.stdout, bad[i]!.join(' ')).toBe('');
      expect(r.stderr, bad[i]!.join(' ')).toMatch(/^vn-extract: .+\nusage: vn-extract/);
    });
  });

  it('--types and --ref-date are passed to extract', async () => {
    const [a, b, c] = await Promise.all([
      run(['--types', 'date,money', '--ref-date', '2021-07-21', 'article.txt']),
      run(['-t', 'percent', 'article.txt']),
      run(['-r', '2019-12-31', 'article.txt']),
    ]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(extract(ARTICLE, { types: ['date', 'money'], referenceDate: '2021-07-21' }));
    for (const r of JSON.parse(a.stdout) as Rec[]) expect(['date', 'money']).toContain(r.type);
    expect(JSON.parse(b.stdout)).toEqual(extract(ARTICLE, { types: ['percent'] }));
    expect(JSON.parse(c.stdout)).toEqual(extract(ARTICLE, { referenceDate: '2019-12-31' }));
  });
});

describe('inputs', () => {
  it('one file: json, the records of extract', async () => {
    const r = await run(['article.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const recs = JSON.parse(r.stdout) as Rec[];
    expect(Array.isArray(recs)).toBe(true);
    expect(recs).toEqual(extract(ARTICLE));
    expectRecordsOf(ARTICLE, recs);
  });

  it('several files: jsonl, one line per file in argument order', async () => {
    const names = ['s3.txt', 'article.txt', 's0.txt'];
    const r = await run(names);
    expect(r.code).toBe(0);
    const lines = parseJsonl(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(names);
    expect(lines[1]!.entities).toEqual(extract(ARTICLE));
    expect(lines[0]!.entities).toEqual(extract(SHORT[3]! + '\n'));
  });

  it('standard input: piped with no argument or with -', async () => {
    const [a, b, c] = await Promise.all([run([], { input: ARTICLE }), run(['-'], { input: ARTICLE }), run(['s1.txt', '-'], { input: ARTICLE })]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(extract(ARTICLE));
    expect(b.stdout).toBe(a.stdout);
    expect(parseJsonl(c.stdout).map((l) => l.file)).toEqual(['s1.txt', '-']);
    expect(parseJsonl(c.stdout)[1]!.entities).toEqual(extract(ARTICLE));
  });

  it('folders: recursive, sorted, .txt by default, hidden entries skipped, --ext to change', async () => {
    const [a, b, all] = await Promise.all([run(['corpus']), run(['--ext', 'md,.TXT', 'corpus']), run(['--ext', '*', 'corpus'])]);
    expect(parseJsonl(all.stdout).length).toBe(13);
    expect(a.code).toBe(0);
    const files = parseJsonl(a.stdout).map((l) => l.file);
    expect(files.length).toBe(12);
    expect(files.every((f) => f.endsWith('.txt') && !f.includes('.hidden') && !f.includes('.secret'))).toBe(true);
    expect(files[0]).toBe(join('corpus', 'b', 'deep', 'doc05.txt'));
    expect(files).toContain(join('corpus', 'doc11.txt'));
    const filesB = parseJsonl(b.stdout).map((l) => l.file);
    expect(filesB.length).toBe(13);
    expect(filesB).toContain(join('corpus', 'notes.md'));
    // A folder is always several documents, even with one file in it.
    mkdirSync(join(tmp, 'one'), { recursive: true });
    writeFileSync(join(tmp, 'one', 'x.txt'), SHORT[0]!);
    const c = await run(['one']);
    expect(parseJsonl(c.stdout).map((l) => l.file)).toEqual([join('one', 'x.txt')]);
  });

  it('UTF-8 BOM is skipped: offsets refer to the decoded text without it; UTF-16 LE/BE with BOM are decoded', async () => {
    const text = SHORT.join('\n');
    writeFileSync(join(tmp, 'bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    writeFileSync(join(tmp, 'le16.txt'), Buffer.from('\ufeff' + text, 'utf16le'));
    const be = Buffer.from('\ufeff' + text, 'utf16le');
    be.swap16();
    writeFileSync(join(tmp, 'be16.txt'), be);
    const r = await run(['bom8.txt', 'le16.txt', 'be16.txt']);
    expect(r.code).toBe(0);
    const want = extract(text);
    for (const l of parseJsonl(r.stdout)) {
      expect(l.entities).toEqual(want);
      expectRecordsOf(text, l.entities);
    }
    // Line by line too.
    const byLine = SHORT.map((s) => extract(s));
    const lr = await run(['--lines', 'bom8.txt', 'le16.txt', 'be16.txt']);
    expect(lr.code).toBe(0);
    const got = parseJsonl(lr.stdout);
    expect(got.length).toBe(3 * SHORT.length);
    got.forEach((l, i) => expect(l.entities, `${l.file}:${l.line}`).toEqual(byLine[i % SHORT.length]));
  });
});

describe('formats', () => {
  it('tsv: a header and six columns, with tabs and line breaks escaped', async () => {
    const text = 'Ngày 14/5/2022\tdoanh thu\nđạt 486,8 tỷ đồng, tăng 12%.';
    writeFileSync(join(tmp, 'tab.txt'), text);
    const r = await run(['-f', 'tsv', 'tab.txt', 'article.txt']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter(Boolean);
    expect(rows[0]).toBe('file\ttype\tstart\tend\ttext\tvalue');
    const n = extract(text).length + extract(ARTICLE).length;
    expect(rows.length).toBe(1 + n);
    for (const row of rows.slice(1)) {
      const cols = row.split('\t');
      expect(cols.length).toBe(6);
      expect(['tab.txt', 'article.txt']).toContain(cols[0]);
      expect(Number(cols[3])).toBeGreaterThan(Number(cols[2]));
      JSON.parse(cols[5]!.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\\\/g, '\\'));
    }
  });

  it('text: markup without colour when not on a terminal; ANSI colours with --color always', async () => {
    const [plain, col, never] = await Promise.all([
      run(['-f', 'text', 'article.txt']),
      run(['-f', 'text', '--color', 'always', 'article.txt'], { env: { NO_COLOR: '1' } }),
      run(['-f', 'text', '--color', 'never', 'article.txt']),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const recs = extract(ARTICLE);
    // Removing the markup gives the input back.
    expect(plain.stdout.replace(/\[\[([^|\]]*)\|(\w+)\]\]/g, '$1')).toBe(ARTICLE);
    expect((plain.stdout.match(/\[\[[^|\]]*\|\w+\]\]/g) ?? []).length).toBe(recs.length);
    expect(never.stdout).toBe(plain.stdout);
    if (recs.length) expect(col.stdout).toMatch(/\x1b\[1;\d+m/);
    expect(col.stdout.replace(/\x1b\[[\d;]*m/g, '').startsWith(ARTICLE)).toBe(true);
  });

  it.skipIf(!hasScript)('text: colours on a terminal, none with NO_COLOR', () => {
    const cmd = `${q(process.execPath)} ${q(CLI)} -f text article.txt`;
    const tty = inTty(cmd);
    const noColor = inTty(cmd, { NO_COLOR: '1' });
    expect(tty.status).toBe(0);
    if (extract(ARTICLE).length) expect(tty.stdout).toMatch(/\x1b\[1;\d+m/);
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
    expect(noColor.stdout).toContain('[[');
  });

  it('html: a self-contained page with everything escaped, a legend and a table', async () => {
    const evil = 'Ngày 14/5/2022 <script>alert("x")</script> & <img src=x onerror=alert(1)> đạt 486,8 tỷ đồng \'q\'.';
    writeFileSync(join(tmp, 'evil.txt'), evil);
    const r = await run(['-f', 'html', 'evil.txt']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<img|<link|<iframe|\ssrc="|\shref="|url\(|@import|https?:\/\//i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('class="legend"');
    const recs = extract(evil);
    expect((html.match(/<mark /g) ?? []).length).toBe(recs.length);
    expect((html.match(/<tr data-type=/g) ?? []).length).toBe(recs.length);
  });

  it('json with several inputs: one array of {file, entities}', async () => {
    const r = await run(['-f', 'json', 's0.txt', 's1.txt']);
    const v = JSON.parse(r.stdout) as { file: string; entities: Rec[] }[];
    expect(v.map((x) => x.file)).toEqual(['s0.txt', 's1.txt']);
    expect(v[1]!.entities).toEqual(extract(SHORT[1]! + '\n'));
  });
});

describe('--lines', () => {
  const input = ['Ngày 14/5/2022 doanh thu tăng 12%.\r', '', ...SHORT, 'dòng cuối không có xuống dòng 5%'].join('\n');
  const lines = input.split('\n').map((l) => l.replace(/\r$/, ''));

  it('each line is a document: jsonl by default, in input order, offsets relative to the line', async () => {
    const r = await run(['--lines'], { input });
    expect(r.code).toBe(0);
    const out = parseJsonl(r.stdout);
    expect(out.length).toBe(lines.length);
    out.forEach((o, i) => {
      expect(o.file).toBe('-');
      expect(o.line).toBe(i + 1);
      expect(o.entities).toEqual(extract(lines[i]!));
    });
  });

  it('json, tsv and text work line by line; files too', async () => {
    writeFileSync(join(tmp, 'lines.txt'), input);
    const [j, t, x] = await Promise.all([
      run(['--lines', '-f', 'json'], { input }),
      run(['--lines', '-f', 'tsv', 'lines.txt']),
      run(['--lines', '-f', 'text'], { input }),
    ]);
    const arr = JSON.parse(j.stdout) as { line: number; entities: Rec[] }[];
    expect(arr.map((a) => a.line)).toEqual(lines.map((_, i) => i + 1));
    const rows = t.stdout.split('\n').filter(Boolean);
    expect(rows[0]).toBe('file\tline\ttype\tstart\tend\ttext\tvalue');
    expect(rows.length - 1).toBe(lines.reduce((n, l) => n + extract(l).length, 0));
    for (const row of rows.slice(1)) expect(row.split('\t')[0]).toBe('lines.txt');
    const textLines = x.stdout.split('\n');
    expect(textLines.length).toBe(lines.length + 1);
    expect(textLines.slice(0, -1).map((l) => l.replace(/\[\[([^|\]]*)\|\w+\]\]/g, '$1'))).toEqual(lines);
  });

  it('streams: a line is answered before the input ends', async () => {
    const child = spawn(process.execPath, [CLI, '--lines'], { cwd: tmp, env: baseEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const firstLine = new Promise<string>((res) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
        if (out.includes('\n')) res(out);
      });
    });
    child.stdin.write(SHORT[0] + '\n');
    const got = await Promise.race([firstLine, new Promise<string>((res) => setTimeout(() => res('timeout'), 20_000))]);
    expect(got).not.toBe('timeout');
    expect(JSON.parse(got.split('\n')[0]!).line).toBe(1);
    child.stdin.end(SHORT[1] + '\n');
    await new Promise((res) => child.on('close', res));
    expect(parseJsonl(out).map((o) => o.line)).toEqual([1, 2]);
  });

  it('a large input streams with bounded memory', async () => {
    if (!existsSync('/proc/self/status')) return void console.warn('skipped: no /proc to measure memory');
    /** Peak resident memory (kB) of the CLI fed `mb` MB of long lines generated on the fly (never held here). */
    const peakOf = async (mb: number): Promise<{ peak: number; code: number | null; outLines: number }> => {
      // A 40 MB heap: a program holding the decoded input (48 MB) could not finish.
      const child = spawn(process.execPath, ['--max-old-space-size=40', CLI, '--lines', '-f', 'tsv'], {
        cwd: tmp,
        env: baseEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let outLines = 0;
      child.stdout.on('data', (c: Buffer) => {
        for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) outLines++;
      });
      let peak = 0;
      const poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) peak = Math.max(peak, Number(m[1]));
        } catch {
          /* exited */
        }
      }, 20);
      const line = Buffer.from('a'.repeat(65_535) + '\n');
      for (let i = 0; i < mb * 16; i++) {
        if (!child.stdin.write(line)) await new Promise((res) => child.stdin.once('drain', res));
      }
      child.stdin.end();
      const code = await new Promise<number | null>((res) => child.on('close', res));
      clearInterval(poll);
      return { peak, code, outLines };
    };
    const small = await peakOf(1);
    const large = await peakOf(48);
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    expect(large.outLines).toBe(1); // the tsv header: no entities in these lines
    expect(small.peak).toBeGreaterThan(0);
    // Holding the input's bytes would add 48 MB on top of the garbage collector's slack
    // (about 40 MB of buffers awaiting collection, whatever the input size).
    expect((large.peak - small.peak) / 1024).toBeLessThan(64);
  }, 120_000);
});

describe('--jobs', () => {
  it('output is identical to --jobs 1, in input order, in every format', async () => {
    const args = ['corpus', 'article.txt', 's0.txt'];
    for (const f of ['jsonl', 'json', 'tsv', 'text', 'html']) {
      const [one, four] = await Promise.all([run(['-q', '-f', f, '-j', '1', ...args]), run(['-q', '-f', f, '--jobs', '3', ...args])]);
      expect(one.code, f).toBe(0);
      expect(four.code, f).toBe(0);
      expect(four.stdout, f).toBe(one.stdout);
    }
  });

  it('--lines output is identical to --jobs 1, errors included', async () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < 600; i++) {
      parts.push(Buffer.from(SHORT[i % SHORT.length]! + ` ${i}\n`));
      if (i === 234) parts.push(Buffer.from([0x62, 0xff, 0x0a])); // one bad line
    }
    const input = Buffer.concat(parts);
    const [one, three] = await Promise.all([run(['--lines', '-j', '1'], { input }), run(['--lines', '-j', '3'], { input })]);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(parseJsonl(one.stdout).length).toBe(600);
    expect(one.stderr).toMatch(/^vn-extract: -: line 236: invalid UTF-8 at byte offset \d+/m);
  });

  it('errors are reported in input order with --jobs too', async () => {
    const args = ['s0.txt', 'missing-1.txt', 's1.txt', 'missing-2.txt', 's2.txt'];
    const [one, four] = await Promise.all([run(['-j', '1', ...args]), run(['-j', '4', ...args])]);
    expect(one.code).toBe(1);
    expect(four.stdout).toBe(one.stdout);
    expect(four.stderr).toBe(one.stderr);
    expect(parseJsonl(one.stdout).map((l) => l.file)).toEqual(['s0.txt', 's1.txt', 's2.txt']);
  });
});

describe('bad input', () => {
  it('missing, directory-as-file, binary and invalid UTF-8: one line each naming the file; the rest still processed; exit 1', async () => {
    writeFileSync(join(tmp, 'bin.txt'), Buffer.from('Ngày 1/2/2020\x00\x01\x02', 'utf8'));
    // "Ngày 1/2" is 9 bytes, then 0xC3 0x28 is a bad sequence.
    writeFileSync(join(tmp, 'bad8.txt'), Buffer.concat([Buffer.from('Ngày 1/2 '), Buffer.from([0xc3, 0x28]), Buffer.from(' tăng 5%.')]));
    const r = await run(['s0.txt', 'nope.txt', 'article.txt/', 'bin.txt', 'bad8.txt', 's1.txt']);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout).map((l) => l.file)).toEqual(['s0.txt', 's1.txt']);
    const err = r.stderr.split('\n').filter(Boolean);
    expect(err[0]).toMatch(/^vn-extract: nope\.txt: no such file/);
    expect(err[1]).toMatch(/^vn-extract: article\.txt\/: not a directory/);
    expect(err[2]).toMatch(/^vn-extract: bin\.txt: binary file \(NUL byte at byte offset 14\)/);
    expect(err[3]).toMatch(/^vn-extract: bad8\.txt: invalid UTF-8 at byte offset 10\b/);
    expect(err[4]).toBe('vn-extract: 4 of 6 inputs failed');
    expect(err.length).toBe(5);
    const quiet = await run(['-q', 's0.txt', 'nope.txt']);
    expect(quiet.stderr.split('\n').filter(Boolean).length).toBe(1);
  });

  it('--lenient decodes invalid UTF-8 with replacement characters', async () => {
    const r = await run(['--lenient', 'bad8.txt']);
    expect(r.code).toBe(0);
    const text = 'Ngày 1/2 \ufffd( tăng 5%.';
    expect(JSON.parse(r.stdout)).toEqual(extract(text));
  });

  it('a directory on standard input is an error', () => {
    const sh = spawnSync('sh', ['-c', `${q(process.execPath)} ${q(CLI)} - < ${q(tmp)}`], { encoding: 'utf8', env: baseEnv() });
    expect(sh.status).toBe(1);
    expect(sh.stderr).toMatch(/^vn-extract: -: standard input is a directory/);
  });

  it('a file without read permission', async () => {
    const p = join(tmp, 'secret.txt');
    writeFileSync(p, SHORT[0]!);
    chmodSync(p, 0o000);
    let prefix: string[] | undefined;
    if (process.getuid?.() === 0) {
      // root reads anything: run as nobody.
      prefix = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
      const probe = spawnSync(prefix[0]!, [...prefix.slice(1), CLI, '--version'], { cwd: tmp, encoding: 'utf8' });
      if (probe.status !== 0) return void console.warn('skipped: running as root, and cannot run the CLI as nobody with setpriv');
      chmodSync(join(tmp, 's0.txt'), 0o644);
    }
    const r = await run(['secret.txt', 's0.txt'], prefix ? { argv0: prefix } : {});
    expect(r.stderr).toMatch(/^vn-extract: secret\.txt: permission denied$/m);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout).map((l) => l.file)).toEqual(['s0.txt']);
  });
});

describe('--out', () => {
  it('one file per input, mirroring folders, with the format extension; nothing on stdout', async () => {
    const out = join(tmp, 'out1');
    const r = await run(['-o', out, 'corpus', 'article.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'))).toEqual(extract(ARTICLE));
    expect(existsSync(join(out, 'b', 'deep', 'doc05.json'))).toBe(true);
    const all = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(d, e.name)) : [e.name]));
    const names = all(out);
    expect(names.length).toBe(13);
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
    const single = await run(['article.txt']);
    expect(readFileSync(join(out, 'article.json'), 'utf8')).toBe(single.stdout);
    const h = await run(['-o', out, '-f', 'html', '-j', '2', 'article.txt', 's0.txt']);
    expect(h.code).toBe(0);
    expect(readFileSync(join(out, 'article.html'), 'utf8')).toBe((await run(['-f', 'html', 'article.txt'])).stdout);
  });

  it('an --out folder inside an input folder is not searched', async () => {
    const dir = join(tmp, 'nest');
    mkdirSync(dir, { recursive: true });
    SHORT.forEach((t, i) => writeFileSync(join(dir, `n${i}.txt`), t));
    const args = ['-o', join(dir, 'res'), '-f', 'text', dir];
    const first = await run(args);
    const again = await run(args);
    expect(first.code).toBe(0);
    expect(again.code).toBe(0);
    expect(readdirSync(join(dir, 'res')).sort()).toEqual(SHORT.map((_, i) => `n${i}.txt`));
  });

  it('--lines with --out writes jsonl; an output path that is a file exits 3', async () => {
    const out = join(tmp, 'out2');
    writeFileSync(join(tmp, 'ls.txt'), SHORT.join('\n'));
    const r = await run(['--lines', '-o', out, 'ls.txt', '-'], { input: 'Ngày 1/2/2020\n' });
    expect(r.code).toBe(0);
    expect(parseJsonl(readFileSync(join(out, 'ls.jsonl'), 'utf8')).length).toBe(SHORT.length);
    expect(parseJsonl(readFileSync(join(out, 'stdin.jsonl'), 'utf8')).length).toBe(1);
    const bad = await run(['-o', 'article.txt', 's0.txt']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^vn-extract: article\.txt: cannot use as output directory: not a directory/);
  });

  it('never leaves a half-written output: killed mid-way, no output file; SIGTERM removes the temporary file', async () => {
    const out = join(tmp, 'out3');
    const child = spawn(process.execPath, [CLI, '--lines', '-o', out, '-'], { cwd: tmp, env: baseEnv(), stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.on('error', () => {});
    for (let i = 0; i < 200; i++) child.stdin.write(SHORT.join('\n') + '\n');
    await new Promise((res) => setTimeout(res, 300));
    child.kill('SIGKILL');
    const [, signal] = await new Promise<[number | null, string | null]>((res) => child.on('close', (c, sig) => res([c, sig])));
    expect(signal).toBe('SIGKILL');
    // The input never ended, so the output was never complete: it must not exist.
    expect(existsSync(join(out, 'stdin.jsonl'))).toBe(false);

    // SIGTERM once the temporary file exists: it is removed too.
    const out2 = join(tmp, 'out4');
    const c2 = spawn(process.execPath, [CLI, '--lines', '-o', out2, '-'], { cwd: tmp, env: baseEnv(), stdio: ['pipe', 'ignore', 'ignore'] });
    c2.stdin.on('error', () => {});
    c2.stdin.write(SHORT.join('\n') + '\n');
    const t0 = Date.now();
    while (Date.now() - t0 < 20_000 && !(existsSync(out2) && readdirSync(out2).some((n) => n.endsWith('.tmp')))) {
      await new Promise((res) => setTimeout(res, 50));
    }
    c2.kill('SIGTERM');
    const [code2, sig2] = await new Promise<[number | null, string | null]>((res) => c2.on('close', (c, sig) => res([c, sig])));
    expect(code2 === 143 || sig2 === 'SIGTERM').toBe(true);
    expect(existsSync(out2) ? readdirSync(out2) : []).toEqual([]);
  });
});

describe('progress bar', () => {
  it('nothing on standard error when it is not a terminal', async () => {
    const r = await run(['corpus']);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!hasScript)('on a terminal with many files: files done, MB/s, time left; none with --quiet', () => {
    const cmd = `${q(process.execPath)} ${q(CLI)} corpus > /dev/null`;
    const shown = inTty(cmd);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/12\/12 files\s+[\d.]+ MB\/s\s+[\d:-]+ left/);
    const quiet = inTty(`${q(process.execPath)} ${q(CLI)} --quiet corpus > /dev/null`);
    expect(quiet.stdout).not.toMatch(/files/);
    const few = inTty(`${q(process.execPath)} ${q(CLI)} s0.txt s1.txt > /dev/null`);
    expect(few.stdout).not.toMatch(/files/);
  });
});

describe('html in a real browser', () => {
  const chromium = '/usr/bin/chromium';
  const have = existsSync(chromium);
  if (!have && process.env.CI) {
    it('chromium is installed under CI', () => {
      throw new Error(`${chromium} is missing: .ci/run installs Debian's chromium package`);
    });
  }
  if (!have && !process.env.CI) {
    console.warn(`skipped: the html rendering test needs ${chromium} (apt-get install chromium)`);
  }

  it.skipIf(!have)('headless Chromium renders the highlighted entities with their types', async () => {
    const fixture = join(root, 'fixtures', 'articles', 'art-01.txt');
    const text = existsSync(fixture) ? readFileSync(fixture, 'utf8') : ARTICLE;
    const src = join(tmp, 'page.txt');
    writeFileSync(src, text);
    const r = await run(['-f', 'html', 'page.txt']);
    expect(r.code).toBe(0);
    const page = join(tmp, 'page.html');
    writeFileSync(page, r.stdout);
    const profile = mkdtempSync(join(tmpdir(), 'vn-extract-chromium-'));
    const dump = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--dump-dom',
        `file://${page}`,
      ],
      { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
    );
    rmSync(profile, { recursive: true, force: true });
    expect(dump.status, dump.stderr).toBe(0);
    const dom = dump.stdout;
    expect(dom).toContain('class="legend"');
    const marks = [...dom.matchAll(/<mark class="ent ent-(\w+)"[^>]*data-type="(\w+)" data-start="(\d+)" data-end="(\d+)"[^>]*title="([^"]*)"[^>]*>([^<]*)<\/mark>/g)];
    const want = extract(text);
    expect(marks.length).toBe(want.length);
    const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    marks.forEach((m, i) => {
      const w = want[i]!;
      expect(m[1]).toBe(w.type);
      expect(m[2]).toBe(w.type);
      expect(Number(m[3])).toBe(w.start);
      expect(Number(m[4])).toBe(w.end);
      expect(unescape(m[5]!).startsWith(`${w.type}: `)).toBe(true);
      expect(unescape(m[6]!)).toBe(w.text);
    });
    // The table lists the same entities.
    expect((dom.match(/<tr data-type="/g) ?? []).length).toBe(want.length);
    // Loose: the fixture has dates any finished recognizer finds.
    expect(marks.some((m) => m[1] === 'date')).toBe(true);
  }, 120_000);
});
