import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { escapeGithubData, escapeGithubProperty, formatGithub, formatText, type FileReport } from '../../../server/src/cli/lintReport';
import { main } from '../../../server/src/cli/main';

const ROOT = path.join(__dirname, '..', '..', '..');

function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

const REPORTS: FileReport[] = [
  {
    file: '/repo/etc/sysctl.d/90-bad.conf',
    language: 'sysctl',
    diagnostics: [
      { rule: 'sysctl-removed-key', severity: 'error', message: 'net.ipv4.tcp_tw_recycle was removed in Linux 4.12.', range: range(1, 0, 1, 23), fixes: [] },
      { rule: 'sysctl-inline-comment', severity: 'warning', message: 'a "#" after a value: 50%, sent to the kernel', range: range(4, 30, 4, 41), fixes: [] },
      { rule: 'sysctl-glob-pattern', severity: 'info', message: 'glob keys need procps-ng 4.0', range: range(6, 0, 7, 0), fixes: [] },
      { rule: 'sysctl-semicolon-comment', severity: 'hint', message: "a ';' comment", range: range(9, 0, 9, 1), fixes: [] },
    ],
  },
  { file: 'sysctl.conf', language: 'sysctl', diagnostics: [] },
];

describe('kvmtune lint --format text', () => {
  it('prints file:line:col: severity: message [rule] with 1-based positions and a summary', () => {
    assert.equal(
      formatText(REPORTS),
      [
        '/repo/etc/sysctl.d/90-bad.conf:2:1: error: net.ipv4.tcp_tw_recycle was removed in Linux 4.12. [sysctl-removed-key]',
        '/repo/etc/sysctl.d/90-bad.conf:5:31: warning: a "#" after a value: 50%, sent to the kernel [sysctl-inline-comment]',
        '/repo/etc/sysctl.d/90-bad.conf:7:1: info: glob keys need procps-ng 4.0 [sysctl-glob-pattern]',
        "/repo/etc/sysctl.d/90-bad.conf:10:1: hint: a ';' comment [sysctl-semicolon-comment]",
        '2 file(s) checked: 1 error(s), 1 warning(s), 1 info, 1 hint(s).',
        '',
      ].join('\n'),
    );
  });

  it('says "no problems" when there are none', () => {
    assert.equal(formatText([REPORTS[1]]), '1 file(s) checked, no problems.\n');
  });

  it('is read by the $kvmtune problem matcher in package.json, group by group', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'kvmtune');
    assert.ok(matcher, 'package.json contributes no problem matcher named kvmtune');
    const pattern = matcher.pattern as Record<string, string | number>;
    const regexp = new RegExp(String(pattern.regexp));
    const lines = formatText(REPORTS).split('\n');
    const fields = (line: string) => {
      const match = regexp.exec(line);
      if (!match) return undefined;
      return ['file', 'line', 'column', 'severity', 'message', 'code'].map((name) => match[Number(pattern[name])]);
    };
    assert.deepEqual(fields(lines[1]), [
      '/repo/etc/sysctl.d/90-bad.conf', '5', '31', 'warning', 'a "#" after a value: 50%, sent to the kernel', 'sysctl-inline-comment',
    ]);
    assert.deepEqual(fields('C:\\work\\sysctl.conf:3:7: error: x: y [sysctl-missing-equals]'), ['C:\\work\\sysctl.conf', '3', '7', 'error', 'x: y', 'sysctl-missing-equals']);
    assert.equal(fields(lines[4]), undefined, 'the summary line is not a problem');
    assert.equal(lines.slice(0, 4).filter((l) => fields(l)).length, 4);
  });
});

describe('kvmtune lint --format github', () => {
  it('writes one workflow command per finding with 1-based positions, relative paths and escaping', () => {
    assert.equal(
      formatGithub(REPORTS, '/repo'),
      [
        '::error file=etc/sysctl.d/90-bad.conf,line=2,col=1,endLine=2,endColumn=24,title=kvmtune sysctl-removed-key::net.ipv4.tcp_tw_recycle was removed in Linux 4.12. [sysctl-removed-key]',
        '::warning file=etc/sysctl.d/90-bad.conf,line=5,col=31,endLine=5,endColumn=42,title=kvmtune sysctl-inline-comment::a "#" after a value: 50%25, sent to the kernel [sysctl-inline-comment]',
        '::notice file=etc/sysctl.d/90-bad.conf,line=7,col=1,endLine=8,endColumn=1,title=kvmtune sysctl-glob-pattern::glob keys need procps-ng 4.0 [sysctl-glob-pattern]',
        "::notice file=etc/sysctl.d/90-bad.conf,line=10,col=1,endLine=10,endColumn=2,title=kvmtune sysctl-semicolon-comment::a ';' comment [sysctl-semicolon-comment]",
        '',
      ].join('\n'),
    );
  });

  it('keeps paths outside the working directory as given and prints nothing for clean files', () => {
    const out = formatGithub([REPORTS[0]], '/elsewhere');
    assert.match(out.split('\n')[0], /^::error file=\/repo\/etc\/sysctl\.d\/90-bad\.conf,line=2,/);
    assert.equal(formatGithub([REPORTS[1]], '/repo'), '');
  });

  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    assert.equal(escapeGithubData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
    assert.equal(escapeGithubProperty('C:\\a,b%\n'), 'C%3A\\a%2Cb%25%0A');
    const out = formatGithub([{ file: 'we,ird:name.conf', language: 'sysctl', diagnostics: [{ ...REPORTS[0].diagnostics[0], message: 'two\nlines' }] }], '/repo');
    assert.equal(out, '::error file=we%2Cird%3Aname.conf,line=2,col=1,endLine=2,endColumn=24,title=kvmtune sysctl-removed-key::two%0Alines [sysctl-removed-key]\n');
  });
});

describe('kvmtune lint --format github end to end', () => {
  it('annotates a real file and keeps the exit code of the other formats', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-github-'));
    const file = path.join(dir, 'sysctl.conf');
    writeFileSync(file, 'net.core.netdev_max_backlog = 25000\nnet.ipv4.tcp_tw_recycle = 1\n');
    let stdout = '';
    let stderr = '';
    const code = await main(['lint', '--format', 'github', file], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^::error file=[^,]*sysctl\.conf,line=2,col=1,endLine=2,endColumn=24,title=kvmtune sysctl-removed-key::net\.ipv4\.tcp_tw_recycle /);
  });
});

describe('kvmtune lint --allow-no-files (the pre-commit hook)', () => {
  it('exits 0 with a note when none of the given files is a kvmtune file, and 2 without the flag', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-none-'));
    const pom = path.join(dir, 'pom.xml');
    writeFileSync(pom, '<?xml version="1.0"?>\n<project/>\n');
    const run = async (argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      return { code, stdout, stderr };
    };
    const allowed = await run(['lint', '--allow-no-files', pom]);
    assert.equal(allowed.code, 0);
    assert.equal(allowed.stdout, '0 file(s) checked, no problems.\n');
    assert.match(allowed.stderr, /skipping .*pom\.xml/);
    assert.equal((await run(['lint', pom])).code, 2);
  });
});
