/**
 * The recognizers the pipeline runs, one line per entity type. Order matters only
 * through `needs`; overlaps between types are resolved by the pipeline.
 */
import type { EntityType } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { personRecognizer } from './person/index.js';
import { titleRecognizer } from './title/index.js';
import { dateRecognizer } from './date/index.js';
import { percentRecognizer } from './percent/index.js';
import { moneyRecognizer } from './money/index.js';

export const RECOGNIZERS: { readonly [K in EntityType]: Recognizer<K> } = {
  person: personRecognizer,
  title: titleRecognizer,
  date: dateRecognizer,
  percent: percentRecognizer,
  money: moneyRecognizer,
};

/**
 * Priority of a type when two overlapping candidates have the same length (higher wins).
 * Money and percent carry units, so they win over a date reading of the same digits.
 */
export const TYPE_PRIORITY: { readonly [K in EntityType]: number } = {
  money: 5,
  percent: 4,
  title: 3,
  person: 2,
  date: 1,
};
