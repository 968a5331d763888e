/** Lexicon files are data: every entry NFC, trimmed, single-spaced and unique within its file. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', 'lexicons');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push(k), strings(x, out));
  return out;
}

const files = walk(root).filter((f) => /\.(txt|json)$/.test(f));

describe('lexicons', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    const rel = relative(root, f);
    it(`${rel}: entries are NFC, trimmed and unique`, () => {
      const raw = readFileSync(f, 'utf8');
      const problems: string[] = [];
      if (f.endsWith('.txt')) {
        const seen = new Map<string, number>();
        raw.split('\n').forEach((line, i) => {
          if (line.trim() === '' || line.trimStart().startsWith('#')) return;
          const where = `${rel}:${i + 1}`;
          if (line !== line.normalize('NFC')) problems.push(`${where} not NFC: ${line}`);
          if (line !== line.trim() || /\s{2,}|\t/.test(line)) problems.push(`${where} untrimmed or double space: '${line}'`);
          if (seen.has(line)) problems.push(`${where} duplicates line ${seen.get(line)}: ${line}`);
          else seen.set(line, i + 1);
        });
      } else {
        const all = strings(JSON.parse(raw));
        for (const s of all) {
          if (s !== s.normalize('NFC')) problems.push(`${rel}: not NFC: ${s}`);
          if (s !== s.trim()) problems.push(`${rel}: untrimmed: '${s}'`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
