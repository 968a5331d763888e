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

export const titleRecognizer: Recognizer<'title'> = {
  type: 'title',
  needs: ['person'],
  recognize(doc) {
    return analyze(doc).titles;
  },
  finalize(records, doc) {
    const a = analyze(doc);
    const personByOrig = new Map<string, PersonRecord>();
    for (const r of records) if (r.type === 'person') personByOrig.set(`${r.start}:${r.end}`, r);
    const titles = records.filter((r): r is TitleRecord => r.type === 'title');
    const titleByOrig = new Map<string, TitleRecord>();
    for (const t of titles) titleByOrig.set(`${t.start}:${t.end}`, t);
    // Normalized spans -> original spans, for the holder map.
    for (const t of a.titles) {
      const [ts, te] = doc.map.toOriginal(t.start, t.end);
      const h = a.holders.get(`${t.start}:${t.end}`);
      if (!h) continue;
      const [ps, pe] = doc.map.toOriginal(h[0], h[1]);
      const person = personByOrig.get(`${ps}:${pe}`);
      const title = titleByOrig.get(`${ts}:${te}`);
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
