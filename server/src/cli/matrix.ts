import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { matrixFiles } from '../languages/uperf/matrix';
import { PAPER_DURATION_SECONDS } from '../languages/uperf/workload';
import { parseArgs, UsageError, type CliIo } from './args';

/** `kvmtune matrix <folder> [--duration S] [--force]`: the paper's 20 uperf profiles and run-matrix.sh. */
export async function runMatrix(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['duration'], ['force']);
  if (args.positional.length !== 1) throw new UsageError('matrix needs exactly one folder');
  const raw = args.options.get('duration');
  const duration = raw === undefined ? PAPER_DURATION_SECONDS : Number(raw);
  if (!Number.isInteger(duration) || duration < 1) throw new UsageError('--duration must be a whole number of seconds (at least 1)');
  const folder = args.positional[0];
  await fs.mkdir(folder, { recursive: true });
  const files = matrixFiles(duration);
  if (!args.options.has('force')) {
    const existing = (await fs.readdir(folder)).filter((name) => files.some((f) => f.name === name));
    if (existing.length > 0) throw new UsageError(`${folder} already has ${existing[0]}${existing.length > 1 ? ` and ${existing.length - 1} more` : ''}; use --force to overwrite`);
  }
  for (const file of files) {
    await fs.writeFile(join(folder, file.name), file.text, { mode: file.executable ? 0o755 : 0o644 });
  }
  io.stdout(`wrote ${files.length - 1} profiles and run-matrix.sh to ${folder} (duration ${duration} s)\n`);
  io.stdout(`run them:  uperf -s  on the server, then  ${join(folder, 'run-matrix.sh')} <server-host> <run-folder> [samples]\n`);
  return 0;
}
