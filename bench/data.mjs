/**
 * Datasets of the benchmark: gold JSONL files (accuracy + speed) and folders of .txt
 * files (speed + entity counts), each document with its reference date.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export function readJsonl(path) {
  const out = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new Error(`${path}:${i + 1}: bad JSON: ${e.message}`);
    }
  });
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reference dates from a `manifest.jsonl` (lines with `file` and `date`, or `id` and
 * `date`/`ref`): a Map keyed by file name, by file name without `.txt`, and by id.
 */
export function loadManifest(path) {
  const m = new Map();
  if (!existsSync(path)) return m;
  for (const e of readJsonl(path)) {
    const date = e.date ?? e.ref;
    if (typeof date !== 'string' || !ISO_DAY.test(date.slice(0, 10))) continue;
    const d = date.slice(0, 10);
    if (typeof e.file === 'string') {
      m.set(e.file, d);
      m.set(e.file.replace(/\.txt$/, ''), d);
    }
    if (typeof e.id === 'string') m.set(e.id, d);
  }
  return m;
}

/** The manifest beside `dir`, else in its parent (gold-dev/ sits under the corpus folder). */
export function findManifest(dir) {
  for (const d of [dir, dirname(dir)]) {
    const p = join(d, 'manifest.jsonl');
    if (existsSync(p)) return p;
  }
  return null;
}

function label(path, root) {
  const r = relative(root, path);
  return r.startsWith('..') ? resolve(path) : r || basename(path);
}

/** A gold JSONL file: `{id, text, entities, ref?}` per line. */
export function loadGold(path, root, name) {
  const manifestPath = findManifest(dirname(path));
  const manifest = manifestPath ? loadManifest(manifestPath) : new Map();
  const docs = readJsonl(path).map((d, i) => {
    if (typeof d.text !== 'string') throw new Error(`${path}:${i + 1}: no text`);
    const id = String(d.id ?? i + 1);
    const ref = typeof d.ref === 'string' ? d.ref : manifest.get(id) ?? manifest.get(`${id}.txt`);
    return { id, text: d.text, ref, entities: Array.isArray(d.entities) ? d.entities : [] };
  });
  const missingRef = docs.filter((d) => !d.ref).length;
  return { name: name ?? label(path, root), kind: 'gold', path: label(path, root), docs, missingRef };
}

/** A folder of .txt files (sorted by name), reference dates from a manifest if any. */
export function loadTextFolder(dir, root, name) {
  const manifestPath = findManifest(dir);
  const manifest = manifestPath ? loadManifest(manifestPath) : new Map();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const docs = files.map((f) => ({
    id: f.replace(/\.txt$/, ''),
    text: readFileSync(join(dir, f), 'utf8'),
    ref: manifest.get(f),
  }));
  const missingRef = docs.filter((d) => !d.ref).length;
  return { name: name ?? label(dir, root), kind: 'text', path: label(dir, root), docs, missingRef };
}

/** Loads a PATH argument: a .jsonl gold file, or a folder (of .txt files, or holding gold.jsonl). */
export function loadPath(arg, root) {
  // `npm run bench -- PATH` runs in the package root; INIT_CWD is where npm was invoked.
  const p = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (!existsSync(p)) throw new Error(`no such file or folder: ${arg}`);
  if (statSync(p).isDirectory()) {
    const hasTxt = readdirSync(p).some((f) => f.endsWith('.txt'));
    if (!hasTxt && existsSync(join(p, 'gold.jsonl'))) return loadGold(join(p, 'gold.jsonl'), root);
    return loadTextFolder(p, root);
  }
  return loadGold(p, root);
}

/**
 * The default datasets:
 * - `fixtures`: fixtures/articles/gold.jsonl (or, without it, fixtures/articles/*.txt);
 * - `gold-dev`: ../shared/corpus/news/gold-dev/gold.jsonl when present;
 * - `news`: ../shared/corpus/news/*.txt when present (speed only).
 */
export function defaultDatasets(root) {
  const out = { accuracy: [], speed: [], notes: [] };
  const fixGold = join(root, 'fixtures', 'articles', 'gold.jsonl');
  const fixDir = join(root, 'fixtures', 'articles');
  if (existsSync(fixGold)) {
    const ds = loadGold(fixGold, root, 'fixtures');
    if (ds.docs.length) {
      out.accuracy.push(ds);
      out.speed.push({ ...ds, kind: 'gold' });
    } else out.notes.push('fixtures/articles/gold.jsonl is empty');
  } else if (existsSync(fixDir) && readdirSync(fixDir).some((f) => f.endsWith('.txt'))) {
    out.speed.push(loadTextFolder(fixDir, root, 'fixtures'));
    out.notes.push('fixtures/articles/gold.jsonl not found: fixture articles measured for speed only');
  } else {
    out.notes.push('fixtures/articles/gold.jsonl not found: no fixture articles yet');
  }
  const news = resolve(root, '..', 'shared', 'corpus', 'news');
  const devGold = join(news, 'gold-dev', 'gold.jsonl');
  if (existsSync(devGold)) out.accuracy.push(loadGold(devGold, root, 'gold-dev'));
  else out.notes.push('../shared/corpus/news/gold-dev/gold.jsonl not found: skipped');
  if (existsSync(news) && readdirSync(news).some((f) => f.endsWith('.txt'))) out.speed.push(loadTextFolder(news, root, 'news'));
  else out.notes.push('../shared/corpus/news/*.txt not found: speed measured on the fixture articles only');
  return out;
}

export function utf8Bytes(docs) {
  let n = 0;
  for (const d of docs) n += Buffer.byteLength(d.text, 'utf8');
  return n;
}

/** Deterministic shuffle (so a time-limited prefix of a slow peer's sample mixes topics). */
export function shuffled(docs, seed = 12345) {
  const a = docs.slice();
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Documents of about `bytes` UTF-8 bytes each, cut from the concatenated corpus (joined
 * by blank lines, repeated as needed), each cut back to a line or space boundary.
 * `count` documents, taken from successive positions of the concatenation.
 */
export function sizedDocs(texts, bytes, count) {
  const joined = texts.join('\n\n');
  const buf = Buffer.from(joined, 'utf8');
  const out = [];
  let pos = 0;
  for (let k = 0; k < count; k++) {
    const parts = [];
    let have = 0;
    while (have < bytes) {
      if (pos >= buf.length) pos = 0;
      const take = Math.min(bytes - have, buf.length - pos);
      parts.push(buf.subarray(pos, pos + take));
      have += take;
      pos += take;
    }
    let s = Buffer.concat(parts).toString('utf8');
    // Cut back to the last white space (drops a split character at the end).
    const cut = Math.max(s.lastIndexOf('\n'), s.lastIndexOf(' '));
    if (cut > s.length * 0.9) s = s.slice(0, cut);
    s = s.replace(/^\uFFFD+|\uFFFD+$/gu, '');
    out.push(s);
  }
  return out;
}
