/**
 * The one interface an entity type plugs into the pipeline with.
 */
import type { Doc } from '../doc.js';
import type { EntityRecordMap, EntityType } from '../types.js';

/** Record fields a recognizer fills besides type and span. */
export type RecordExtras<T extends EntityType> = Omit<EntityRecordMap[T], 'type' | 'start' | 'end' | 'text'>;

/** A proposed entity, with offsets into the NORMALIZED text (`doc.text`). */
export interface Candidate<T extends EntityType = EntityType> {
  type: T;
  start: number;
  end: number;
  /** The value and any extra record fields (`mod`, `qualifier`, ...). */
  fields: RecordExtras<T>;
  /** Breaks ties between overlapping candidates of equal length: higher wins. Default 0. */
  priority?: number;
}

export interface RecognizeContext {
  /** Candidates of the recognizers that ran before this one, by type. */
  readonly candidates: { readonly [K in EntityType]?: readonly Candidate<K>[] };
}

export interface Recognizer<T extends EntityType = EntityType> {
  readonly type: T;
  /** Types whose candidates this recognizer reads; they run first (and are dropped from output if not requested). */
  readonly needs?: readonly EntityType[];
  /** Proposes candidates. Must be linear in the document length. */
  recognize(doc: Doc, ctx: RecognizeContext): Candidate<T>[];
  /**
   * After overlaps are resolved and offsets mapped back: link or enrich the final
   * records (e.g. title holders, person ids). Records are in original offsets.
   */
  finalize?(records: EntityRecordMap[EntityType][], doc: Doc): void;
}
