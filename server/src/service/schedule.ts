/**
 * When to validate a document after a keystroke. A document whose last validation took a few
 * milliseconds is validated on the next tick; slower ones wait a few times their last duration (at
 * most MAX_TYPING_DELAY_MS), so a slow file is not re-checked on every key. Changes arriving faster
 * than any typist (a paste, a formatter, a client replaying a burst) always coalesce into one run.
 */
export const FAST_VALIDATION_MS = 4;
export const MAX_TYPING_DELAY_MS = 200;
export const DELAY_PER_VALIDATION_MS = 3;
/** Changes closer together than this are one burst. */
export const BURST_GAP_MS = 15;

export function typingDelay(lastValidationMs: number | undefined, msSincePreviousChange: number | undefined): number {
  const adaptive =
    lastValidationMs === undefined || lastValidationMs <= FAST_VALIDATION_MS
      ? 0
      : Math.min(MAX_TYPING_DELAY_MS, Math.round(lastValidationMs * DELAY_PER_VALIDATION_MS));
  const inBurst = msSincePreviousChange !== undefined && msSincePreviousChange < BURST_GAP_MS;
  return inBurst ? Math.max(adaptive, BURST_GAP_MS) : adaptive;
}
