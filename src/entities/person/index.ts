/**
 * Recognizer for `person` entities (see ENTITIES.md and docs/PEOPLE.md). The work is
 * done jointly with titles in ./analysis.ts, once per document.
 */
import type { Recognizer } from '../recognizer.js';
import type { EntityRecord, PersonRecord } from '../../types.js';
import { analyze } from './analysis.js';

/** Words of a name, lowercased. */
function words(s: string): string[] {
  return s.toLowerCase().split(/[\s]+/u).filter(Boolean);
}

/**
 * Groups mentions of one person: a full name gets an id; a later shorter mention whose
 * words end (Vietnamese given name, foreign surname) or start (foreign given name) the
 * most recent matching full name shares it.
 */
export function assignPersonIds(records: EntityRecord[]): void {
  const persons = records.filter((r): r is PersonRecord => r.type === 'person');
  const seen: { words: string[]; id: string }[] = [];
  let next = 1;
  for (const p of persons) {
    const w = words(p.value?.name ?? p.text);
    const key = w.join(' ');
    let id: string | undefined;
    for (let k = seen.length - 1; k >= 0 && !id; k--) if (seen[k]!.words.join(' ') === key) id = seen[k]!.id;
    if (!id && w.length <= 2) {
      for (let k = seen.length - 1; k >= 0 && !id; k--) {
        const s = seen[k]!.words;
        if (s.length <= w.length) continue;
        const tail = s.slice(s.length - w.length).join(' ');
        const head = s.slice(0, w.length).join(' ');
        if (tail === key || (head === key && w.length === 1 && s.length === 2)) id = seen[k]!.id;
      }
    }
    if (!id) id = `p${next++}`;
    p.id = id;
    seen.push({ words: w, id });
  }
}

export const personRecognizer: Recognizer<'person'> = {
  type: 'person',
  recognize(doc) {
    return analyze(doc).persons;
  },
  finalize(records) {
    assignPersonIds(records);
  },
};
