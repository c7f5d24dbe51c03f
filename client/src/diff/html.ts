import { randomBytes } from 'node:crypto';
import { WEBVIEW_CSS } from './styles';

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The webview's HTML. It carries no data from result files: the report arrives later by
 * postMessage and is rendered with textContent, so nothing untrusted ever passes through a parser.
 */
export function renderHtmlShell(nonce: string, cspSource: string, scriptUri: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error('nonce must be base64');
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>uperf results diff</title>
<style nonce="${nonce}">${WEBVIEW_CSS}</style>
</head>
<body>
<main id="app" aria-live="polite"><p class="status">Loading uperf runs…</p></main>
<script nonce="${nonce}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
