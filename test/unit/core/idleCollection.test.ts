import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { IDLE_MS, idleCollector, LATE_COLLECTION_MS as LATE, MIN_INTERVAL_MS, SECOND_COLLECTION_MS as SECOND } from '../../../server/src/idleCollection';

describe('idle collection', () => {
  // Mocked timers and Date, moved a millisecond at a time so a timer sees the time it fires at.
  const now = () => Date.now();
  const advance = (ms: number) => {
    for (let i = 0; i < ms; i += 1) mock.timers.tick(1);
  };
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 }));
  afterEach(() => mock.timers.reset());

  it('collects once the work has been quiet for a moment, not while it goes on', () => {
    const collections: number[] = [];
    const collector = idleCollector(() => collections.push(now()), now);
    for (let i = 0; i < 5; i += 1) {
      collector.worked();
      advance(IDLE_MS - 1);
    }
    assert.deepEqual(collections, []);
    advance(1);
    const quiet = 5 * (IDLE_MS - 1) + 1;
    assert.deepEqual(collections, [quiet]);
    advance(IDLE_MS * 10);
    assert.deepEqual(collections, [quiet, quiet + SECOND, quiet + SECOND + LATE], 'a second one a moment later, a last one once allocation has been low a while, then none without new work');
  });

  it('collects at most once per interval, and once more after it when work came meanwhile', () => {
    const collections: number[] = [];
    const collector = idleCollector(() => collections.push(now()), now);
    collector.worked();
    advance(IDLE_MS);
    collector.worked();
    advance(IDLE_MS);
    assert.deepEqual(collections, [IDLE_MS, IDLE_MS + SECOND]);
    advance(MIN_INTERVAL_MS);
    assert.deepEqual(collections, [IDLE_MS, IDLE_MS + SECOND, IDLE_MS + SECOND + LATE, IDLE_MS + MIN_INTERVAL_MS, IDLE_MS + MIN_INTERVAL_MS + SECOND]);
  });

  it('waits while requests keep coming, for the first collection and for the second', () => {
    const collections: number[] = [];
    const collector = idleCollector(() => collections.push(now()), now);
    collector.worked();
    for (let i = 0; i < 10; i += 1) {
      advance(IDLE_MS - 1);
      collector.answered();
    }
    assert.deepEqual(collections, []);
    advance(IDLE_MS);
    const first = 10 * (IDLE_MS - 1) + IDLE_MS;
    assert.deepEqual(collections, [first]);
    advance(SECOND - 1);
    collector.answered();
    advance(SECOND - 1);
    assert.deepEqual(collections, [first]);
    advance(1);
    const second = first + 2 * SECOND - 1;
    assert.deepEqual(collections, [first, second]);
    advance(LATE - 1);
    collector.answered();
    advance(LATE);
    assert.deepEqual(collections, [first, second, second + 2 * LATE - 1]);
    collector.answered();
    advance(MIN_INTERVAL_MS * 2);
    assert.deepEqual(collections, [first, second, second + 2 * LATE - 1], 'requests alone never cause a collection');
  });

  it('does nothing without a collector (the server started without --expose-gc)', () => {
    const collector = idleCollector(undefined, now);
    collector.worked();
    advance(MIN_INTERVAL_MS * 2);
    collector.dispose();
  });
});
