/**
 * Output formats. Each document (a file, standard input, or one line with --lines) is
 * formatted on its own by `formatDoc` (in a worker thread or the main thread: the same
 * code, so `--jobs N` output is byte-identical to `--jobs 1`); `header`, `separator` and
 * `footer` frame the documents of one output stream.
 */
import type { EntityRecord, EntityType } from '../types.js';

export const FORMATS = ['json', 'jsonl', 'tsv', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What a formatter needs to know about the output stream. */
export interface FormatContext {
  format: Format;
  /** ANSI colours in `text` output. */
  color: boolean;
  /** The stream holds several documents (several inputs, or --lines). */
  multi: boolean;
  /** --lines: documents are lines, with a line number. */
  lines: boolean;
}

export interface DocOut {
  /** File name as given or found (`-` for standard input). */
  file: string;
  /** 1-based line number with --lines. */
  line?: number;
  text: string;
  entities: EntityRecord[];
}

export const FILE_EXTENSION: Record<Format, string> = {
  json: '.json',
  jsonl: '.jsonl',
  tsv: '.tsv',
  text: '.txt',
  html: '.html',
};

// ---------------------------------------------------------------- values

/** A short human-readable value: what the hover shows in html. */
export function valueSummary(r: EntityRecord): string {
  switch (r.type) {
    case 'person':
    case 'title':
      return r.value?.name ?? r.text;
    case 'date': {
      const v = r.value;
      const s = typeof v === 'string' ? v : v ? `${v.from} .. ${v.to}` : '';
      return r.mod ? `${s} (${r.mod})` : s;
    }
    case 'percent': {
      const v = r.value;
      if (!v) return '';
      const unit = v.unit === 'point' ? ' points' : '%';
      return 'value' in v ? `${v.value}${unit}` : `${v.from}${unit} .. ${v.to}${unit}`;
    }
    case 'money': {
      const v = r.value;
      if (!v) return '';
      const ex = r.exact;
      if ('amount' in v) return `${group(ex && 'amount' in ex ? ex.amount : v.amount)} ${v.currency}`;
      return `${group(ex && 'from' in ex ? ex.from : v.from)} .. ${group(ex && 'to' in ex ? ex.to : v.to)} ${v.currency}`;
    }
    default:
      return JSON.stringify((r as { value?: unknown }).value ?? null);
  }
}

/** Digits in groups of three (thin spaces): `42 200 000 000 000`; the exact digits are kept. */
function group(n: number | string): string {
  const s = String(n);
  const m = /^(-?)(\d+)(.*)$/s.exec(s);
  if (!m || m[2]!.length < 5) return s;
  const d = m[2]!;
  let out = '';
  for (let i = 0; i < d.length; i++) {
    if (i > 0 && (d.length - i) % 3 === 0) out += '\u202f';
    out += d[i];
  }
  return m[1]! + out + m[3]!;
}

function isSpan(v: unknown): v is { start: number; end: number; text: string } {
  return typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string' && typeof (v as { start?: unknown }).start === 'number';
}

/** Fields of a record besides type, offsets, text and value (mod, qualifier, holder, ...), as `key: value` parts. */
function details(r: EntityRecord): string[] {
  const { type: _t, start: _s, end: _e, text: _x, value: _v, ...rest } = r as unknown as Record<string, unknown>;
  return Object.entries(rest).map(([k, v]) => {
    if (isSpan(v)) return `${k}: ${v.text}`;
    if (Array.isArray(v) && v.every(isSpan)) return `${k}: ${v.map((x) => x.text).join('; ')}`;
    return `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`;
  });
}

// ---------------------------------------------------------------- json / jsonl

function indent(s: string, pad: string): string {
  return s.replace(/\n/g, '\n' + pad);
}

function jsonDoc(d: DocOut, ctx: FormatContext): string {
  if (!ctx.multi) return JSON.stringify(d.entities, null, 2) + '\n';
  const o = ctx.lines ? { file: d.file, line: d.line, entities: d.entities } : { file: d.file, entities: d.entities };
  return '  ' + indent(JSON.stringify(o, null, 2), '  ');
}

function jsonlDoc(d: DocOut, ctx: FormatContext): string {
  const o = ctx.lines ? { file: d.file, line: d.line, entities: d.entities } : { file: d.file, entities: d.entities };
  return JSON.stringify(o) + '\n';
}

// ---------------------------------------------------------------- tsv

/** Backslash escapes so that a field never holds a tab or a line break. */
export function tsvField(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function tsvHeader(ctx: FormatContext): string {
  return (ctx.lines ? 'file\tline\ttype\tstart\tend\ttext\tvalue' : 'file\ttype\tstart\tend\ttext\tvalue') + '\n';
}

function tsvDoc(d: DocOut, ctx: FormatContext): string {
  let out = '';
  for (const r of d.entities) {
    const cols = [tsvField(d.file)];
    if (ctx.lines) cols.push(String(d.line));
    cols.push(r.type, String(r.start), String(r.end), tsvField(r.text), tsvField(JSON.stringify(r.value ?? null)));
    out += cols.join('\t') + '\n';
  }
  return out;
}

// ---------------------------------------------------------------- text

const ANSI: Record<EntityType, string> = {
  person: '\x1b[1;36m',
  title: '\x1b[1;35m',
  date: '\x1b[1;33m',
  percent: '\x1b[1;32m',
  money: '\x1b[1;94m',
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

function textDoc(d: DocOut, ctx: FormatContext): string {
  let out = '';
  if (ctx.multi && !ctx.lines) out += `${ctx.color ? DIM : ''}==> ${d.file} <==${ctx.color ? RESET : ''}\n`;
  let pos = 0;
  const used = new Set<EntityType>();
  for (const r of d.entities) {
    if (r.start < pos) continue;
    out += d.text.slice(pos, r.start);
    const t = r.text;
    if (ctx.color) {
      // Colour each line of a span separately so a line break never carries the colour.
      out += t
        .split('\n')
        .map((part) => (part ? ANSI[r.type] + part + RESET : part))
        .join('\n');
    } else out += `[[${t}|${r.type}]]`;
    used.add(r.type);
    pos = r.end;
  }
  out += d.text.slice(pos);
  if (!out.endsWith('\n')) out += '\n';
  if (ctx.color && used.size && !ctx.lines) {
    out += DIM + '--' + RESET + ' ' + [...used].map((t) => ANSI[t] + t + RESET).join(' ') + '\n';
  }
  if (ctx.multi && !ctx.lines) out += '\n';
  return out;
}

// ---------------------------------------------------------------- html

/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'title', 'date', 'percent', 'money'];

const CSS = `
:root{--person:#d0ebff;--person-b:#1c7ed6;--title:#f3d9fa;--title-b:#ae3ec9;--date:#fff3bf;--date-b:#f08c00;--percent:#d3f9d8;--percent-b:#2f9e44;--money:#ffe3e3;--money-b:#e03131}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#212529;background:#f8f9fa}
h1{font-size:20px;margin:0 0 16px;color:#495057}
h2{font-size:17px;margin:0 0 12px;word-break:break-all}
.doc{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:20px 24px;margin:0 0 24px;max-width:1100px}
.legend{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 14px;padding:0;list-style:none}
.legend li{font-size:13px;padding:2px 10px;border-radius:12px;border:1px solid transparent}
.legend .count{font-weight:600;margin-left:4px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 18px;padding:14px 16px;background:#fcfcfd;border:1px solid #e9ecef;border-radius:6px;line-height:1.9}
mark.ent{position:relative;color:inherit;padding:1px 2px;border-radius:3px;border-bottom:2px solid;cursor:help}
mark.ent:hover,mark.ent:focus{outline:2px solid #343a40;outline-offset:1px}
mark.ent::after{content:attr(data-tip);position:absolute;left:0;bottom:calc(100% + 6px);z-index:10;display:none;white-space:nowrap;padding:3px 8px;border-radius:4px;font-size:12px;line-height:1.4;background:#212529;color:#fff;pointer-events:none}
mark.ent:hover::after,mark.ent:focus::after{display:block}
.ent-person{background:var(--person);border-color:var(--person-b)}
.ent-title{background:var(--title);border-color:var(--title-b)}
.ent-date{background:var(--date);border-color:var(--date-b)}
.ent-percent{background:var(--percent);border-color:var(--percent-b)}
.ent-money{background:var(--money);border-color:var(--money-b)}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e9ecef;vertical-align:top}
th{background:#f1f3f5;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td code{font-family:inherit;font-size:13px;color:#495057;overflow-wrap:anywhere}
.type{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;border:1px solid}
.empty{color:#868e96;font-style:italic}
`.trim();

function htmlHeader(title: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${esc(title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n<h1>vn-extract</h1>\n`
  );
}

const HTML_FOOTER = '</body>\n</html>\n';

function htmlDoc(d: DocOut): string {
  const counts = new Map<EntityType, number>();
  for (const r of d.entities) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  let out = `<section class="doc" data-file="${esc(d.file)}">\n<h2>${esc(d.file === '-' ? '(standard input)' : d.file)}</h2>\n`;
  out += '<ul class="legend" aria-label="legend">';
  for (const t of TYPE_ORDER) {
    out += `<li class="ent-${t}" data-type="${t}">${t}<span class="count">${counts.get(t) ?? 0}</span></li>`;
  }
  out += '</ul>\n<div class="text">';
  let pos = 0;
  d.entities.forEach((r, i) => {
    if (r.start < pos) return;
    const tip = `${r.type}: ${valueSummary(r)}`;
    out +=
      esc(d.text.slice(pos, r.start)) +
      `<mark class="ent ent-${esc(r.type)}" id="e${i + 1}" tabindex="0" data-type="${esc(r.type)}" data-start="${r.start}" data-end="${r.end}"` +
      ` data-tip="${esc(tip)}" title="${esc(tip)}">${esc(r.text)}</mark>`;
    pos = r.end;
  });
  out += esc(d.text.slice(pos)) + '</div>\n';
  if (d.entities.length === 0) {
    out += '<p class="empty">No entities found.</p>\n';
  } else {
    out +=
      '<table class="entities">\n<thead><tr><th>#</th><th>type</th><th>start</th><th>end</th><th>text</th><th>value</th><th>details</th></tr></thead>\n<tbody>\n';
    d.entities.forEach((r, i) => {
      const det = details(r);
      out +=
        `<tr data-type="${esc(r.type)}"><td class="num">${i + 1}</td><td><span class="type ent-${esc(r.type)}">${esc(r.type)}</span></td>` +
        `<td class="num">${r.start}</td><td class="num">${r.end}</td><td>${esc(r.text)}</td>` +
        `<td>${esc(valueSummary(r))}</td><td>${det.map((x) => `<code>${esc(x)}</code>`).join('<br>')}</td></tr>\n`;
    });
    out += '</tbody>\n</table>\n';
  }
  return out + '</section>\n';
}

// ---------------------------------------------------------------- dispatch

export function formatDoc(d: DocOut, ctx: FormatContext): string {
  switch (ctx.format) {
    case 'json':
      return jsonDoc(d, ctx);
    case 'jsonl':
      return jsonlDoc(d, ctx);
    case 'tsv':
      return tsvDoc(d, ctx);
    case 'text':
      return textDoc(d, ctx);
    case 'html':
      return htmlDoc(d);
  }
}

/** Written before the first document of a stream. */
export function header(ctx: FormatContext, title: string): string {
  if (ctx.format === 'json' && ctx.multi) return '[';
  if (ctx.format === 'tsv') return tsvHeader(ctx);
  if (ctx.format === 'html') return htmlHeader(title);
  return '';
}

/** Written between two documents; `first` is true before the first one. */
export function separator(ctx: FormatContext, first: boolean): string {
  if (ctx.format === 'json' && ctx.multi) return first ? '\n' : ',\n';
  return '';
}

/** Written after the last document; `empty` when no document was written. */
export function footer(ctx: FormatContext, empty: boolean): string {
  if (ctx.format === 'json' && ctx.multi) return empty ? ']\n' : '\n]\n';
  if (ctx.format === 'html') return (empty ? '<p class="empty">No input.</p>\n' : '') + HTML_FOOTER;
  return '';
}
