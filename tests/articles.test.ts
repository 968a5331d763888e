/**
 * Validates the fixture articles (fixtures/articles/*.txt + gold.jsonl), which the
 * benchmark scores the extractor on. gold.jsonl is generated from the annotated sources
 * fixtures/articles/src/*.ann by scripts/build-articles.mjs; this test checks that it is
 * up to date and that every record follows ../shared/ENTITIES.md in form: offsets match
 * the text, spans trimmed and without trailing sentence punctuation, one flat layer,
 * values well-formed per type, holders pointing at a person of the same article.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const TYPES = ['person', 'title', 'date', 'percent', 'money'] as const;
type GoldType = (typeof TYPES)[number];

interface Span {
  start: number;
  end: number;
  text: string;
}
interface GoldRecord extends Span {
  type: GoldType;
  value?: unknown;
  mod?: string;
  holder?: Span;
}
interface GoldDoc {
  id: string;
  ref: string;
  topic?: string;
  variant?: string;
  text: string;
  entities: GoldRecord[];
}
type BuildArticle = (source: string, id: string) => GoldDoc;

const dir = join(__dirname, '..', 'fixtures', 'articles');
const goldFile = join(dir, 'gold.jsonl');
const docs: GoldDoc[] = existsSync(goldFile)
  ? readFileSync(goldFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldDoc)
  : [];

// TIMEX3 as ENTITIES.md writes it: year (or decade / BC year), week, quarter, half,
// season, month, day, part of day or clock time; unknown digits as X.
const D = '[0-9X]';
const TIMEX = new RegExp(
  `^(?:BC${D}{4}|${D}{3}|${D}{4}(?:-(?:W${D}{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI|${D}{2}(?:-${D}{2}(?:T(?:MO|MI|AF|EV|NI|${D}{2}:${D}{2}))?)?))?)$`,
);
const MODS = new Set(['START', 'MID', 'END']);
const CURRENCY = /^[A-Z]{3}$/;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
function wordCount(text: string): number {
  return text.split(/[\s\u200b]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Why a record's value is malformed, or null when it is fine. */
function valueProblem(r: GoldRecord): string | null {
  const v = r.value;
  switch (r.type) {
    case 'person':
    case 'title':
      if (!isObj(v) || typeof v.name !== 'string' || !v.name) return 'needs {name}';
      for (const k of ['surname', 'middle', 'given', 'role', 'organization'])
        if (k in v && typeof v[k] !== 'string') return `${k} must be a string`;
      return null;
    case 'date': {
      const ok = (s: unknown): boolean => typeof s === 'string' && TIMEX.test(s);
      if (typeof v === 'string') return ok(v) ? null : `bad TIMEX3 '${v}'`;
      if (isObj(v) && ok(v.from) && ok(v.to) && Object.keys(v).length === 2) return null;
      return `bad date value ${JSON.stringify(v)}`;
    }
    case 'percent':
      if (!isObj(v)) return 'needs an object';
      if (!(finite(v.value) || (finite(v.from) && finite(v.to) && v.from <= v.to)))
        return 'needs {value} or {from,to}';
      if ('unit' in v && v.unit !== 'point') return 'unit must be point';
      return null;
    case 'money': {
      if (!isObj(v) || typeof v.currency !== 'string' || !CURRENCY.test(v.currency)) return 'needs an ISO currency';
      // Exact amounts: written as a plain decimal with at most 4 decimals (rates such as
      // `214,2 đồng` per yen or `1,2145 USD` per euro), never a float artefact.
      const exact = (n: unknown): boolean => finite(n) && n >= 0 && /^\d+(\.\d{1,4})?$/.test(String(n));
      if (exact(v.amount)) return null;
      if (exact(v.from) && exact(v.to) && (v.from as number) <= (v.to as number)) return null;
      return `bad amount ${JSON.stringify(v)}`;
    }
  }
}

describe('fixture articles', () => {
  let buildArticle: BuildArticle;
  beforeAll(async () => {
    const mod = (await import(pathToFileURL(join(__dirname, '..', 'scripts', 'build-articles.mjs')).href)) as {
      buildArticle: BuildArticle;
    };
    buildArticle = mod.buildArticle;
  });

  it('has at least 40 articles with unique ids', () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('has all five entity types across the collection', () => {
    const seen = new Set(docs.flatMap((d) => d.entities.map((e) => e.type)));
    for (const t of TYPES) expect(seen.has(t), t).toBe(true);
  });

  it('has inputs in every variant real text comes in, rendered as declared', () => {
    const variants = new Set(docs.map((d) => d.variant ?? 'nfc'));
    for (const v of ['nfc', 'nfd', 'new-tones', 'odd-spaces', 'crlf']) expect(variants.has(v), v).toBe(true);
    for (const d of docs) {
      if (d.variant === 'nfd') expect(d.text, d.id).not.toBe(d.text.normalize('NFC'));
      if (d.variant === 'crlf') expect(d.text, d.id).toContain('\r\n');
      if (d.variant === 'odd-spaces') expect(d.text, d.id).toMatch(/[\u00a0\u2009\u202f\u200b]/u);
      if (d.variant === 'new-tones') expect(d.text, d.id).toMatch(/(?:oà|oá|oả|oã|oạ|uỳ|uý|uỷ|uỹ|uỵ)(?![\p{L}\p{M}])/iu);
    }
  });

  it('has one gold line per source file', () => {
    const srcs = readdirSync(join(dir, 'src'))
      .filter((f) => f.endsWith('.ann'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(docs.map((d) => d.id).sort()).toEqual(srcs);
  });

  describe.each(docs.map((d) => [d.id, d] as const))('%s', (id, doc) => {
    it('text equals its .txt file', () => {
      expect(readFileSync(join(dir, `${id}.txt`), 'utf8')).toBe(doc.text);
    });

    it('gold is up to date with its .ann source', () => {
      const src = readFileSync(join(dir, 'src', `${id}.ann`), 'utf8');
      expect(buildArticle(src, id)).toEqual(doc);
    });

    it('has a valid reference date and 300-1,500 words', () => {
      expect(doc.ref).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const [y, m, d] = doc.ref.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      expect(date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d).toBe(true);
      const n = wordCount(doc.text);
      expect(n).toBeGreaterThanOrEqual(300);
      expect(n).toBeLessThanOrEqual(1500);
    });

    it('records match their offsets, are trimmed and do not end in punctuation', () => {
      const bad: string[] = [];
      for (const r of doc.entities) {
        const where = `${r.type} ${r.start}-${r.end} '${r.text}'`;
        if (!TYPES.includes(r.type)) bad.push(`${where}: unknown type`);
        if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end))
          bad.push(`${where}: bad offsets`);
        if (doc.text.slice(r.start, r.end) !== r.text) bad.push(`${where}: text does not match offsets`);
        if (/^[\s\u200b]|[\s\u200b]$/u.test(r.text)) bad.push(`${where}: untrimmed`);
        if (/[,;:.!?"'“”‘’]$/u.test(r.text)) bad.push(`${where}: ends in punctuation`);
        if (r.mod !== undefined && (r.type !== 'date' || !MODS.has(r.mod))) bad.push(`${where}: bad mod ${r.mod}`);
        const opens = (r.text.match(/\(/g) ?? []).length;
        const closes = (r.text.match(/\)/g) ?? []).length;
        if (opens !== closes) bad.push(`${where}: unbalanced brackets`);
      }
      expect(bad).toEqual([]);
    });

    it('records are sorted and never overlap', () => {
      const bad: string[] = [];
      for (let i = 1; i < doc.entities.length; i++) {
        const a = doc.entities[i - 1]!;
        const b = doc.entities[i]!;
        if (b.start < a.end) bad.push(`'${a.text}' ${a.start}-${a.end} / '${b.text}' ${b.start}-${b.end}`);
      }
      expect(bad).toEqual([]);
    });

    it('values are well-formed for their type', () => {
      const bad = doc.entities
        .map((r) => [r, valueProblem(r)] as const)
        .filter(([, p]) => p)
        .map(([r, p]) => `${r.type} '${r.text}': ${p}`);
      expect(bad).toEqual([]);
    });

    it('holders are titles pointing at a person of the same article', () => {
      const persons = new Set(
        doc.entities.filter((e) => e.type === 'person').map((e) => `${e.start}:${e.end}:${e.text}`),
      );
      const bad: string[] = [];
      for (const r of doc.entities) {
        if (!r.holder) continue;
        if (r.type !== 'title') bad.push(`${r.type} '${r.text}' has a holder`);
        else if (!persons.has(`${r.holder.start}:${r.holder.end}:${r.holder.text}`))
          bad.push(`title '${r.text}' -> '${r.holder.text}' is not a person record`);
      }
      expect(bad).toEqual([]);
    });
  });
});
