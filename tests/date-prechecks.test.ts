/** The date recognizer's code-unit prechecks give what the regexes they guard give. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNIVERSARY_BEFORE,
  COMPARE_BEFORE,
  DOCUMENT_BEFORE,
  anniversaryBefore,
  compareBefore,
  documentBefore,
} from '../src/entities/date/index.js';

const PIECES = [' ', ' ', 'a', 'x', '5', '12', '/', '-', '.', ';', '\n', ',', 'ND', 'CP', 'TTg', 'Đ', 'Nghị định', 'Quyết định', 'Thông tư', 'Chỉ thị', 'Nghị quyết', 'Công văn', 'Luật', 'Kết luận', 'Thông báo', 'N', 'C', 'số', 'ngày', 'so với', 'hơn', 'lần', 'cùng kỳ', 'cùng thời điểm', 'điểm', 'kỷ niệm', 'năm', '!', ':'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));

/**
 * Each precheck with the regex it guards, the window of code units before the start the
 * regex is run on, and whether it reads the lowercased text.
 */
const CASES: [name: string, check: (t: string, start: number) => boolean, re: RegExp, window: number, lower: boolean][] = [
  ['documentBefore', documentBefore, DOCUMENT_BEFORE, 40, false],
  ['compareBefore', compareBefore, COMPARE_BEFORE, 24, true],
  ['anniversaryBefore', anniversaryBefore, ANNIVERSARY_BEFORE, 50, true],
];

describe('date prechecks', () => {
  for (const [name, check, re, window, lower] of CASES) {
    it(`${name} = its regex on the ${window} code units before`, () => {
      fc.assert(
        fc.property(text, (t0) => {
          const t = lower ? t0.toLowerCase() : t0;
          for (let start = 0; start <= t.length; start++) {
            expect(check(t, start)).toBe(re.test(t.slice(Math.max(0, start - window), start)));
          }
        }),
        { numRuns: 1500 },
      );
    });
  }
});
