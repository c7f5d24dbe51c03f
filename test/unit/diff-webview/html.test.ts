import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeNonce, renderHtmlShell } from '../../../client/src/diff/html';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js';

describe('results diff HTML shell', () => {
  it('sets a strict CSP with the nonce on the one style and the one script', () => {
    const nonce = makeNonce();
    const html = renderHtmlShell(nonce, CSP_SOURCE, SCRIPT);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    assert.equal(
      csp,
      `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`,
    );
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="${SCRIPT}"></script>`));
    assert.equal(html.match(/<style\b/g)?.length, 1);
    assert.ok(html.includes(`<style nonce="${nonce}">`));
  });

  it('loads nothing remote and has no inline handlers', () => {
    const html = renderHtmlShell(makeNonce(), CSP_SOURCE, SCRIPT);
    const withoutOwn = html.replaceAll(SCRIPT, '').replaceAll(CSP_SOURCE, '');
    assert.doesNotMatch(withoutOwn, /https?:\/\//);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });

  it('shows a loading message, so the panel is never blank', () => {
    assert.match(renderHtmlShell(makeNonce(), CSP_SOURCE, SCRIPT), /<main id="app"[^>]*><p class="status">Loading uperf runs…<\/p><\/main>/);
  });

  it('refuses a nonce that could break out of the attribute', () => {
    assert.throws(() => renderHtmlShell('abc" onload="x', CSP_SOURCE, SCRIPT));
  });

  it('makes fresh base64 nonces', () => {
    const nonces = new Set(Array.from({ length: 20 }, makeNonce));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
  });
});
