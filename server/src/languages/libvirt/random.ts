import { randomBytes } from 'node:crypto';

/** Where generated MACs and UUIDs get their randomness; tests swap it for a fixed sequence. */
export type RandomSource = (count: number) => Uint8Array;

const cryptoSource: RandomSource = (count) => randomBytes(count);
let source: RandomSource = cryptoSource;

/** Replaces the random source (undefined restores crypto); returns the previous one. */
export function setRandomSource(next: RandomSource | undefined): RandomSource {
  const previous = source;
  source = next ?? cryptoSource;
  return previous;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0'));

/** A random locally administered unicast MAC: first octet with bit 1 set and bit 0 (multicast) clear. */
export function randomMac(): string {
  const bytes = Uint8Array.from(source(6));
  bytes[0] = (bytes[0] & 0xfc) | 0x02;
  return hex(bytes).join(':');
}

/** A random (version 4) UUID. */
export function randomUuid(): string {
  const bytes = Uint8Array.from(source(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = hex(bytes).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
