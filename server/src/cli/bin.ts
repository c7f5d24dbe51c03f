// dist/cli.js: the `kvmtune` command. The engine it runs is the one inside dist/server.js (see
// server/src/main.ts), required at run time rather than bundled a second time.
const engine = require('./server.js') as typeof import('../main');
engine.runCli(process.argv.slice(2));
