import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it, mock } from 'node:test';
import { promises as fsPromises } from 'node:fs';
import { main } from '../../../server/src/cli/main';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kvmtune-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const BAD = 'net.ipv4.tcp_tw_recycle = 1\nnet.ipv4.tcp_rmem = "4096 87380 4136960"\n';

describe('kvmtune lint', () => {
  it('prints the documented JSON shape with 0-based ranges and fixes, and exits 1 on errors', async () => {
    const dir = workspace({ 'sysctl.d/90-bad.conf': BAD });
    const file = path.join(dir, 'sysctl.d/90-bad.conf');
    const { code, stdout, stderr } = await run(['lint', '--format', 'json', file]);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.length, 1);
    assert.equal(report[0].file, file);
    assert.equal(report[0].language, 'sysctl');
    assert.deepEqual(Object.keys(report[0]), ['file', 'language', 'diagnostics']);
    const quoted = report[0].diagnostics.find((d: { rule: string }) => d.rule === 'sysctl-quoted-value');
    assert.deepEqual(Object.keys(quoted), ['rule', 'severity', 'message', 'range', 'fixes']);
    assert.equal(quoted.severity, 'error');
    assert.deepEqual(quoted.range, { start: { line: 1, character: 20 }, end: { line: 1, character: 40 } });
    assert.deepEqual(quoted.fixes[0], {
      title: 'Remove quotes',
      edits: [{ range: { start: { line: 1, character: 20 }, end: { line: 1, character: 40 } }, newText: '4096 87380 4136960' }],
    });
    assert.deepEqual(report[0].diagnostics.map((d: { rule: string }) => d.rule), ['sysctl-removed-key', 'sysctl-quoted-value']);
  });

  it('walks directories, detects languages by path, and exits 0 on a clean file', async () => {
    const dir = workspace({ 'etc/sysctl.d/10-ok.conf': 'net.core.netdev_max_backlog = 25000\n', 'etc/notes.txt': 'hello\n' });
    const { code, stdout } = await run(['lint', '--format', 'json', dir]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.map((r: { file: string }) => path.relative(dir, r.file)), ['etc/sysctl.d/10-ok.conf']);
    assert.deepEqual(report[0].diagnostics, []);
  });

  it('--fix applies preferred fixes in place and rewrites nothing else', async () => {
    const text = '# keep   this  comment\nnet.ipv4.tcp_rmem = "4096 87380 4136960"\n\n  vm.swappiness=10   \n';
    const dir = workspace({ 'sysctl.conf': text });
    const file = path.join(dir, 'sysctl.conf');
    const { code } = await run(['lint', '--fix', file]);
    assert.equal(code, 0);
    assert.equal(readFileSync(file, 'utf8'), '# keep   this  comment\nnet.ipv4.tcp_rmem = 4096 87380 4136960\n\n  vm.swappiness=10   \n');
  });

  it('counts warnings against --max-warnings', async () => {
    const dir = workspace({ 'sysctl.conf': 'net.ipv4.tcp_max_tw_buckets = 5000\n' });
    const file = path.join(dir, 'sysctl.conf');
    assert.equal((await run(['lint', file])).code, 0);
    assert.equal((await run(['lint', '--max-warnings', '0', file])).code, 1);
  });

  it('writes valid SARIF 2.1.0', async () => {
    const dir = workspace({ 'sysctl.conf': BAD });
    const { stdout } = await run(['lint', '--format', 'sarif', path.join(dir, 'sysctl.conf')]);
    const sarif = JSON.parse(stdout);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'sarif', 'sarif-2.1.0-subset.schema.json'), 'utf8')));
    assert.ok(validate(JSON.parse(stdout)), JSON.stringify(validate.errors));
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'kvmtune');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'sysctl-quoted-value');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 2, startColumn: 21, endLine: 2, endColumn: 41 });
    assert.equal(driver.rules[result.ruleIndex].id, 'sysctl-quoted-value');
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '4096 87380 4136960');
  });

  it('exits 2 with a message and no output on usage and I/O errors', async () => {
    for (const argv of [['lint'], ['lint', '--format', 'xml', 'x'], ['lint', '/nonexistent/sysctl.conf'], ['lint', '--kernel', 'new', 'x'], ['frobnicate']]) {
      const { code, stdout, stderr } = await run(argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '', argv.join(' '));
      assert.match(stderr, /kvmtune/, argv.join(' '));
    }
    assert.match((await run(['lint', '/nonexistent/sysctl.conf'])).stderr, /no such file or directory: \/nonexistent\/sysctl.conf/);
  });

  it('skips huge, binary and unreadable files found in directories, and never reads FIFOs', async () => {
    const dir = workspace({ 'sysctl.d/10-ok.conf': 'vm.swappiness = 10\n', 'sysctl.d/20-binary.conf': 'net.core.x\u0000\u0001 = 1\n', 'disk.img': 'x' });
    writeFileSync(path.join(dir, 'disk.img'), Buffer.alloc(5 * 1024 * 1024));
    const { code, stdout, stderr } = await run(['lint', '--format', 'json', dir]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).map((r: { file: string }) => path.relative(dir, r.file)), ['sysctl.d/10-ok.conf']);
    assert.equal(stderr, `kvmtune: skipping ${path.join(dir, 'sysctl.d/20-binary.conf')}: binary file\n`);
    const fifo = path.join(dir, 'sysctl.conf');
    spawnSync('mkfifo', [fifo]);
    const piped = await run(['lint', fifo]);
    assert.equal(piped.code, 2);
    assert.equal(piped.stderr, `kvmtune lint: not a regular file: ${fifo}\n`);
  });

  it('exits 2 when nothing could be checked, and prints usage to stderr when called bare', async () => {
    const dir = workspace({ 'notes.txt': 'hello\n' });
    const nothing = await run(['lint', dir]);
    assert.deepEqual([nothing.code, nothing.stdout], [2, '']);
    assert.match(nothing.stderr, /no file to check/);
    const bare = await run([]);
    assert.deepEqual([bare.code, bare.stdout], [2, '']);
    assert.match(bare.stderr, /^Usage:/);
  });

  it('lists the rule registry as JSON and Markdown', async () => {
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
    const removed = json.find((r: { id: string }) => r.id === 'sysctl-removed-key');
    assert.deepEqual(Object.keys(removed), ['id', 'language', 'languages', 'severity', 'fromPaper', 'summary', 'doc']);
    assert.equal(removed.severity, 'error');
    assert.deepEqual(removed.languages, ['sysctl', 'tuned'], 'a sysctl settings rule also runs in tuned\'s [sysctl]');
    const md = (await run(['rules'])).stdout;
    assert.match(md, /^\| rule \| language \| default severity \| paper \| what it checks \|$/m);
    assert.match(md, /\| \[`sysctl-removed-key`\]\(docs\/rules\/sysctl-removed-key\.md\) \| sysctl, tuned \| error \|/);
  });

  it('--fix refuses a file that is not valid UTF-8 and leaves its bytes untouched', async () => {
    const dir = workspace({});
    const file = path.join(dir, 'sysctl.conf');
    const bytes = Buffer.concat([Buffer.from('# Puffergr'), Buffer.from([0xf6, 0xdf]), Buffer.from('e\nnet.ipv4.tcp_rmem = "4096 87380 4136960"\n')]);
    writeFileSync(file, bytes);
    const { stderr } = await run(['lint', '--fix', file]);
    assert.match(stderr, /not fixing .*sysctl\.conf: it is not valid UTF-8.*file left untouched/);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('--fix keeps a BOM, CRLF and non-ASCII bytes outside the edits, and equals the editor fix-all (repeated passes)', async () => {
    const dir = workspace({});
    const file = path.join(dir, 'sysctl.conf');
    const text = '# Puffergröße\r\nnet.ipv4.tcp_rmem = "4096 87380 4136960"\r\n';
    writeFileSync(file, text);
    await run(['lint', '--fix', file]);
    assert.equal(readFileSync(file, 'utf8'), '# Puffergröße\r\nnet.ipv4.tcp_rmem = 4096 87380 4136960\r\n');
  });

  it('notes an unreadable subdirectory on stderr and goes on with the rest', async () => {
    const dir = workspace({ 'a/sysctl.conf': 'net.core.somaxconn = 4096\n', 'b/sysctl.conf': 'net.core.somaxconn = 4096\n' });
    const real = fsPromises.readdir;
    const readdir = mock.method(fsPromises, 'readdir', (async (target: string, options: never) => {
      if (String(target).endsWith(`${path.sep}b`)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return real(target, options);
    }) as typeof real);
    try {
      const { code, stdout, stderr } = await run(['lint', dir]);
      assert.equal(code, 0);
      assert.equal(stderr, `kvmtune: skipping ${path.join(dir, 'b')}: directory not readable (EACCES)\n`);
      assert.match(stdout, /no problems|0 problems|^$/m);
    } finally {
      readdir.mock.restore();
    }
  });

  it('gives relative paths real file URIs, so a tuned include next to the profile is found', async () => {
    const dir = workspace({ 'a/tuned.conf': '[main]\ninclude=b\n', 'b/tuned.conf': '[main]\nsummary=b\n', 'c/tuned.conf': '[main]\ninclude=nosuch\n' });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const found = await run(['lint', '--format', 'json', path.join('a', 'tuned.conf')]);
      assert.equal(found.code, 0, found.stdout);
      assert.deepEqual(JSON.parse(found.stdout)[0].diagnostics, []);
      const missing = await run(['lint', '--format', 'json', path.join('c', 'tuned.conf')]);
      assert.deepEqual(JSON.parse(missing.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule), ['tuned-missing-include']);
    } finally {
      process.chdir(cwd);
    }
  });
});
