/** natural's tokenizers: speed, and whether Vietnamese syllables survive. */
import { runPeer, timedImport, version, require } from './common.mjs';
import { throughput } from '../measure.mjs';
import { syllableKeep } from '../score.mjs';

const TOKENIZERS = ['WordTokenizer', 'WordPunctTokenizer', 'TreebankWordTokenizer', 'AggressiveTokenizer', 'AggressiveTokenizerVi', 'CaseTokenizer'];

runPeer(async (job) => {
  // natural prints dotenv lines on load: silence stdout while it loads.
  const write = process.stdout.write;
  process.stdout.write = () => true;
  let loaded;
  try {
    loaded = await timedImport(async () => require('natural'));
  } finally {
    process.stdout.write = write;
  }
  const { mod: natural, importMs } = loaded;
  const tokenizers = {};
  const notes = [];
  for (const name of TOKENIZERS) {
    if (typeof natural[name] !== 'function') {
      notes.push(`${name} not found`);
      continue;
    }
    const tk = new natural[name]();
    const r = {};
    for (const ds of job.speed) {
      const sp = throughput((d) => tk.tokenize(d.text).length, ds.docs, job.opts);
      let syl = 0;
      let kept = 0;
      for (const d of ds.docs.slice(0, sp.docs)) {
        const k = syllableKeep(d.text, tk.tokenize(d.text));
        syl += k.syllables;
        kept += k.kept;
      }
      r[ds.name] = { ...sp, tokensPerSec: sp.unitsPerSec, syllables: syl, kept, keepShare: syl ? kept / syl : null };
    }
    tokenizers[name] = r;
  }
  return { peer: 'natural', version: version('natural'), importMs, tokenizers, notes };
});
