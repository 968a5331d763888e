/**
 * Per-recognizer cost on the real news corpus (or fixture articles), and a digest of
 * the records `extract` returns, to check that a speed-up changed no output.
 *
 *   npm run bench:recognizers            # times: foundation (createDoc) and each recognizer
 *   npm run bench:recognizers -- --digest # a hash per type of all records on corpus + fixtures
 *   npm run bench:recognizers -- --digest --types date,money  # extracting only those types
 *
 * Bundled on the fly by esbuild (see bench/tools/run-ts.mjs), so it reads the sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/doc.js';
import { RECOGNIZERS } from '../../src/entities/registry.js';
import type { Candidate, RecognizeContext } from '../../src/entities/recognizer.js';
import { extract } from '../../src/index.js';
import { ENTITY_TYPES, type EntityType } from '../../src/types.js';

const root = process.cwd();
// The news corpus: VN_NEWS, else ../shared/corpus/news beside the checkout (a worktree
// elsewhere passes VN_NEWS, or the digest would silently cover the fixtures only).
const news = process.env.VN_NEWS ?? join(root, '..', 'shared', 'corpus', 'news');

function corpus(): { text: string; ref?: string }[] {
  const out: { text: string; ref?: string }[] = [];
  if (existsSync(news)) {
    const man = new Map<string, string>();
    const mf = join(news, 'manifest.jsonl');
    if (existsSync(mf)) {
      for (const l of readFileSync(mf, 'utf8').trim().split('\n')) {
        const m = JSON.parse(l) as { file: string; date: string };
        man.set(m.file, m.date);
      }
    }
    for (const f of readdirSync(news).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ text: readFileSync(join(news, f), 'utf8'), ref: man.get(f) });
    }
  }
  return out;
}

function fixtures(): { text: string; ref?: string }[] {
  const g = join(root, 'fixtures', 'articles', 'gold.jsonl');
  if (!existsSync(g)) return [];
  return readFileSync(g, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; ref: string });
}

function best(f: () => void, rounds = 5): number {
  f();
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    const s = performance.now();
    f();
    b = Math.min(b, performance.now() - s);
  }
  return b;
}

const args = process.argv.slice(2);
if (args.includes('--digest')) {
  const found = corpus();
  // Name what the digest covers: a missing corpus changes every hash.
  console.log(`digest over ${found.length} news articles (${found.length > 0 ? news : 'corpus not found: set VN_NEWS'}) and the fixture articles`);
  const docs = [...found, ...fixtures()];
  const ti = args.indexOf('--types');
  const only = ti >= 0 ? (args[ti + 1]!.split(',') as EntityType[]) : undefined;
  for (const t of only ?? ENTITY_TYPES) {
    const h = createHash('sha256');
    let n = 0;
    for (const d of docs) {
      for (const r of extract(d.text, { ...(d.ref ? { referenceDate: d.ref } : {}), ...(only ? { types: only } : {}) })) {
        if (r.type !== t) continue;
        h.update(JSON.stringify(r));
        n++;
      }
    }
    console.log(`${t.padEnd(8)} ${String(n).padStart(6)} ${h.digest('hex').slice(0, 16)}`);
  }
} else {
  const docs = args.includes('--fixtures') ? fixtures() : corpus();
  const texts = docs.map((d) => d.text);
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  const base = best(() => {
    for (const t of texts) t.normalize('NFC').match(/\p{L}+/gu);
  });
  const docT = best(() => {
    for (const t of texts) createDoc(t);
  });
  const row = (name: string, ms: number): void =>
    console.log(`${name.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / base).toFixed(2).padStart(6)}x baseline`);
  console.log(`${texts.length} documents, ${mb.toFixed(2)} MB`);
  row('baseline (NFC + \\p{L}+)', base);
  row('createDoc', docT);
  // Each recognizer is timed alone on fresh documents built outside the timer (the
  // person analysis caches per document), best of many rounds.
  const ROUNDS = 15;
  for (const name of ENTITY_TYPES) {
    const r = RECOGNIZERS[name];
    let b = Infinity;
    for (let round = 0; round <= ROUNDS; round++) {
      const ds = texts.map((t) => createDoc(t));
      const ctxs = ds.map((d) => {
        const cands: { [K in EntityType]?: Candidate<K>[] } = {};
        for (const n of r.needs ?? []) (cands as Record<string, Candidate[]>)[n] = RECOGNIZERS[n].recognize(d, { candidates: {} });
        return { candidates: cands } as RecognizeContext;
      });
      const s = performance.now();
      for (let i = 0; i < ds.length; i++) r.recognize(ds[i]!, ctxs[i]!);
      const ms = performance.now() - s;
      if (round > 0) b = Math.min(b, ms);
    }
    row(`${name}${r.needs?.length ? ` (after ${r.needs.join(',')})` : ''}`, b);
  }
  const all = best(() => {
    for (let i = 0; i < texts.length; i++) extract(texts[i]!, docs[i]!.ref ? { referenceDate: docs[i]!.ref! } : {});
  });
  row('extract, all types', all);
}
