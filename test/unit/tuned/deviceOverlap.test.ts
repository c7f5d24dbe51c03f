import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compact, lintTuned } from './lint';

/** The pairwise reading the index replaces: each section against every earlier one of its plugin. */
function pairwiseOverlaps(sections: { name: string; devices: string | undefined; priority: number }[]): [later: string, earlier: string][] {
  const glob = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\[!/g, '[^')}$`);
  const rules = (devices: string | undefined) => {
    const words = (devices ?? '*').split(/[\s,]+/).filter((w) => w !== '');
    const positive = words.filter((w) => !w.startsWith('!'));
    return { positive: positive.length > 0 ? positive : ['*'], negative: words.filter((w) => w.startsWith('!')).map((w) => w.slice(1)) };
  };
  const ordered = sections.map((s, i) => ({ s, i })).sort((a, b) => a.s.priority - b.s.priority || a.i - b.i).map((x) => x.s);
  const out: [string, string][] = [];
  ordered.forEach((later, index) => {
    const l = rules(later.devices);
    if (l.positive.some((n) => /[*?[]/.test(n))) return;
    const earlier = ordered.slice(0, index).find((e) => {
      const r = rules(e.devices);
      return l.positive.every((n) => r.positive.some((g) => glob(g).test(n)) && !r.negative.some((g) => glob(g).test(n)));
    });
    if (earlier) out.push([later.name, earlier.name]);
  });
  return out;
}

function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('tuned-device-overlap (indexed by device name)', () => {
  it('finds the same section pairs as comparing every section with every earlier one', () => {
    const pool = ['sda', 'sdb', 'vda', 'vdb', 'sd*', 'vd?', '!sdb', '!vd*', 'sd[ab]', 'dm-0', '*'];
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const sections = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, i) => {
        const count = Math.floor(next() * 4);
        const devices = count === 0 ? undefined : Array.from({ length: count }, () => pool[Math.floor(next() * pool.length)]).join(',');
        return { name: `disk_${i}`, devices, priority: Math.floor(next() * 3) - 1 };
      });
      const text = sections.map((s) => `[${s.name}]\ntype=disk\n${s.devices === undefined ? '' : `devices=${s.devices}\n`}priority=${s.priority}\n`).join('');
      const found = lintTuned(text).filter((f) => f.ruleId === 'tuned-device-overlap');
      const pairs = found.map((f) => [/\[(\S+)\] gets no device/.exec(f.message)![1], /^\[(\S+)\]/.exec(f.message)![1]]);
      assert.deepEqual(pairs, pairwiseOverlaps(sections), text);
    }
  });

  it('meets plain names and globs of earlier sections in tuned order, the first one wins', () => {
    const text = '[disk_glob]\ntype=disk\ndevices=sd*,!sda\npriority=-1\n[disk_plain]\ntype=disk\ndevices=sda\n[disk_late]\ntype=disk\ndevices=sda\n[net_a]\ntype=net\ndevices=sda\n';
    const found = lintTuned(text).filter((f) => f.ruleId === 'tuned-device-overlap');
    assert.deepEqual(compact(found), [['tuned-device-overlap', 9, 8, 9, 11, 'warning']]);
    assert.match(found[0].message, /^\[disk_plain\] \(line 5\)/);
  });
});
