// The Node flags the client starts the language server with; the protocol tests and the bench
// start it the same way, so they measure what an editor runs.
//   --expose-gc: the server collects once it is idle after a burst of work (idleCollection.ts).
//   --max-semi-space-size=4 (MB, V8's default is 16): validation garbage dies young; a smaller young
//   generation gets collected sooner and holds less memory between bursts (100 open 1,000-line
//   sysctl files, once idle: 109 → 84 MB), for a few per cent on very large files.
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc', '--max-semi-space-size=4'];
