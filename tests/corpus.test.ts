/**
 * The generic corpus test: every fixtures/corpus/<type>/*.jsonl file is a list of cases.
 * A line: {"text": string, "ref"?: "YYYY-MM-DD", "expect": [{"text": string, "value"?: any,
 * "mod"?: string, "holder"?: string | null, "start"?: number}], "note"?: string}.
 * The records of <type> that `extract` returns for `text` must be exactly `expect`, in
 * order: same texts, and same value / mod / holder text / start where the case gives
 * them. Negative files are the same with `"expect": []`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, ENTITY_TYPES, type EntityRecord, type EntityType } from '../src/index.js';

interface Expect {
  text: string;
  value?: unknown;
  mod?: string;
  holder?: string | null;
  start?: number;
}
interface Case {
  text: string;
  ref?: string;
  expect: Expect[];
  note?: string;
}

const root = join(__dirname, '..', 'fixtures', 'corpus');

export function loadCorpus(type: EntityType): { file: string; line: number; c: Case }[] {
  const dir = join(root, type);
  if (!existsSync(dir)) return [];
  const out: { file: string; line: number; c: Case }[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (l.trim() === '') return;
      out.push({ file: `${type}/${f}`, line: i + 1, c: JSON.parse(l) as Case });
    });
  }
  return out;
}

function view(r: EntityRecord, e: Expect | undefined): Record<string, unknown> {
  const o: Record<string, unknown> = { text: r.text };
  if (e?.value !== undefined) o.value = r.value;
  if (e?.mod !== undefined) o.mod = (r as { mod?: string }).mod;
  if (e?.holder !== undefined) o.holder = (r as { holder?: { text: string } }).holder?.text ?? null;
  if (e?.start !== undefined) o.start = r.start;
  return o;
}

for (const type of ENTITY_TYPES) {
  const cases = loadCorpus(type);
  describe(`corpus: ${type}`, () => {
    it.skipIf(cases.length === 0)('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const { file, line, c } of cases) {
      it(`${file}:${line} ${c.text.slice(0, 60)}`, () => {
        const recs = extract(c.text, { types: [type], ...(c.ref ? { referenceDate: c.ref } : {}) }).filter(
          (r) => r.type === type,
        );
        const got = recs.map((r, i) => view(r, c.expect[i]));
        const want = c.expect.map((e) => {
          const o: Record<string, unknown> = { text: e.text };
          for (const k of ['value', 'mod', 'holder', 'start'] as const) if (e[k] !== undefined) o[k] = e[k];
          return o;
        });
        expect(got).toEqual(want);
      });
    }
  });
}
