import assert from 'node:assert/strict';
import { test } from 'node:test';
import { perObjectCache } from '../../../server/src/service/perObjectCache';

test('a per-object cache keeps one value per object, like a WeakMap', () => {
  const cache = perObjectCache<object, string[]>('names');
  const first = {};
  const second = {};
  assert.equal(cache.get(first), undefined);
  assert.equal(cache.has(first), false);
  cache.set(first, ['a']);
  assert.deepEqual(cache.get(first), ['a']);
  assert.equal(cache.has(first), true);
  assert.equal(cache.get(second), undefined);
  cache.set(first, ['b']);
  assert.deepEqual(cache.get(first), ['b']);
});

test('two caches on the same object do not see each other', () => {
  const names = perObjectCache<object, string>('same');
  const others = perObjectCache<object, string>('same');
  const owner = {};
  names.set(owner, 'names');
  others.set(owner, 'others');
  assert.equal(names.get(owner), 'names');
  assert.equal(others.get(owner), 'others');
});

test('the cached value is invisible to keys, spreading, deep comparison and JSON', () => {
  const cache = perObjectCache<{ line: number }, number>('count');
  const owner = { line: 3 };
  cache.set(owner, 7);
  assert.deepEqual(Object.keys(owner), ['line']);
  assert.deepEqual({ ...owner }, { line: 3 });
  assert.deepStrictEqual(owner, { line: 3 });
  assert.equal(JSON.stringify(owner), '{"line":3}');
  const array = [1, 2];
  perObjectCache<number[], string>('sum').set(array, 'three');
  assert.deepStrictEqual(array, [1, 2]);
});

test('a frozen object keeps nothing, so the value is worked out again instead of failing', () => {
  const cache = perObjectCache<object, number>('frozen');
  const owner = Object.freeze({});
  assert.doesNotThrow(() => cache.set(owner, 1));
  assert.equal(cache.get(owner), undefined);
  assert.equal(cache.has(owner), false);
});
