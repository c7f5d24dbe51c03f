import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterCrash, RESTART_WINDOW_MS } from '../../../client/src/crashPolicy';

describe('language server crash policy', () => {
  it('restarts four times within three minutes and gives up at the fifth crash', () => {
    let crashes: number[] = [];
    const decisions: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const decision = afterCrash(crashes, 1_000 + i * 10_000);
      crashes = decision.crashes;
      decisions.push(decision.restart);
    }
    assert.deepEqual(decisions, [true, true, true, true, false]);
  });

  it('forgets crashes older than the window', () => {
    const old = [0, 1, 2, 3];
    const decision = afterCrash(old, RESTART_WINDOW_MS + 10);
    assert.deepEqual(decision, { restart: true, crashes: [RESTART_WINDOW_MS + 10] });
  });
});
