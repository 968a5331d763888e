/**
 * createDoc's tokens are DocTokens (a Token with the person/title token view's fields, see
 * src/tokenize/index.ts); the public tokenize and tokens keep giving plain Tokens.
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc.js';
import { tokenize, tokens } from '../src/index.js';

const TOKEN_FIELDS = ['kind', 'start', 'end', 'text', 'spaceBefore', 'lineStart', 'cap', 'upper'];
const TEXT = 'Ông NGUYỄN Văn An (U23) nói: “tăng 7,7%” lúc 14h30.\nTheo Hà Nội';

describe('document tokens', () => {
  it('tokenize and tokens give Tokens with exactly the Token fields', () => {
    for (const t of tokenize(TEXT)) expect(Object.keys(t)).toEqual(TOKEN_FIELDS);
    for (const t of tokens(TEXT)) expect(Object.keys(t)).toEqual(TOKEN_FIELDS);
  });

  it("createDoc's tokens hold tokenize's Token fields, and the view's start values", () => {
    const doc = createDoc(TEXT);
    const plain = tokenize(doc.text);
    expect(doc.tokens.length).toBe(plain.length);
    let lineNo = -1;
    doc.tokens.forEach((t, k) => {
      const p = plain[k]!;
      for (const f of TOKEN_FIELDS) expect(t[f as keyof typeof t]).toBe(p[f as keyof typeof p]);
      if (t.lineStart) lineNo++;
      expect([t.low, t.sp, t.line, t.sent, t.lineNo, t.hl, t.id, t.org, t.vn]).toEqual([t.text, t.spaceBefore, t.lineStart, 0, lineNo, false, -1, 0, 0]);
    });
  });
});
