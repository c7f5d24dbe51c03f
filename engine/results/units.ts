/**
 * uperf number tokens (src/numbers.c): sizes use binary steps (KB = 1024 B) and may be truncated by
 * snprintf (`100.10M`, or `1000.00` with the unit lost); bit rates use decimal steps; times end in ns/us/ms/s.
 */
const SIZE_STEPS = 'KMGTPEZ';

/** `0`, `288.00B`, `97.62MB`, `100.10M`, `1000.00` -> bytes; null when not a size token. */
export function parseSize(token: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([KMGTPEZ]?)B?$/.exec(token.trim());
  if (!match) return null;
  const power = match[2] ? SIZE_STEPS.indexOf(match[2]) + 1 : 0;
  return Number(match[1]) * 1024 ** power;
}

/** `0`, `742.26b/s`, `10.30Gb/s` -> bits per second; null when not a rate token. */
export function parseBitRate(token: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(?:([KMGTPEZ]?)b\/s)?$/.exec(token.trim());
  if (!match) return null;
  if (match[2] === undefined && match[1] !== '0') return null;
  const power = match[2] ? SIZE_STEPS.indexOf(match[2]) + 1 : 0;
  return Number(match[1]) * 1000 ** power;
}

const TIME_FACTORS_US: Record<string, number> = { ns: 1e-3, us: 1, ms: 1e3, s: 1e6 };

/** `701.00ns`, `92.64us`, `5.05s` -> microseconds; null when not a time token. */
export function parseTimeUs(token: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(ns|us|ms|s)$/.exec(token.trim());
  if (!match) return null;
  return Number(match[1]) * TIME_FACTORS_US[match[2]];
}

/** A percentage cell such as `-0.01%`, `0.00%` or `-nan%`; NaN for `nan`, null when not a percentage. */
export function parsePercent(token: string): number | null {
  const match = /^(-?)(\d+(?:\.\d+)?|nan|inf)%$/i.exec(token.trim());
  if (!match) return null;
  const body = match[2].toLowerCase();
  if (body === 'nan') return Number.NaN;
  const value = body === 'inf' ? Number.POSITIVE_INFINITY : Number(body);
  return match[1] ? -value : value;
}
