import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRuns } from '../../../engine/results/compare';
import { formatReport } from '../../../engine/results/format';
import { escapeHtml, escapeMarkdown } from '../../../engine/results/format/escape';
import type { RunData } from '../../../engine/results/run';
import { parseTestName } from '../../../engine/results/testName';

const HOSTILE = '<script>alert(1)</script>"onerror=alert(2)';
const HOSTILE_LABEL = '<img src=x onerror=alert(3)>|**bold**';

function run(path: string, label: string, value: number): RunData {
  const id = parseTestName(HOSTILE);
  const sample = { sample: '1', file: 'x', throughputUnit: 'MB/s', values: { throughput: value, latency: null, cpuClient: null, cpuServer: null } };
  return {
    path,
    label,
    config: { note: '</style><script>x()</script>' },
    problems: [{ file: `${path}/<b>bad</b>.txt`, reason: 'no uperf client output found <script>' }],
    tests: new Map([[HOSTILE.toLowerCase(), { id, samples: [sample] }], ['rr1c-1x1--1', { id: parseTestName('rr1c-1x1--1'), samples: [{ ...sample, throughputUnit: 'trans/s' }] }]]),
  };
}

const report = compareRuns(run('/runs/a', HOSTILE_LABEL, 100), run('/runs/b', 'B', 110));

describe('report formatters', () => {
  it('html: standalone, no script can run, every file string escaped', () => {
    const html = formatReport(report, 'html');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<b>bad/);
    assert.doesNotMatch(html, /<\/style><script/);
    assert.doesNotMatch(html, /"onerror=/);
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;&#34;onerror=alert(2)'));
    assert.ok(html.includes('+10.0 %'));
  });

  it('md: hostile names cannot open HTML or break the table', () => {
    const md = formatReport(report, 'md');
    assert.doesNotMatch(md, /<script|<img|<b>/i);
    assert.doesNotMatch(md, /"onerror=/);
    assert.ok(md.includes('&#60;img src=x onerror=alert(3)&#62;\\|\\*\\*bold\\*\\*'));
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      assert.equal(line.split(/(?<!\\)\|/).length, 13, line); // 11 cells + 2 edges
    }
    assert.equal(escapeMarkdown('a|b\nc'), 'a\\|b c');
    assert.equal(escapeHtml(`<&>"'\``), '&#60;&#38;&#62;&#34;&#39;&#96;');
  });

  it('json: exactly the contract shape', () => {
    const parsed = JSON.parse(formatReport(report, 'json'));
    assert.deepEqual(Object.keys(parsed), ['a', 'b', 'problems', 'tests', 'summary', 'convention']);
    assert.equal(parsed.convention, 'paper'); // tells JSON readers what the sign of deltaPct means
    assert.deepEqual(parsed.a, { path: '/runs/a', label: HOSTILE_LABEL, config: { note: '</style><script>x()</script>' } });
    assert.deepEqual(Object.keys(parsed.tests[0]), ['name', 'category', 'users', 'metrics']);
    assert.equal(parsed.tests[0].name, 'rr1c-1x1--1'); // paper tests first
    assert.deepEqual(Object.keys(parsed.tests[0].metrics), ['throughput', 'latency', 'cpuClient', 'cpuServer']);
    const thr = parsed.tests[1].metrics.throughput;
    for (const k of ['unit', 'a', 'b', 'deltaPct', 'pValue', 'noisy']) assert.ok(k in thr, k);
    assert.deepEqual([thr.unit, thr.a, thr.b, thr.deltaPct, thr.pValue, thr.noisy], ['MB/s', 100, 110, 10, null, false]);
    assert.equal(parsed.tests[1].metrics.cpuClient.a, null);
  });

  it('csv: one row per test × metric, quoted, formula-safe', () => {
    const csv = formatReport(report, 'csv');
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 2 * 4);
    assert.equal(lines[0], 'test,category,users,metric,unit,a,b,deltaPct,pValue,noisy,significant,samplesA,samplesB,stddevPctA,stddevPctB');
    assert.equal(lines[1], 'rr1c-1x1--1,rr,1,throughput,trans/s,100,110,10,,false,,1,1,,');
    assert.ok(lines[5].startsWith('"<script>alert(1)</script>""onerror=alert(2)",other,'));
    const formula = compareRuns(run('a', 'x', 1), run('b', 'y', 2));
    formula.tests[1].name = '=HYPERLINK("x")';
    assert.ok(formatReport(formula, 'csv').includes(`"'=HYPERLINK(""x"")"`));
  });

  it('text: aligned table, n/a for missing values, summary and problems', () => {
    const text = formatReport(report, 'text');
    const rows = text.split('\n').filter((l) => /^(test|rr1c|<script|\s+(transaction|CPU))/.test(l));
    assert.ok(rows.length >= 5);
    const deltaColumn = rows[0].indexOf('Δ %') + 'Δ %'.length;
    for (const row of rows.slice(1)) assert.ok(/\S/.test(row[deltaColumn - 1]), row); // right-aligned column ends line up
    assert.match(text, /CPU\/MB client\s+cpu-s\/MB\s+n\/a\s+n\/a\s+n\/a/);
    assert.match(text, /throughput: B better on 2\/2 tests, median \+10\.0 %/);
    assert.match(text, /Problems \(2\)/);
  });
});
