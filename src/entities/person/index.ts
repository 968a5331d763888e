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
  // Maps keep it linear: exact names, and the one- or two-word tails (and the first word
  // of two-word names) of longer names, each to the most recent id.
  const exact = new Map<string, string>();
  const tails = new Map<string, string>();
  let next = 1;
  for (const r of records) {
    if (r.type !== 'person') continue;
    const p = r as PersonRecord;
    const w = words(p.value?.name ?? p.text);
    const key = w.join(' ');
    let id = exact.get(key);
    if (!id && w.length <= 2) id = tails.get(key);
    if (!id) id = `p${next++}`;
    p.id = id;
    exact.set(key, id);
    if (w.length >= 2) tails.set(w[w.length - 1]!, id);
    if (w.length >= 3) tails.set(w.slice(-2).join(' '), id);
    if (w.length === 2) tails.set(w[0]!, id);
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
