import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32 } from 'node:zlib';

/** A stored (uncompressed) zip of `files`, enough for the checker's central-directory reader. */
function zip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MANIFEST = JSON.stringify({
  main: './dist/client.js',
  icon: 'media/icon.png',
  contributes: { walkthroughs: [{ steps: [{ media: { image: 'media/walkthrough/a.png' } }] }] },
});

const GOOD = {
  '[Content_Types].xml': '<Types/>',
  'extension.vsixmanifest': '<PackageManifest/>',
  'extension/package.json': MANIFEST,
  'extension/readme.md': '# kvmtune',
  'extension/dist/client.js': 'x',
  'extension/dist/server.js': 'y',
  'extension/media/icon.png': 'png',
  'extension/media/walkthrough/a.png': 'png',
};

describe('.vsix contents check', () => {
  it('accepts bundles, manifest files and docs', async () => {
    const { checkVsix } = await import('../../../scripts/e2e/vsixContents.mjs');
    const results = checkVsix(zip(GOOD)) as { name: string; ok: boolean; error?: string }[];
    assert.deepEqual(results.filter((r) => !r.ok), []);
    assert.equal(results.length, 5);
  });

  it('names sources, test fixtures, samples and source maps that slipped in, and missing manifest files', async () => {
    const { checkVsix } = await import('../../../scripts/e2e/vsixContents.mjs');
    const bad: Record<string, string> = { ...GOOD };
    delete bad['extension/media/icon.png'];
    Object.assign(bad, {
      'extension/client/src/extension.ts': 'ts',
      'extension/test/fixtures/sysctl/x.conf': 'fixture',
      'extension/samples/sysctl.d/99-kvm-tuning.conf': 'sample',
      'extension/dist/client.js.map': '{}',
    });
    const [allowed, named] = checkVsix(zip(bad)) as { ok: boolean; error?: string }[];
    assert.equal(allowed.ok, false);
    assert.deepEqual(allowed.error?.split('\n'), [
      'extension/client/src/extension.ts',
      'extension/test/fixtures/sysctl/x.conf',
      'extension/samples/sysctl.d/99-kvm-tuning.conf',
      'extension/dist/client.js.map',
    ]);
    assert.equal(named.ok, false);
    assert.equal(named.error, 'missing media/icon.png');
  });

  it('fails when the bundles exceed the budget', async () => {
    const { checkVsix, BUNDLE_BUDGET } = await import('../../../scripts/e2e/vsixContents.mjs');
    const results = checkVsix(zip({ ...GOOD, 'extension/dist/server.js': Buffer.alloc(BUNDLE_BUDGET + 1) })) as { name: string; ok: boolean }[];
    assert.deepEqual(results.filter((r) => !r.ok).map((r) => r.name.replace(/\(.*\)/, '(…)')), ['the bundles fit the 1.5 MiB budget (…)']);
  });

  it('counts the webview script in the bundles budget and against its own cap', async () => {
    const { checkVsix, BUNDLE_BUDGET, WEBVIEW_BUDGET } = await import('../../../scripts/e2e/vsixContents.mjs');
    const failing = (files: Record<string, Buffer>) => (checkVsix(zip({ ...GOOD, ...files })) as { name: string; ok: boolean }[]).filter((r) => !r.ok).map((r) => r.name.replace(/\(.*\)/, '(…)'));
    assert.deepEqual(failing({ 'extension/dist/server.js': Buffer.alloc(BUNDLE_BUDGET - WEBVIEW_BUDGET - 2), 'extension/dist/webview.js': Buffer.alloc(WEBVIEW_BUDGET) }), []);
    assert.deepEqual(failing({ 'extension/dist/server.js': Buffer.alloc(BUNDLE_BUDGET - WEBVIEW_BUDGET), 'extension/dist/webview.js': Buffer.alloc(WEBVIEW_BUDGET) }), ['the bundles fit the 1.5 MiB budget (…)']);
    assert.deepEqual(failing({ 'extension/dist/webview.js': Buffer.alloc(WEBVIEW_BUDGET + 1) }), ['the webview script fits its 256 KiB cap (…)']);
  });
});
