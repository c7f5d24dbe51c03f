/** Webview CSS, inlined under the CSP nonce. Only `--vscode-*` variables, so every theme works. */
export const WEBVIEW_CSS = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h1 { font-size: 1.4em; margin: 12px 0 4px; }
h2 { font-size: 1.1em; margin: 20px 0 6px; }
.status { color: var(--vscode-descriptionForeground); }
.message { border-left: 3px solid var(--vscode-inputValidation-warningBorder, var(--vscode-editorWarning-foreground));
  padding: 6px 10px; background: var(--vscode-textBlockQuote-background); }
.message.error { border-left-color: var(--vscode-inputValidation-errorBorder, var(--vscode-editorError-foreground)); }
.runs { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.runs .config, .path { color: var(--vscode-descriptionForeground); word-break: break-all; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 12px 0; }
.toolbar fieldset { border: 1px solid var(--vscode-panel-border, transparent); padding: 2px 8px; margin: 0; }
.toolbar legend { color: var(--vscode-descriptionForeground); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background);
  border: 1px solid var(--vscode-button-border, transparent); padding: 3px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background);
  border: 1px solid var(--vscode-dropdown-border, transparent); }
.chart-box { position: relative; height: 380px; }
.legend-note { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 2px 8px; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,0.3)); text-align: right; }
th:first-child, td:first-child, th.text, td.text { text-align: left; }
th button { all: unset; cursor: pointer; font-weight: bold; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.better { color: var(--vscode-charts-green); }
td.worse { color: var(--vscode-charts-red); }
tr.noisy td.delta, tr.not-significant td.delta { opacity: 0.6; }
.flag { font-size: 0.85em; color: var(--vscode-descriptionForeground); }
.problems li { margin: 2px 0; }
.problems .file { font-family: var(--vscode-editor-font-family); }
`;
