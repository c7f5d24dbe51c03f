// The entry of dist/server.js. Forked by the client it is the language server; required by
// dist/cli.js it is the engine behind `kvmtune` (and by the client for the uperf matrix), so every
// language ships once. The LSP half is
// required lazily, so the CLI never loads vscode-languageserver.
export { runCli } from './cli/main';
// For the client's "Generate the paper's 20-test matrix" command (client/src/uperfMatrix.ts).
export { matrixFiles } from './languages/uperf/matrix';
export { PAPER_DURATION_SECONDS } from './languages/uperf/workload';

if (require.main === module) {
  const { runLanguageServer } = require('./server') as typeof import('./server');
  runLanguageServer();
}
