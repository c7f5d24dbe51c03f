import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildChartData,
  buildTableRows,
  DEFAULT_FILTERS,
  errorPct,
  filterTests,
  formatConfig,
  formatDelta,
  sortRows,
  toggleSort,
  userLevels,
} from '../../../client/src/diff/webview/viewModel';
import { metric, paperReport, PAPER_TESTS } from './fixtures';

describe('results diff view model', () => {
  it('charts every test in report order, one series per metric, positive = B better', () => {
    const data = buildChartData(paperReport(), DEFAULT_FILTERS);
    assert.deepEqual(data.labels, PAPER_TESTS);
    assert.deepEqual(data.series.map((s) => s.metric), ['throughput', 'latency', 'cpuClient', 'cpuServer']);
    assert.equal(data.series[0].data[0], -5);
    assert.equal(data.series[0].data[19], 14);
  });

  it('keeps n/a as null (a gap), never 0', () => {
    const cpu = buildChartData(paperReport(), DEFAULT_FILTERS).series[2];
    assert.equal(cpu.data[0], null);
    assert.equal(cpu.data[1], 1);
    const rows = buildTableRows(paperReport(), DEFAULT_FILTERS).filter((r) => r.metric === 'cpuClient');
    assert.equal(rows[0].a, null);
  });

  it('marks noisy and not-significant deltas as uncertain and sizes whiskers from both stddevs', () => {
    const data = buildChartData(paperReport(), DEFAULT_FILTERS);
    assert.equal(data.series[1].uncertain[0], true); // latency noisy on index 0
    assert.equal(data.series[1].uncertain[1], false);
    assert.ok(data.series[3].uncertain.every(Boolean)); // server CPU: significant false
    // stddev% 3 and 4 combine in quadrature to 5
    assert.equal(errorPct(metric({ stddevPctA: 3, stddevPctB: 4 })), 5);
    assert.equal(errorPct(metric({ stddevPctA: null })), null);
  });

  it('filters by category, user level and metric', () => {
    const report = paperReport();
    assert.equal(filterTests(report.tests, { ...DEFAULT_FILTERS, category: 'str' }).length, 8);
    assert.deepEqual(
      filterTests(report.tests, { ...DEFAULT_FILTERS, category: 'rr', users: 50 }).map((t) => t.name),
      ['rr1c-1x1--50', 'rr1c-200x1000--50', 'rr1c-1000x30k--50'],
    );
    const chart = buildChartData(report, { ...DEFAULT_FILTERS, metrics: ['cpuServer', 'throughput'] });
    assert.deepEqual(chart.series.map((s) => s.metric), ['throughput', 'cpuServer']);
    assert.deepEqual(userLevels(report.tests), [1, 10, 50, 250]);
    assert.equal(buildTableRows(report, { ...DEFAULT_FILTERS, metrics: [] }).length, 0);
  });

  it('sorts by delta both ways with n/a last, and by test back to the paper order', () => {
    const rows = buildTableRows(paperReport(), { ...DEFAULT_FILTERS, metrics: ['cpuClient'] });
    const descending = sortRows(rows, { key: 'deltaPct', direction: 'descending' });
    assert.equal(descending[0].deltaPct, 19);
    assert.equal(descending[descending.length - 1].deltaPct, null);
    const ascending = sortRows(rows, { key: 'deltaPct', direction: 'ascending' });
    assert.equal(ascending[0].deltaPct, 1);
    assert.equal(ascending[ascending.length - 1].deltaPct, null);
    const back = sortRows(descending, { key: 'test', direction: 'ascending' });
    assert.deepEqual(back.map((r) => r.test), PAPER_TESTS);
    assert.notStrictEqual(back, rows);
  });

  it('toggles sort direction on the same column and starts deltas descending', () => {
    assert.deepEqual(toggleSort({ key: 'test', direction: 'ascending' }, 'test'), { key: 'test', direction: 'descending' });
    assert.deepEqual(toggleSort({ key: 'test', direction: 'ascending' }, 'deltaPct'), { key: 'deltaPct', direction: 'descending' });
  });

  it('formats deltas and free-form configs', () => {
    assert.equal(formatDelta(8.24), '+8.2 %');
    assert.equal(formatDelta(-3), '-3.0 %');
    assert.equal(formatDelta(null), 'n/a');
    assert.equal(formatConfig('MacVTap, MTU 8192'), 'MacVTap, MTU 8192');
    assert.equal(formatConfig({ mtu: 8192, nested: { a: 1 } }), 'mtu: 8192; nested: {"a":1}');
    assert.equal(formatConfig(undefined), '');
  });
});
