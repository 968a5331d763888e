/**
 * Record types of ENTITIES.md. Every record is plain JSON: offsets are UTF-16 code
 * units into the ORIGINAL input, `end` exclusive, `input.slice(start, end) === text`.
 *
 * To add an entity type: add its record to `EntityRecordMap`, its name to
 * `ENTITY_TYPES`, and its recognizer folder under `src/entities/` with one line in
 * `src/entities/registry.ts`.
 */

/** A span of the original input. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Qualifiers written before a figure (`tăng 7,7%`, `gần 5 tỷ đồng`), kept out of the span. */
export interface Qualifier {
  /** The qualifier words as written, e.g. `tăng hơn`. */
  text: string;
  /** `tăng` and kin: increase; `giảm` and kin: decrease. */
  direction?: 'increase' | 'decrease';
  /** `khoảng`, `gần`, `xấp xỉ`, `chừng`, `hơn`, `trên`, ...: the figure is not exact. */
  approximate?: boolean;
  /** `hơn`, `trên`, `≥`, `ít nhất`: lower bound; `dưới`, `gần`, `tối đa`, `≤`: upper bound. */
  bound?: 'lower' | 'upper';
}

export interface PersonValue {
  name: string;
  surname?: string;
  middle?: string;
  given?: string;
}

export interface PersonRecord extends Span {
  type: 'person';
  value: PersonValue;
  /** Mentions of one person in a document share an id (`p1`, `p2`, ...). */
  id?: string;
  /** Titles linked to this person (their spans). */
  titles?: Span[];
}

export interface TitleValue {
  name: string;
  role?: string;
  organization?: string;
  /** `organization` with abbreviations written out (`UBND` -> `Ủy ban nhân dân`). */
  organizationExpanded?: string;
}

export interface TitleRecord extends Span {
  type: 'title';
  value: TitleValue;
  /** The person entity who holds this post, when the sentence says so. */
  holder?: Span;
  /** Id of the person who holds this post (same as that person's record id). */
  holderId?: string;
}

/** A TIMEX3-style value (`2021-07-21`, `2021-Q3`, `XXXX-07-21`, `2021-07-21T14:30`, `BC0044`). */
export type TimexValue = string;

export interface TimexRange {
  from: TimexValue;
  to: TimexValue;
}

export type DateValue = TimexValue | TimexRange;

export type DateGrain =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'partOfDay'
  | 'minute';

export interface DateRecord extends Span {
  type: 'date';
  value: DateValue;
  /** `đầu` / `giữa` / `cuối` modify the period. */
  mod?: 'START' | 'MID' | 'END';
  /** Structured extras: not part of the scored value. */
  detail?: DateDetail;
}

export interface DateDetail {
  grain?: DateGrain;
  partOfDay?: 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
  /** Relative expression (`hôm qua`, `năm ngoái`) resolved against the reference date. */
  relative?: boolean;
  /** Which parts were filled from context or the reference date rather than stated. */
  filled?: Array<'year' | 'month' | 'day'>;
  /** Lunar calendar date as written, when the text gave one. */
  lunar?: { year?: number; month: number; day: number; leap?: boolean };
  /** ISO start/end of the period (inclusive start, exclusive end), in the caller's time zone, when fully resolved. */
  startDate?: string;
  endDate?: string;
}

export type PercentValue =
  | { value: number; unit?: 'point' }
  | { from: number; to: number; unit?: 'point' };

export interface PercentRecord extends Span {
  type: 'percent';
  value: PercentValue;
  qualifier?: Qualifier;
}

export type MoneyValue =
  | { amount: number; currency: string }
  | { from: number; to: number; currency: string };

export interface MoneyRecord extends Span {
  type: 'money';
  value: MoneyValue;
  /** Exact amounts as decimal strings (for amounts beyond 2^53, or fractional units). */
  exact?: { amount: string } | { from: string; to: string };
  qualifier?: Qualifier;
  /** A per-unit tail written after the amount and kept out of the span (`/kg`, `/cổ phiếu`). */
  per?: string;
}

/** Map of entity type name to its record type: the single place a type is declared. */
export interface EntityRecordMap {
  person: PersonRecord;
  title: TitleRecord;
  date: DateRecord;
  percent: PercentRecord;
  money: MoneyRecord;
}

export type EntityType = keyof EntityRecordMap;
export type EntityRecord = EntityRecordMap[EntityType];

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'title', 'date', 'percent', 'money'];

/** Extra lexicon entries a caller passes at run time. */
export interface CallerLexicons {
  /** Extra posts (heads), e.g. `Tổng Thư ký`. */
  posts?: string[];
  /** Extra organizations, e.g. `Tập đoàn ABC`. */
  organizations?: string[];
  /** Extra person names (full names or given names). */
  names?: string[];
  /** Extra surnames. */
  surnames?: string[];
  /** Extra place names. */
  places?: string[];
}

export interface ExtractOptions {
  /** Which entity types to return; default all. */
  types?: readonly EntityType[];
  /** Reference date for resolving relative and partial dates: a `Date` or `YYYY-MM-DD`. */
  referenceDate?: Date | string;
  /** Extra lexicon entries. */
  lexicons?: CallerLexicons;
}
