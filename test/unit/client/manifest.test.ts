import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
const source = ['extension.ts', 'walkthrough.ts', 'target/picker.ts', 'serverProblems.ts', 'diff/register.ts', 'uperfMatrix.ts']
  .map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'))
  .join('\n');

describe('conveniences in package.json', () => {
  it('every walkthrough step has media in the repository and a completion event', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.title, 'Tune KVM networking with kvmtune');
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(join(ROOT, step.media.image)), `${step.id}: ${step.media.image} is missing`);
      assert.ok(step.media.altText, `${step.id} has no altText`);
      assert.ok(step.completionEvents.length > 0, `${step.id} has no completion event`);
    }
  });

  it('walkthrough links and completion events name contributed (or VS Code\'s own) commands', () => {
    const steps = manifest.contributes.walkthroughs[0].steps as { description: string; completionEvents: string[] }[];
    const named = steps.flatMap((s) => [
      ...[...s.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]),
      ...s.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)),
    ]);
    for (const id of named) {
      if (id.startsWith('editor.action.')) continue;
      assert.ok(contributed.has(id), `${id} is not contributed`);
    }
  });

  it('every contributed kvmtune command is registered by the client', () => {
    const constants = new Map([...source.matchAll(/(\w+_COMMAND) = '([\w.]+)'/g)].map((m) => [m[1], m[2]]));
    for (const id of contributed) {
      const registered = source.includes(`'${id}'`) || [...constants.values()].includes(id);
      assert.ok(registered, `${id} is contributed but the client never registers it`);
    }
  });

  it('has an icon made from its SVG source, a gallery banner and placeholder links that agree', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(existsSync(join(ROOT, 'media', 'icon.svg')));
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    const base = manifest.repository.url.replace(/\.git$/, '');
    assert.equal(manifest.bugs.url, `${base}/issues`);
    assert.equal(manifest.homepage, `${base}#readme`);
  });

  it('the $kvmtune matcher owns its problems apart from the live diagnostics', () => {
    const [matcher] = manifest.contributes.problemMatchers;
    assert.equal(matcher.name, 'kvmtune');
    assert.notEqual(matcher.owner, 'kvmtune', 'sharing the diagnostic collection name would let the task clear live diagnostics');
    assert.equal(matcher.source, 'kvmtune lint');
  });
});
