import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { detectLanguage, LANGUAGES } from '../../../server/src/languages/registry';

const loaded = (id: string) => Object.keys(require.cache).some((file) => file.endsWith(path.join('languages', id, 'support.ts')));

describe('languages load on first use', () => {
  // node --test runs each file in its own process, so nothing else loaded a language here.
  it('the registry names and detects every language without loading any of them', () => {
    assert.equal(detectLanguage('/etc/modprobe.d/kvm.conf', 'options kvm halt_poll_ns=80000\n')?.id, 'modprobe');
    assert.deepEqual(LANGUAGES.filter((entry) => loaded(entry.id)).map((entry) => entry.id), []);
  });

  it('asking a language for its support loads that language only, once', () => {
    const modprobe = LANGUAGES.find((entry) => entry.id === 'modprobe');
    assert.equal(modprobe?.support?.id, 'modprobe');
    assert.equal(modprobe?.support, modprobe?.support);
    assert.deepEqual(LANGUAGES.filter((entry) => loaded(entry.id)).map((entry) => entry.id), ['modprobe']);
  });
});
