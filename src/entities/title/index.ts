/**
 * Recognizer for `title` entities (see ENTITIES.md and docs/PEOPLE.md).
 *
 * It `needs` person: persons and titles are found jointly (../person/analysis.ts), so
 * the two never overlap, and the person records must be present in `finalize` to
 * link holders even when the caller asked for titles only.
 */
import type { Recognizer } from '../recognizer.js';
import type { PersonRecord, TitleRecord } from '../../types.js';
import { analyze } from '../person/analysis.js';

/** A span as a map key: one number while offsets stay below 2^26 (exact), else a string. */
type SpanKey = number | string;
function spanKey(start: number, end: number): SpanKey {
  return end < 0x4000000 ? start * 0x4000000 + end : `${start}:${end}`;
}

export const titleRecognizer: Recognizer<'title'> = {
  type: 'title',
  needs: ['person'],
  recognize(doc) {
    return analyze(doc).titles;
  },
  finalize(records, doc) {
    const a = analyze(doc);
    const personByOrig = new Map<SpanKey, PersonRecord>();
    for (const r of records) if (r.type === 'person') personByOrig.set(spanKey(r.start, r.end), r);
    const titles = records.filter((r): r is TitleRecord => r.type === 'title');
    const titleByOrig = new Map<SpanKey, TitleRecord>();
    for (const t of titles) titleByOrig.set(spanKey(t.start, t.end), t);
    // Normalized spans -> original spans, for the holder map.
    for (let i = 0; i < a.titles.length; i++) {
      const h = a.titleHolders[i];
      if (!h) continue;
      const t = a.titles[i]!;
      const [ts, te] = doc.map.toOriginal(t.start, t.end);
      const [ps, pe] = doc.map.toOriginal(h[0], h[1]);
      const person = personByOrig.get(spanKey(ps, pe));
      const title = titleByOrig.get(spanKey(ts, te));
      if (!person || !title) continue;
      title.holder = { start: person.start, end: person.end, text: person.text };
      if (person.id) title.holderId = person.id;
      (person.titles ??= []).push({ start: title.start, end: title.end, text: title.text });
    }
    // A later bare title referring back to a post held earlier in the document.
    const lastHolder = new Map<string, string>();
    for (const t of titles) {
      const key = t.text.toLowerCase();
      if (t.holderId) lastHolder.set(key, t.holderId);
      else if (!t.holder && lastHolder.has(key)) t.holderId = lastHolder.get(key);
    }
  },
};
