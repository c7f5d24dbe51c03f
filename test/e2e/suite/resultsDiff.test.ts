// The results diff view in a real VS Code: the command opens the webview for two sample runs, the
// webview reports back what it rendered (via kvmtune.diff.debugState), hostile names stay text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DebugState } from '../../../client/src/diff/register';
import { activeExtension } from './helpers';

const PAPER_TESTS = ['rr1c-1x1', 'rr1c-200x1000', 'rr1c-1000x30k', 'str-readx30k', 'str-writex30k'].flatMap((w) =>
  [1, 10, 50, 250].map((users) => `${w}--${users}`),
);

// Each payload marks the page if it ever runs; the webview reports that mark back.
const MARK = (tag: string) => `document['body']['setAttribute']('data-pwned','${tag}')`;
const HOSTILE_TESTS = [`<img src=x onerror=${MARK('img')}>`, `x"onerror="${MARK('attr')}`, `<script>${MARK('script')}<`];
const HOSTILE_LABEL_A = `<script>${MARK('label')}</script>`;
const HOSTILE_LABEL_B = `"><img src=x onerror=${MARK('label-b')}>`;

async function sampleRuns(): Promise<[vscode.Uri, vscode.Uri]> {
  const extension = await activeExtension();
  const root = vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'uperf', 'sample-runs');
  return [vscode.Uri.joinPath(root, 'mtu1500'), vscode.Uri.joinPath(root, 'mtu9000')];
}

async function compare(a: vscode.Uri, b: vscode.Uri): Promise<DebugState> {
  await vscode.commands.executeCommand('kvmtune.compareRuns', a, [a, b]);
  const state = await vscode.commands.executeCommand<DebugState | undefined>('kvmtune.diff.debugState', { timeoutMs: 45_000 });
  assert.ok(state, 'no results diff panel is open');
  assert.ok(state.rendered, 'the webview never reported what it rendered');
  return state;
}

function assertNothingInjected(state: DebugState): void {
  assert.deepEqual(state.rendered?.injected, { scripts: 0, images: 0, inlineHandlers: 0, pwned: false });
}

/** A run folder whose test names and label are hostile, built from one real sample test. */
function hostileRun(source: string, dir: string, label: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ label, config: { note: HOSTILE_TESTS[0] } }));
  for (const name of HOSTILE_TESTS) {
    for (const sample of ['1', '2']) {
      for (const suffix of ['txt', 'client.mpstat.json', 'server.mpstat.json']) {
        fs.copyFileSync(path.join(source, `rr1c-1x1--1.${sample}.${suffix}`), path.join(dir, `${name}.${sample}.${suffix}`));
      }
    }
  }
  fs.writeFileSync(path.join(dir, `<img src=x onerror=${MARK('problem')}>.txt`), 'not uperf output\n');
}

describe('results diff view', function () {
  this.timeout(120_000);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kvmtune-diff-e2e-'));

  after(() => fs.rmSync(scratch, { recursive: true, force: true }));
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('registers the compare command', async () => {
    await activeExtension();
    assert.ok((await vscode.commands.getCommands(true)).includes('kvmtune.compareRuns'));
  });

  it('opens the panel for two sample runs and renders the 20 tests in the paper order', async () => {
    const [a, b] = await sampleRuns();
    const state = await compare(a, b);
    assert.match(state.title, /mtu1500.*mtu9000/);
    assert.equal(state.rendered?.view, 'report', state.rendered?.message);
    assert.equal(state.rendered?.testsRendered, 20);
    assert.deepEqual(state.rendered?.titles, PAPER_TESTS);
    assert.deepEqual(state.rendered?.chartLabels, PAPER_TESTS);
    assert.deepEqual(state.rendered?.labels, { a: 'MTU 1500', b: 'MTU 9000' });
    assertNothingInjected(state);
  });

  it('shows hostile test names, labels and problem paths as text without running them', async () => {
    const source = (await sampleRuns())[0].fsPath;
    const a = path.join(scratch, 'hostile-a');
    const b = path.join(scratch, 'hostile-b');
    hostileRun(source, a, HOSTILE_LABEL_A);
    hostileRun(source, b, HOSTILE_LABEL_B);
    const state = await compare(vscode.Uri.file(a), vscode.Uri.file(b));
    assert.equal(state.rendered?.view, 'report', state.rendered?.message);
    assert.deepEqual(state.rendered?.labels, { a: HOSTILE_LABEL_A, b: HOSTILE_LABEL_B });
    assert.deepEqual([...(state.rendered?.titles ?? [])].sort(), [...HOSTILE_TESTS].sort());
    assert.ok((state.rendered?.problems ?? 0) >= 1, 'the unreadable file is listed under problems');
    assertNothingInjected(state);
  });

  it('reloads when a file in one of the run folders changes', async () => {
    const [sourceA, sourceB] = (await sampleRuns()).map((uri) => uri.fsPath);
    const a = path.join(scratch, 'watched-a');
    const b = path.join(scratch, 'watched-b');
    fs.cpSync(sourceA, a, { recursive: true });
    fs.cpSync(sourceB, b, { recursive: true });
    const before = await compare(vscode.Uri.file(a), vscode.Uri.file(b));
    assert.equal(before.rendered?.testsRendered, 20);
    for (const name of fs.readdirSync(b).filter((n) => n.startsWith('str-writex30k--250.'))) fs.rmSync(path.join(b, name));
    fs.writeFileSync(path.join(b, 'run.json'), JSON.stringify({ label: 'MTU 9000 (edited)' }));
    const after = await vscode.commands.executeCommand<DebugState>('kvmtune.diff.debugState', { timeoutMs: 45_000, minLoads: before.loads + 1 });
    assert.ok(after.loads > before.loads, 'the file watcher triggered a reload');
    assert.equal(after.rendered?.labels.b, 'MTU 9000 (edited)');
    assert.equal(after.rendered?.testsRendered, 20, 'a test only in A is still listed');
  });

  it('explains an empty folder instead of showing a blank panel', async () => {
    const a = path.join(scratch, 'empty-a');
    const b = path.join(scratch, 'not-a-run');
    fs.mkdirSync(a, { recursive: true });
    fs.mkdirSync(b, { recursive: true });
    fs.writeFileSync(path.join(b, 'notes.md'), '# not a run\n');
    const state = await compare(vscode.Uri.file(a), vscode.Uri.file(b));
    assert.ok(state.rendered?.view === 'empty' || state.rendered?.view === 'error', `view was ${state.rendered?.view}`);
    assert.notEqual(state.rendered?.message, '');
    assertNothingInjected(state);
  });
});
