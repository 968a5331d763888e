/** Word tables for the date recognizer (lowercase, normalized old tone style). */

import { DIGIT_WORDS } from '../../numbers/words.js';

/** Vietnamese number words one to ten for `ba tháng đầu năm`, `hai năm trước`: the digit words plus `tư`, `mười`, `mươi`. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...DIGIT_WORDS,
  ['tư', 4],
  ['mười', 10],
  ['mươi', 10],
]);

/** Month names after `tháng`: `tháng Giêng`, `tháng Bảy`, `tháng Chạp`. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['giêng', 1],
  ['hai', 2],
  ['ba', 3],
  ['tư', 4],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
  ['chạp', 12],
]);
/** Month names safe in lowercase (the others need a capital: `tháng Năm`, not `tháng năm`). */
export const MONTH_NAMES_LOWER_OK: ReadonlySet<string> = new Set(['giêng', 'chạp', 'tư', 'bảy', 'bẩy', 'tám', 'chín', 'mười']);

/** Weekday words after `thứ` (ISO weekday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['hai', 1],
  ['ba', 2],
  ['tư', 3],
  ['năm', 4],
  ['sáu', 5],
  ['bảy', 6],
  ['bẩy', 6],
  ['2', 1],
  ['3', 2],
  ['4', 3],
  ['5', 4],
  ['6', 5],
  ['7', 6],
]);

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** Part-of-day words (one syllable), with their TIMEX3 code. */
export const POD1: ReadonlyMap<string, PartOfDay> = new Map([
  ['sáng', 'MO'],
  ['trưa', 'MI'],
  ['chiều', 'AF'],
  ['tối', 'EV'],
  ['đêm', 'NI'],
  ['khuya', 'NI'],
]);

/** Two-syllable part-of-day phrases. */
export const POD2: ReadonlyMap<string, PartOfDay> = new Map([
  ['rạng sáng', 'MO'],
  ['sáng sớm', 'MO'],
  ['sớm mai', 'MO'],
  ['chiều tối', 'EV'],
  ['tối muộn', 'EV'],
  ['đêm khuya', 'NI'],
  ['nửa đêm', 'NI'],
  ['gần trưa', 'MI'],
  ['xế chiều', 'AF'],
  ['chiều muộn', 'AF'],
  ['trưa muộn', 'MI'],
  ['tối khuya', 'NI'],
  ['sáng muộn', 'MO'],
  ['đêm muộn', 'NI'],
  ['chập tối', 'EV'],
  ['sẩm tối', 'EV'],
  ['giữa trưa', 'MI'],
]);

/** Season words after `mùa`, with TIMEX3 codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['xuân', 'SP'],
  ['hè', 'SU'],
  ['hạ', 'SU'],
  ['thu', 'FA'],
  ['đông', 'WI'],
]);

/** Words before a bare `d/m` that make it a date (`vào 30/4`, `dịp 2/9`). */
export const DAY_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'ngày',
  'hôm',
  'vào',
  'từ',
  'đến',
  'tới',
  'dịp',
  'lễ',
  'trước',
  'sau',
  'hồi',
  'đợt',
  'tết',
  'mùng',
  'mồng',
  'kể',
  'tính',
  'hết',
  'qua',
  'nay',
  'mai',
  'kỳ',
  // A trading session's day: `giảm 8% trong phiên 3/11` (stock news).
  'phiên',
  // A deadline's day: `hạn chót 1/5`, `trước hạn chót 31/12` (probes-pusa).
  'chót',
]);

/** Relative words after a period noun: offset from the reference period. */
export const REL_AFTER: ReadonlyMap<string, number> = new Map([
  ['nay', 0],
  ['này', 0],
  ['trước', -1],
  ['ngoái', -1],
  ['tới', 1],
  ['sau', 1],
]);
