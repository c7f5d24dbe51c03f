import type { DiffReport, MetricComparison, TestComparison } from '../../../engine/results/model';

export const PAPER_TESTS = ['rr1c-1x1', 'rr1c-200x1000', 'rr1c-1000x30k', 'str-readx30k', 'str-writex30k'].flatMap((w) =>
  [1, 10, 50, 250].map((users) => `${w}--${users}`),
);

export function metric(overrides: Partial<MetricComparison> = {}): MetricComparison {
  return { unit: 'trans/s', a: 100, b: 110, deltaPct: 10, pValue: 0.01, noisy: false, samplesA: 2, samplesB: 2, stddevPctA: 1, stddevPctB: 2, significant: true, ...overrides };
}

export function testOf(name: string, index = 0): TestComparison {
  const users = Number(/--(\d+)$/.exec(name)?.[1] ?? NaN);
  const category = name.startsWith('rr') ? 'rr' : name.startsWith('str') ? 'str' : 'other';
  return {
    name,
    category,
    users: Number.isFinite(users) ? users : null,
    metrics: {
      throughput: metric({ deltaPct: index - 5 }),
      latency: metric({ unit: 'us', deltaPct: 5 - index, noisy: index % 3 === 0 }),
      cpuClient: metric({ unit: 'cpu-s/MB', deltaPct: index % 2 === 0 ? null : index, a: null }),
      cpuServer: metric({ unit: 'cpu-s/MB', pValue: 0.4, significant: false }),
    },
  };
}

export function paperReport(): DiffReport {
  return {
    a: { path: '/runs/mtu1500', label: 'MTU 1500', config: 'lo MTU 1500' },
    b: { path: '/runs/mtu9000', label: 'MTU 9000', config: { mtu: 9000, lpars: 1 } },
    problems: [],
    tests: PAPER_TESTS.map(testOf),
    summary: [{ metric: 'throughput', betterCount: 14, comparedCount: 20, medianDeltaPct: 8.2, text: 'B better on 14/20 tests, median +8.2 %' }],
  };
}

export const HOSTILE = ['<script>window.kvmtunePwned=1</script>', '"onerror="alert(1)', '<img src=x onerror=alert(1)>', "'><svg onload=alert(1)>"];

export function hostileReport(): DiffReport {
  return {
    a: { path: '/runs/<script>alert(1)</script>', label: HOSTILE[0], config: { [HOSTILE[1]]: HOSTILE[2] } },
    b: { path: '/runs/b"onerror="x', label: HOSTILE[2], config: HOSTILE[3] },
    problems: [{ file: `/runs/${HOSTILE[2]}.txt`, reason: HOSTILE[0] }],
    tests: HOSTILE.map((name, i) => ({ ...testOf(`rr1c-1x1--1`, i), name, category: 'other' as const, users: null })),
    summary: [{ metric: 'throughput', betterCount: 1, comparedCount: 4, medianDeltaPct: 1, text: HOSTILE[1] }],
  };
}
