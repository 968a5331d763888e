#!/usr/bin/env node
/**
 * Builds the fixture articles from their annotated sources.
 *
 *   fixtures/articles/src/<id>.ann  ->  fixtures/articles/<id>.txt  +  fixtures/articles/gold.jsonl
 *
 * Source format (UTF-8, NFC, old tone style as typed by the author):
 *
 *   ref: 2021-07-21                 reference date of the article (publication date)
 *   variant: nfc                    how the .txt is rendered: nfc | nfd | new-tones | odd-spaces | crlf
 *   topic: politics                 free text
 *   ---
 *   Chiều [date=2021-07-21TAF|21/7], [title>p1|Chủ tịch UBND tỉnh] [person#p1|Nguyễn Văn An] ...
 *
 * An entity is `[TYPE ATTRS|SURFACE]`; SURFACE is the exact span text. ATTRS:
 *   person   `#id` to be referred to by titles (`[person#p1|Nguyễn Văn An]`)
 *   title    `>id` the holder's person id; `role=...` and `org=...` optional (use `_` for spaces: `role=Phó_Bí_thư`)
 *   date     `=VALUE` a TIMEX3 string, or `=FROM..TO` for a range; `mod=START|MID|END`
 *   percent  `=7.7` or `=5..7`; `unit=point`
 *   money    `=42200000000000:VND` or `=5000000..7000000:VND`
 * Write `\[`, `\]` and `\|` for literal brackets and bars in the text.
 * The values are the gold values of ENTITIES.md; offsets are computed here.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'fixtures', 'articles', 'src');
const outDir = join(root, 'fixtures', 'articles');

// Tone style rewrite to the new style (`hòa` -> `hoà`), same as src/normalize/tone.ts, kept
// here so the script has no build step. Length-preserving.
function toNewTones(s) {
  return s
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0309\u0303\u0323])([aAeE])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .replace(/(?<![qQ])([uU])([\u0300\u0301\u0309\u0303\u0323])([yY])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

const ODD = ['\u00a0', '\u2009', '\u202f'];
function oddSpaces(s, seed) {
  let k = seed;
  let out = '';
  for (const ch of s) {
    if (ch === ' ') {
      k = (k * 1103515245 + 12345) & 0x7fffffff;
      const r = k % 10;
      out += r === 0 ? ODD[k % 3] : r === 1 ? ' \u200b' : ' ';
    } else out += ch;
  }
  return out;
}

function render(seg, variant, seed) {
  switch (variant) {
    case 'nfc':
    case undefined:
      return seg;
    case 'nfd':
      return seg.normalize('NFD');
    case 'new-tones':
      return toNewTones(seg);
    case 'odd-spaces':
      return oddSpaces(seg, seed);
    case 'crlf':
      return seg.replace(/\n/g, '\r\n');
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

function parseAttrs(type, attrs, where) {
  const a = { type };
  for (const part of attrs.trim().split(/\s+/).filter(Boolean)) {
    if (part.startsWith('#')) a.id = part.slice(1);
    else if (part.startsWith('>')) a.holder = part.slice(1);
    else if (part.startsWith('=')) a.raw = part.slice(1);
    else if (part.includes('=')) {
      const [k, ...v] = part.split('=');
      a[k] = v.join('=').replace(/_/g, ' ');
    } else throw new Error(`${where}: bad attribute '${part}'`);
  }
  return a;
}

function value(a, surface, where) {
  const num = (s) => {
    if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`${where}: bad number '${s}'`);
    return Number(s);
  };
  switch (a.type) {
    case 'person':
      return { name: surface };
    case 'title': {
      const v = { name: surface };
      if (a.role) v.role = a.role;
      if (a.org) v.organization = a.org;
      return v;
    }
    case 'date': {
      if (!a.raw) throw new Error(`${where}: date needs =VALUE`);
      const [f, t] = a.raw.split('..');
      return t !== undefined ? { from: f, to: t } : f;
    }
    case 'percent': {
      if (!a.raw) throw new Error(`${where}: percent needs =VALUE`);
      const [f, t] = a.raw.split('..');
      const v = t !== undefined ? { from: num(f), to: num(t) } : { value: num(f) };
      if (a.unit) v.unit = a.unit;
      return v;
    }
    case 'money': {
      if (!a.raw || !a.raw.includes(':')) throw new Error(`${where}: money needs =AMOUNT:CUR`);
      const [amt, cur] = a.raw.split(':');
      const [f, t] = amt.split('..');
      return t !== undefined ? { from: num(f), to: num(t), currency: cur } : { amount: num(f), currency: cur };
    }
    default:
      throw new Error(`${where}: unknown type ${a.type}`);
  }
}

export function buildArticle(source, id) {
  const sep = source.indexOf('\n---\n');
  if (sep < 0) throw new Error(`${id}: missing '---' line after the header`);
  const header = Object.fromEntries(
    source
      .slice(0, sep)
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(header.ref ?? '')) throw new Error(`${id}: header needs ref: YYYY-MM-DD`);
  const body = source.slice(sep + 5).replace(/\s+$/, '') + '\n';
  const variant = header.variant ?? 'nfc';
  const seed = [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) & 0xffff, 7);
  let text = '';
  let plain = '';
  const ents = [];
  let i = 0;
  let line = 1;
  const flushPlain = () => {
    if (plain) text += render(plain, variant, seed + text.length);
    plain = '';
  };
  while (i < body.length) {
    const ch = body[i];
    if (ch === '\\' && '[]|'.includes(body[i + 1])) {
      plain += body[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n') line++;
    if (ch !== '[') {
      if (ch === ']') throw new Error(`${id}:${line}: stray ']'`);
      plain += ch;
      i++;
      continue;
    }
    const bar = body.indexOf('|', i);
    const close = body.indexOf(']', i);
    if (bar < 0 || close < 0 || close < bar) throw new Error(`${id}:${line}: unclosed or malformed entity`);
    const head = body.slice(i + 1, bar);
    const m = /^(person|title|date|percent|money)([\s\S]*)$/.exec(head);
    if (!m) throw new Error(`${id}:${line}: unknown entity head '${head}'`);
    const surface = body.slice(bar + 1, close);
    if (surface.includes('[') || surface.includes('\n')) throw new Error(`${id}:${line}: nested or multi-line entity`);
    if (surface !== surface.trim() || !surface) throw new Error(`${id}:${line}: entity text must be trimmed: '${surface}'`);
    const a = parseAttrs(m[1], m[2].replace(/^(?=[#>=])/, ' '), `${id}:${line}`);
    flushPlain();
    const start = text.length;
    text += render(surface, variant, seed + start);
    const rec = { type: a.type, start, end: text.length, text: text.slice(start), value: value(a, surface, `${id}:${line}`) };
    if (a.mod) rec.mod = a.mod;
    if (a.id) {
      if (a.type !== 'person') throw new Error(`${id}:${line}: only persons take #id`);
      rec.__id = a.id; // several mentions may share an id
    }
    rec._holder = a.holder;
    rec._line = line;
    ents.push(rec);
    i = close + 1;
  }
  flushPlain();
  // Resolve holders: the nearest mention of that id in the same sentence region (the
  // closest one before or after the title).
  for (const r of ents) {
    if (r._holder) {
      const mentions = ents.filter((e) => e.type === 'person' && e.__id === r._holder);
      let best = null;
      for (const p of mentions) if (!best || Math.abs(p.start - r.start) < Math.abs(best.start - r.start)) best = p;
      if (!best) throw new Error(`${id}:${r._line}: holder '${r._holder}' has no person mention`);
      r.holder = { start: best.start, end: best.end, text: best.text };
    }
  }
  for (const r of ents) {
    delete r._holder;
    delete r._line;
    delete r.__id;
  }
  return { id, ref: header.ref, topic: header.topic, variant, text, entities: ents };
}

function main() {
  if (!existsSync(srcDir)) return;
  const files = readdirSync(srcDir).filter((f) => f.endsWith('.ann')).sort();
  const lines = [];
  for (const f of files) {
    const id = basename(f, '.ann');
    const doc = buildArticle(readFileSync(join(srcDir, f), 'utf8'), id);
    writeFileSync(join(outDir, `${id}.txt`), doc.text);
    lines.push(JSON.stringify(doc));
  }
  writeFileSync(join(outDir, 'gold.jsonl'), lines.join('\n') + (lines.length ? '\n' : ''));
  console.error(`build-articles: ${files.length} articles -> fixtures/articles/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
