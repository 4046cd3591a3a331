/**
 * Reads and writes Pagefind's own binary files (`.pf_meta`, `.pf_index`): gzip of
 * the signature `pagefind_dcd` followed by CBOR, as Pagefind's Rust side (minicbor)
 * writes them — arrays of definite length, text strings, integers. Only those
 * kinds are handled; anything else stops with an error naming what was found, so
 * a future Pagefind that writes another shape cannot be rewritten wrongly.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** What Pagefind's files are made of. */
export type CborValue = number | string | CborValue[];

const SIGNATURE = Buffer.from('pagefind_dcd');

function decodeCbor(bytes: Buffer): CborValue {
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (!size) throw new Error(`CBOR argument ${info} at byte ${at} is not one Pagefind writes`);
    const value = bytes.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): CborValue => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const value = argument(head & 31);
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 3) {
      at += value;
      return bytes.toString('utf8', at - value, at);
    }
    if (major === 4) return Array.from({ length: value }, item);
    throw new Error(`CBOR major type ${major} at byte ${at - 1} is not one Pagefind writes`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes left after the CBOR value`);
  return value;
}

function head(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  const size = value < 0x100 ? 1 : value < 0x10000 ? 2 : 4;
  const out = Buffer.alloc(1 + size);
  out[0] = (major << 5) | { 1: 24, 2: 25, 4: 26 }[size]!;
  out.writeUIntBE(value, 1, size);
  return out;
}

function encodeCbor(value: CborValue, parts: Buffer[]): void {
  if (typeof value === 'number') parts.push(value < 0 ? head(1, -1 - value) : head(0, value));
  else if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    parts.push(head(3, text.length), text);
  } else {
    parts.push(head(4, value.length));
    for (const item of value) encodeCbor(item, parts);
  }
}

/** The CBOR value of one Pagefind file as published (gzip, signature, CBOR). */
export function readPagefindFile(bytes: Uint8Array): CborValue {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind data file');
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

/** The raw (not yet gzipped) bytes of a Pagefind file holding `value`. */
export function encodePagefindFile(value: CborValue): Buffer {
  const parts: Buffer[] = [SIGNATURE];
  encodeCbor(value, parts);
  return Buffer.concat(parts);
}

/** A Pagefind file holding `value`, gzipped as Pagefind publishes it. */
export function writePagefindFile(value: CborValue): Buffer {
  return gzipSync(encodePagefindFile(value), { level: 9 });
}
