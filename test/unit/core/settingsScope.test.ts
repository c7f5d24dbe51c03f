import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settingsScope } from '../../../server/src/service/settingsScope';

describe('settingsScope', () => {
  const folders = ['file:///work/site', 'file:///work/site/lab', 'file:///work/other/'];

  it('is the innermost workspace folder that holds the document', () => {
    assert.equal(settingsScope('file:///work/site/etc/sysctl.conf', folders), 'file:///work/site');
    assert.equal(settingsScope('file:///work/site/lab/sysctl.conf', folders), 'file:///work/site/lab');
    assert.equal(settingsScope('file:///work/other/tuned.conf', folders), 'file:///work/other/');
  });

  it('is the workspace (empty) for a document outside every folder, a sibling with a longer name, or untitled', () => {
    assert.equal(settingsScope('file:///work/site-b/sysctl.conf', folders), '');
    assert.equal(settingsScope('file:///etc/sysctl.conf', folders), '');
    assert.equal(settingsScope('untitled:Untitled-1', folders), '');
    assert.equal(settingsScope('file:///etc/sysctl.conf', []), '');
  });
});
