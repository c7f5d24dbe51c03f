import { LANGUAGES } from '../languages';
import { UsageError, type CliIo } from './args';
import { runDiff } from './diff';
import { runLint } from './lint';
import { runMatrix } from './matrix';
import { VERSION } from '../version';
import { runRules } from './rules';

const USAGE = `Usage:
  kvmtune lint [--format text|json|sarif|github] [--fix] [--kernel X.Y] [--environment lab|production]
               [--language ${LANGUAGES.map((l) => l.id).join('|')}] [--max-warnings N] [--allow-no-files]
               [--uperf-protocols sctp,ssl,vsock,rds] <files or dirs...>
  kvmtune rules [--format md|json]
  kvmtune matrix <folder> [--duration S] [--force]   (the paper's 20 uperf profiles + run-matrix.sh)
  kvmtune diff <runA> <runB> [--format text|json|csv|md|html] [--noise-threshold P] [--convention paper|plain]
               [--latency uperf|window]
  kvmtune --version | --help

Exit codes: 0 = ok, 1 = findings over the bar (lint), 2 = usage or I/O error.
`;

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  lint: runLint,
  rules: runRules,
  diff: (argv, io) => runDiff([...argv], io),
  matrix: runMatrix,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`kvmtune: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    io.stderr(`kvmtune ${command}: ${describeError(error)}\n`);
    if (error instanceof UsageError) io.stderr(`\n${USAGE}`);
    return 2;
  }
}

function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const target = (error as NodeJS.ErrnoException | undefined)?.path;
  if (code === 'ENOENT' && target) return `no such file or directory: ${target}`;
  if (code === 'EACCES' && target) return `permission denied: ${target}`;
  if (code === 'EISDIR' && target) return `is a directory: ${target}`;
  if (code === 'ENOTDIR' && target) return `not a directory: ${target}`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `kvmtune` with these arguments on the process's own stdout/stderr and sets its exit code. */
export function runCli(argv: readonly string[]): void {
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`kvmtune: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
