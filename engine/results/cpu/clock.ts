/**
 * sysstat dates and times → epoch ms. sysstat prints local time unless run with TZ=UTC; we read
 * every time as UTC (the sample runs were captured that way). A time zone mismatch shows up as
 * CPU samples that do not cover the uperf window, reported as a problem, never as a wrong number.
 */
/** `11/25/26`, `04/01/2015` (MM/DD/YY[YY]) or `2026-11-25` → epoch ms of 00:00 UTC; null if unknown. */
export function parseSysstatDate(text: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
}

/** `18:53:35` or `07:50:06 PM` → ms since midnight; null if not a time. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2}):(\d{2})(?:\s*(AM|PM))?$/i.exec(text.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  if (m[4]) hours = (hours % 12) + (m[4].toUpperCase() === 'PM' ? 12 : 0);
  return ((hours * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}

/** Turns a sequence of clock times into epoch ms, adding a day whenever the clock goes backwards. */
export class DayClock {
  private dayOffset = 0;
  private last = -1;
  constructor(private readonly dateMs: number) {}
  at(clockMs: number): number {
    if (this.last >= 0 && clockMs < this.last - 60_000) this.dayOffset += 86_400_000;
    this.last = clockMs;
    return this.dateMs + this.dayOffset + clockMs;
  }
}
