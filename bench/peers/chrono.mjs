/** chrono-node's `vi` locale: dates only. */
import { runPeer, timedImport, refDate, version, require } from './common.mjs';
import { throughput } from '../measure.mjs';
import { trimSpan } from '../score.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A TIMEX3-style value from chrono's components, at the grain of what chrono is certain of. */
export function timex(c) {
  const y = c.get('year');
  const year = y < 0 ? `BC${pad(-y, 4)}` : pad(y, 4);
  const ymd = `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('hour')) return `${ymd}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return ymd;
  if (c.isCertain('month')) return `${year}-${pad(c.get('month'))}`;
  if (c.isCertain('year')) return year;
  return ymd;
}

export function toRecords(text, results) {
  const out = [];
  for (const r of results) {
    const s = trimSpan(text, r.index, r.index + r.text.length);
    if (!s) continue;
    const value = r.end ? { from: timex(r.start), to: timex(r.end) } : timex(r.start);
    out.push({ type: 'date', ...s, value });
  }
  return out;
}

runPeer(async (job) => {
  const { mod: chrono, importMs } = await timedImport(async () => require('chrono-node'));
  const parse = (d) => chrono.vi.parse(d.text, refDate(d.ref));
  const accuracy = {};
  for (const ds of job.accuracy) accuracy[ds.name] = ds.docs.map((d) => toRecords(d.text, parse(d)));
  const speed = {};
  for (const ds of job.speed) speed[ds.name] = throughput((d) => parse(d).length, ds.docs, job.opts);
  return { peer: 'chrono-node vi', version: version('chrono-node'), importMs, types: ['date'], values: true, accuracy, speed };
});
