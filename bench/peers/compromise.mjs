/** compromise (English NLP): people(), money(), percentages() on Vietnamese text. */
import { runPeer, timedImport, version, require } from './common.mjs';
import { throughput } from '../measure.mjs';
import { trimSpan } from '../score.mjs';

function spans(text, view, type) {
  const out = [];
  for (const m of view.json({ offset: true })) {
    const o = m.offset;
    if (!o) continue;
    const s = trimSpan(text, o.start, o.start + o.length);
    if (s) out.push({ type, ...s });
  }
  return out;
}

runPeer(async (job) => {
  const { mod: nlp, importMs } = await timedImport(async () => require('compromise'));
  const run = (text) => {
    const doc = nlp(text);
    return [
      ...spans(text, doc.people(), 'person'),
      ...spans(text, doc.money(), 'money'),
      ...spans(text, doc.percentages(), 'percent'),
    ].sort((a, b) => a.start - b.start);
  };
  const accuracy = {};
  for (const ds of job.accuracy) accuracy[ds.name] = ds.docs.map((d) => run(d.text));
  const speed = {};
  for (const ds of job.speed) speed[ds.name] = throughput((d) => run(d.text).length, ds.docs, job.opts);
  return { peer: 'compromise', version: version('compromise'), importMs, types: ['person', 'percent', 'money'], values: false, accuracy, speed };
});
