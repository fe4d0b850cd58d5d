import { createHash } from 'node:crypto';

/**
 * A UUID that is the same on every build for the same record: the first 16 bytes of
 * SHA-1("en-vag-in:<kind>:<key>"), with the version (5) and variant bits set as RFC 9562 asks.
 * HSDS requires uuid identifiers; deriving them keeps links between files and between exports stable.
 */
export function stableUuid(kind: string, key: string): string {
  const bytes = createHash('sha1').update(`en-vag-in:${kind}:${key}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
