// The Node flags the client starts the language server with; the protocol tests and the bench
// start it the same way, so they measure what an editor runs.
//   --expose-gc: the server collects once it is idle after a burst of work (idleCollection.ts).
//   --max-semi-space-size=4 (MB, V8's default is 16): validation garbage dies young; a smaller young
//   generation gets collected sooner and holds less memory between bursts (100 open 1,000-line
//   sysctl files, once idle: 109 → 84 MB), for a few per cent on very large files.
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc', '--max-semi-space-size=4'];

// The environment the server starts with, added to the editor's.
//   MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own malloc arena and keeps what
//   it freed there; V8's helper threads (compilers, collector) made the server hold ~5 MB of such
//   arenas after a burst of opens (100 open 1,000-line sysctl files, settled: 83 → 78 MB). V8's own
//   heap does not come from malloc, so validation speed does not change.
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
