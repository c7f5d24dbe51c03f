// The entry of dist/server.js. Forked by the client it is the language server; required by
// dist/cli.js it is the engine behind `kvmtune`, so every language ships once. The LSP half is
// required lazily, so the CLI never loads vscode-languageserver.
export { runCli } from './cli/main';

if (require.main === module) {
  const { runLanguageServer } = require('./server') as typeof import('./server');
  runLanguageServer();
}
