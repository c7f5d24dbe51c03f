/** VS Code's own policy for language servers: five crashes within three minutes and it stays down. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60_000;

/** Records a crash at `now` (ms) and says whether to restart; `crashes` are earlier crash times. */
export function afterCrash(crashes: readonly number[], now: number): { restart: boolean; crashes: number[] } {
  const recent = [...crashes, now].filter((time) => now - time <= RESTART_WINDOW_MS);
  return { restart: recent.length <= MAX_RESTARTS, crashes: recent };
}
