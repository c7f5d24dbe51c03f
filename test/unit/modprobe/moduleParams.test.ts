import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allModules, defaultFor, existsOn, findModule, findParam } from '../../../server/src/languages/modprobe/moduleParams';

describe('module parameter table', () => {
  it('knows the kvm halt-polling parameters with per-architecture defaults and the paper value', () => {
    const poll = findParam('kvm', 'halt_poll_ns');
    assert.ok(poll);
    assert.equal(defaultFor(poll, 's390x'), 50000);
    assert.equal(defaultFor(poll, 'x86_64'), 200000);
    assert.equal(defaultFor(poll, 'aarch64'), 500000);
    assert.equal(defaultFor(poll, ''), 'per architecture');
    assert.equal(poll.paper?.value, 80000);
    assert.equal(poll.paper?.workload, 'transactional');
    assert.deepEqual(['halt_poll_ns_grow', 'halt_poll_ns_grow_start', 'halt_poll_ns_shrink'].map((n) => findParam('kvm', n)?.default), [2, 10000, 2]);
  });

  it('treats "-" and "_" alike and resolves aliases', () => {
    assert.equal(findParam('kvm', 'halt-poll-ns')?.name, 'halt_poll_ns');
    assert.equal(findModule('vhost-net')?.name, 'vhost_net');
    assert.equal(findModule('qeth_l3')?.name, 'qeth');
    assert.equal(findModule('nosuchmodule'), undefined);
  });

  it('limits halt_poll_max_steal to s390x', () => {
    const steal = findParam('kvm', 'halt_poll_max_steal')!;
    assert.equal(existsOn(steal, 's390x'), true);
    assert.equal(existsOn(steal, 'x86_64'), false);
    assert.equal(existsOn(steal, ''), true);
    assert.equal(steal.default, 10);
  });

  it('has consistent entries: ranges ordered, numeric defaults inside them, unique names', () => {
    for (const module of allModules()) {
      const names = module.params.map((p) => p.name);
      assert.equal(new Set(names).size, names.length, module.name);
      for (const p of module.params) {
        if (p.min !== undefined && p.max !== undefined) assert.ok(p.min <= p.max, `${module.name}.${p.name}`);
        for (const value of [p.default, ...Object.values(p.defaultsByArch ?? {})]) {
          if (typeof value !== 'number') continue;
          assert.ok(p.min === undefined || value >= p.min, `${module.name}.${p.name}`);
          assert.ok(p.max === undefined || value <= p.max, `${module.name}.${p.name}`);
        }
      }
    }
  });
});
