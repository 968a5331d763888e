/**
 * vn-extract: typed entities (people, titles, dates, percentages, money) from
 * Vietnamese text, with offsets into the original input.
 */
export { extract, tokens, sentences } from './pipeline.js';
export {
  normalize,
  foldAccents,
  foldKey,
  placeTones,
  OffsetMap,
  type Normalized,
  type NormalizeOptions,
  type ToneStyle,
} from './normalize/index.js';
export { tokenize, splitSentences, type Token, type TokenKind, type Sentence } from './tokenize/index.js';
export {
  ENTITY_TYPES,
  type CallerLexicons,
  type DateDetail,
  type DateGrain,
  type DateRecord,
  type DateValue,
  type EntityRecord,
  type EntityRecordMap,
  type EntityType,
  type ExtractOptions,
  type MoneyRecord,
  type MoneyValue,
  type PercentRecord,
  type PercentValue,
  type PersonRecord,
  type PersonValue,
  type Qualifier,
  type Span,
  type TimexRange,
  type TimexValue,
  type TitleRecord,
  type TitleValue,
} from './types.js';

