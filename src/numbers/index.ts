/**
 * Numbers in Vietnamese text, shared by the percent, money and date recognizers.
 *
 * - {@link parseRoman}: Roman numerals (`quý II`, `khóa XV`).
 * - {@link parseDigits}: one number written with digits, Vietnamese notation first
 *   (`42.200` = 42200, `486,8` = 486.8, `1.234.567,89`, `1 500`, `1,500,000`, `3.5`);
 *   returns the exact decimal string and the nearest JS number.
 * - {@link parseNumberWords}: number words and scale words, with digits allowed
 *   (`hai mươi lăm`, `một trăm linh năm`, `2 tỷ rưỡi`, `1 tỷ 200 triệu`, `100 nghìn tỷ`),
 *   on a token array or a string; reports how much it consumed.
 * - {@link readNumberAt}: a number at a token position of a tokenized text, joining
 *   space-separated digit groups (`1 500 000`) and a typo'd space after a separator
 *   (`165. 434`), then scale words.
 * - Exact decimal arithmetic (`Dec`): never multiply floats.
 *
 * The rules and judgement calls are written down in docs/NUMBERS.md.
 */
export { parseRoman } from './roman.js';
export { parseDigits, type ParsedNumber, type ParseDigitsOptions } from './digits.js';
export {
  parseNumberWords,
  isNumberWord,
  isScaleWord,
  SCALE_WORDS,
  type NumberItem,
  type NumberWordsOptions,
  type NumberWordsResult,
} from './words.js';
export { readNumberAt, joinDigitGroups, type NumberAt, type DigitRun } from './tokens.js';
export {
  type Dec,
  ZERO,
  dec,
  add,
  shift,
  half,
  mulInt,
  cmp,
  trim,
  isZero,
  decToString,
  decToNumber,
  parseDec,
} from './decimal.js';
