/** Validation of `extract` options: clear TypeErrors and RangeErrors naming the option. */
import { describe, normalize } from './normalize/index.js';
import type { YMD } from './doc.js';
import { ENTITY_TYPES, type CallerLexicons, type EntityType, type ExtractOptions } from './types.js';

export interface ResolvedOptions {
  types: ReadonlySet<EntityType>;
  referenceDate?: YMD;
  lexicons: CallerLexicons;
}

const OPTION_KEYS = new Set(['types', 'referenceDate', 'lexicons']);
const LEXICON_KEYS: readonly (keyof CallerLexicons)[] = ['posts', 'organizations', 'names', 'surnames', 'places'];
/** Most entries a caller lexicon list may hold. */
export const MAX_LEXICON_ENTRIES = 100_000;
/** Longest entry, in UTF-16 code units. */
export const MAX_LEXICON_ENTRY_LENGTH = 200;

const ALL_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Parses a `Date` or `YYYY-MM-DD` string; throws TypeError/RangeError naming `referenceDate`. */
export function parseReferenceDate(v: unknown): YMD {
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) throw new RangeError('extract: option referenceDate is an invalid Date');
    return { year: v.getFullYear(), month: v.getMonth() + 1, day: v.getDate() };
  }
  if (typeof v !== 'string') {
    throw new TypeError(`extract: option referenceDate must be a Date or a 'YYYY-MM-DD' string, got ${describe(v)}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) throw new RangeError(`extract: option referenceDate must look like 'YYYY-MM-DD', got '${v.slice(0, 40)}'`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`extract: option referenceDate '${v}' is not a calendar date`);
  }
  return { year, month, day };
}

function validateLexicons(v: unknown): CallerLexicons {
  if (v === undefined) return {};
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new TypeError(`extract: option lexicons must be an object of string arrays, got ${describe(v)}`);
  }
  const out: CallerLexicons = {};
  for (const key of Object.keys(v)) {
    if (!(LEXICON_KEYS as readonly string[]).includes(key)) {
      throw new TypeError(`extract: option lexicons has an unknown key '${key.slice(0, 40)}' (known: ${LEXICON_KEYS.join(', ')})`);
    }
    const list: unknown = (v as Record<string, unknown>)[key];
    if (!Array.isArray(list)) {
      throw new TypeError(`extract: option lexicons.${key} must be an array of strings, got ${describe(list)}`);
    }
    if (list.length > MAX_LEXICON_ENTRIES) {
      throw new RangeError(`extract: option lexicons.${key} has ${list.length} entries; at most ${MAX_LEXICON_ENTRIES} are accepted`);
    }
    const entries: string[] = [];
    list.forEach((e: unknown, i: number) => {
      if (typeof e !== 'string') {
        throw new TypeError(`extract: option lexicons.${key}[${i}] must be a string, got ${describe(e)}`);
      }
      const t = normalize(e).text.replace(/\s+/g, ' ').trim();
      if (t === '') throw new TypeError(`extract: option lexicons.${key}[${i}] is empty`);
      if (t.length > MAX_LEXICON_ENTRY_LENGTH) {
        throw new RangeError(`extract: option lexicons.${key}[${i}] is longer than ${MAX_LEXICON_ENTRY_LENGTH} characters`);
      }
      entries.push(t);
    });
    out[key as keyof CallerLexicons] = entries;
  }
  return out;
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return { types: ALL_TYPES, lexicons: {} };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`extract: options must be an object, got ${describe(options)}`);
  }
  const o = options as ExtractOptions & Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.has(k)) {
      throw new TypeError(`extract: unknown option '${k.slice(0, 40)}' (known: ${[...OPTION_KEYS].join(', ')})`);
    }
  }
  let types = ALL_TYPES;
  if (o.types !== undefined) {
    if (!Array.isArray(o.types)) {
      throw new TypeError(`extract: option types must be an array of entity type names, got ${describe(o.types)}`);
    }
    const set = new Set<EntityType>();
    for (const t of o.types as unknown[]) {
      if (typeof t !== 'string' || !ALL_TYPES.has(t as EntityType)) {
        throw new RangeError(`extract: option types has an unknown type '${String(t).slice(0, 40)}' (known: ${ENTITY_TYPES.join(', ')})`);
      }
      set.add(t as EntityType);
    }
    types = set;
  }
  const referenceDate = o.referenceDate === undefined ? undefined : parseReferenceDate(o.referenceDate);
  return { types, referenceDate, lexicons: validateLexicons(o.lexicons) };
}
