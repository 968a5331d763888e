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

describe('date prechecks', () => {
  it('documentBefore = DOCUMENT_BEFORE on the 40 code units before', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let start = 0; start <= t.length; start++) {
          expect(documentBefore(t, start)).toBe(DOCUMENT_BEFORE.test(t.slice(Math.max(0, start - 40), start)));
        }
      }),
      { numRuns: 1500 },
    );
  });
  it('compareBefore = COMPARE_BEFORE on the 24 code units before', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        for (let start = 0; start <= lower.length; start++) {
          expect(compareBefore(lower, start)).toBe(COMPARE_BEFORE.test(lower.slice(Math.max(0, start - 24), start)));
        }
      }),
      { numRuns: 1500 },
    );
  });
  it('anniversaryBefore = ANNIVERSARY_BEFORE on the 50 code units before', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        for (let start = 0; start <= lower.length; start++) {
          expect(anniversaryBefore(lower, start)).toBe(ANNIVERSARY_BEFORE.test(lower.slice(Math.max(0, start - 50), start)));
        }
      }),
      { numRuns: 1500 },
    );
  });
});
