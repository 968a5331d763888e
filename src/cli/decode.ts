/**
 * Decoding of input bytes: UTF-8 (a leading BOM is skipped), UTF-16 LE/BE with a BOM,
 * binary detection (NUL bytes) and invalid UTF-8 reported with the byte offset of the
 * first bad sequence. Offsets of the extracted entities refer to the DECODED text,
 * without the BOM.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export class InputError extends Error {}

/** Byte offset of the first invalid UTF-8 sequence in `b[from..to)`, or -1 when valid. */
export function firstInvalidUtf8(b: Uint8Array, from = 0, to = b.length): number {
  let i = from;
  while (i < to) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n >= to) return i; // truncated at the end
    const b1 = b[i + 1]!;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= n; k++) {
      const bk = b[i + k]!;
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Detects a BOM; returns the encoding and the BOM's length in bytes. */
export function sniff(b: Uint8Array): { encoding: Encoding; bom: number } {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a UTF-8 byte range. `base` is the byte offset of `b[0]` in the whole input,
 * for messages. Throws InputError on NUL bytes, and on invalid UTF-8 unless `lenient`.
 */
export function decodeUtf8(b: Uint8Array, lenient: boolean, base = 0): string {
  const nul = b.indexOf(0);
  if (nul >= 0) throw new InputError(`binary file (NUL byte at byte offset ${base + nul})`);
  if (lenient) return utf8Lenient.decode(b);
  try {
    return utf8Fatal.decode(b);
  } catch {
    const at = firstInvalidUtf8(b);
    throw new InputError(`invalid UTF-8 at byte offset ${base + (at < 0 ? 0 : at)} (use --lenient to replace bad bytes)`);
  }
}

/** Decodes a whole input. Throws InputError with a one-line reason. */
export function decodeBuffer(buf: Uint8Array, lenient: boolean): string {
  const { encoding, bom } = sniff(buf);
  if (encoding === 'utf-8') return decodeUtf8(buf.subarray(bom), lenient, bom);
  const body = buf.subarray(bom);
  if (body.length % 2 === 1 && !lenient) {
    throw new InputError(`invalid ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}: odd number of bytes (use --lenient to replace the last byte)`);
  }
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new InputError(`binary file (NUL character at byte offset ${bom + 2 * nul})`);
  return text;
}
