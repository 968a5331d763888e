/**
 * The pipeline: normalize and tokenize once, run the recognizers, resolve overlaps,
 * map offsets back to the original input, link, filter and sort.
 */
import { createDoc, type Doc } from './doc.js';
import { describe, normalize } from './normalize/index.js';
import { splitSentences, tokenize, type Token } from './tokenize/index.js';
import { resolveOptions } from './options.js';
import { RECOGNIZERS, TYPE_PRIORITY } from './entities/registry.js';
import type { Candidate, RecognizeContext, Recognizer } from './entities/recognizer.js';
import { ENTITY_TYPES, type EntityRecord, type EntityType, type ExtractOptions } from './types.js';

/** Recognizers to run for the requested types, dependencies first, each once. */
function plan(types: ReadonlySet<EntityType>): EntityType[] {
  const order: EntityType[] = [];
  const seen = new Set<EntityType>();
  const visit = (t: EntityType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const d of RECOGNIZERS[t].needs ?? []) visit(d);
    order.push(t);
  };
  for (const t of ENTITY_TYPES) if (types.has(t)) visit(t);
  return order;
}

/**
 * Overlap policy: one flat layer. Candidates are taken longest first (normalized
 * length); on equal length the candidate's own priority, then the type priority
 * (money > percent > title > person > date), then the earlier start wins. A candidate
 * that overlaps one already taken is dropped.
 */
export function resolveOverlaps(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = cands
    .filter((c) => c.end > c.start && c.start >= 0 && c.end <= textLength)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        (b.priority ?? 0) - (a.priority ?? 0) ||
        TYPE_PRIORITY[b.type] - TYPE_PRIORITY[a.type] ||
        a.start - b.start,
    );
  const taken = new Uint8Array(textLength);
  const out: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    // Ends first: most overlaps show there.
    if (taken[c.start] || taken[c.end - 1]) free = false;
    else for (let i = c.start + 1; i < c.end - 1; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out;
}

function toRecord(c: Candidate, doc: Doc): EntityRecord {
  const [start, end] = doc.map.toOriginal(c.start, c.end);
  return { type: c.type, start, end, text: doc.input.slice(start, end), ...c.fields } as EntityRecord;
}

/**
 * Extracts entities from Vietnamese text.
 *
 * @returns records sorted by `start`, never overlapping, with offsets into `text`.
 * @throws TypeError when `text` is not a string or an option has the wrong type;
 *   RangeError when an option value is invalid (unknown type, bad referenceDate).
 */
export function extract(text: string, options?: ExtractOptions): EntityRecord[] {
  if (typeof text !== 'string') {
    throw new TypeError(`extract: expected text to be a string, got ${describe(text)}`);
  }
  const opts = resolveOptions(options);
  if (text.length === 0 || opts.types.size === 0) return [];
  const doc = createDoc(text, opts.referenceDate, opts.lexicons);
  const order = plan(opts.types);
  const byType: { [K in EntityType]?: Candidate<K>[] } = {};
  const ctx: RecognizeContext = { candidates: byType };
  const all: Candidate[] = [];
  for (const t of order) {
    const rec = RECOGNIZERS[t] as Recognizer;
    const cands = rec.recognize(doc, ctx);
    (byType as Record<string, Candidate[]>)[t] = cands;
    for (const c of cands) all.push(c);
  }
  const kept = resolveOverlaps(all, doc.text.length).sort((a, b) => a.start - b.start);
  const records = kept.map((c) => toRecord(c, doc));
  for (const t of order) RECOGNIZERS[t].finalize?.(records, doc);
  return records.filter((r) => opts.types.has(r.type));
}

/** Tokens of `text` (syllables, numbers kept whole, punctuation) with offsets into the original text. */
export function tokens(text: string): Token[] {
  if (typeof text !== 'string') throw new TypeError(`tokens: expected a string, got ${describe(text)}`);
  const { text: norm, map } = normalize(text);
  return tokenize(norm).map((t) => {
    const [start, end] = map.toOriginal(t.start, t.end);
    return { ...t, start, end, text: text.slice(start, end) };
  });
}

/** Sentences of `text` as spans of the original text. */
export function sentences(text: string): { start: number; end: number; text: string }[] {
  if (typeof text !== 'string') throw new TypeError(`sentences: expected a string, got ${describe(text)}`);
  const { text: norm, map } = normalize(text);
  return splitSentences(tokenize(norm)).map((s) => {
    const [start, end] = map.toOriginal(s.start, s.end);
    return { start, end, text: text.slice(start, end) };
  });
}
