/** vntk's CRF NER (`ner().tag(text)`): B-PER/I-PER tokens to person spans. Slow: a time-limited sample. */
import { performance } from 'node:perf_hooks';
import { runPeer, timedImport, version, require } from './common.mjs';
import { bioToSpans } from '../score.mjs';

/** Finds each vntk token (syllables joined by spaces) in `text` from `pos` on. */
function align(text, base, tagged) {
  const toks = [];
  let pos = 0;
  for (const t of tagged) {
    const word = String(t[0]);
    const tag = String(t[3] ?? 'O');
    const pieces = word.split(/\s+/).filter(Boolean);
    let start = -1;
    let end = -1;
    let p = pos;
    let ok = true;
    for (const piece of pieces) {
      const i = text.indexOf(piece, p);
      if (i < 0 || i - p > 40) {
        ok = false;
        break;
      }
      if (start < 0) start = i;
      end = i + piece.length;
      p = end;
    }
    if (!ok || start < 0) {
      toks.push({ start: base + pos, end: base + pos, tag: 'O' });
      continue;
    }
    pos = p;
    toks.push({ start: base + start, end: base + end, tag });
  }
  return toks;
}

export function tagDoc(ner, text) {
  const out = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) {
    if (!m[0].trim()) continue;
    const tagged = ner.tag(m[0]);
    out.push(...bioToSpans(align(m[0], m.index, tagged), 'PER', 'person'));
  }
  return out.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

runPeer(async (job) => {
  let loaded;
  try {
    loaded = await timedImport(async () => require('vntk'));
  } catch (e) {
    return { peer: 'vntk', version: version('vntk'), skipped: `failed to load: ${String(e.message ?? e).split('\n')[0]}` };
  }
  const { mod: vntk, importMs } = loaded;
  const t0 = performance.now();
  const ner = vntk.ner();
  ner.tag('Ông Nguyễn Văn An làm việc tại Hà Nội.');
  const initMs = performance.now() - t0;
  const accuracy = {};
  let bytes = 0;
  let ms = 0;
  let docs = 0;
  outer: for (const ds of job.vntk.datasets) {
    accuracy[ds.name] = { ids: [], preds: [] };
    for (const d of ds.docs) {
      if (ms > job.vntk.budgetMs) break outer;
      const a = performance.now();
      const preds = tagDoc(ner, d.text);
      ms += performance.now() - a;
      bytes += Buffer.byteLength(d.text, 'utf8');
      docs++;
      accuracy[ds.name].ids.push(d.id);
      accuracy[ds.name].preds.push(preds);
    }
  }
  const speed = { docs, bytes, ms, mbps: bytes / 1e6 / (ms / 1000), docsPerSec: docs / (ms / 1000) };
  return { peer: 'vntk ner', version: version('vntk'), importMs, initMs, types: ['person'], values: false, accuracy, speed };
});
