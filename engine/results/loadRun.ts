/**
 * The only file-system part of the results engine (node:fs): reads a run folder (its files, plus
 * `result.json` one level down for pbench iteration directories) and hands the texts to buildRun.
 * Missing folder, not a folder, or no results at all → RunLoadError with a message for the user.
 */
import { promises as fs, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { buildRun, type BuildOptions, type RunFile } from './buildRun';
import type { RunData } from './run';

export class RunLoadError extends Error {}

/** Files larger than this are reported as problems instead of being read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function loadRun(folder: string, options: BuildOptions = {}): Promise<RunData> {
  let entries;
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw new RunLoadError(`${folder}: not a folder (a run is a folder of uperf results)`);
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (error instanceof RunLoadError) throw error;
    throw new RunLoadError(`${folder}: ${describe(error)}`);
  }
  const files: RunFile[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const kind = await kindOf(folder, entry);
    if (kind === 'broken-link') {
      const name = join(folder, entry.name);
      files.push({ name, base: entry.name, text: null, error: 'This is a symbolic link to something that does not exist, so it was left out.' });
    } else if (kind === 'file') files.push(await readFile(folder, entry.name));
    else if (kind === 'directory') {
      const nested = join(entry.name, 'result.json');
      if (await isFile(join(folder, nested))) files.push(await readFile(folder, nested));
    }
  }
  const run = buildRun(folder, files, options);
  if (run.tests.size === 0) {
    const why = run.problems.length ? ` (${run.problems.length} file(s) could not be used: ${run.problems[0].file}: ${run.problems[0].reason})` : '';
    throw new RunLoadError(
      `${folder}: not a uperf run folder — no <test>[.<sample>].txt uperf output or pbench result.json found${why}`,
    );
  }
  return run;
}

/** What an entry is, following symbolic links (a run folder assembled from links is common). */
async function kindOf(folder: string, entry: Dirent): Promise<'file' | 'directory' | 'broken-link' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = await fs.stat(join(folder, entry.name));
    return target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'broken-link';
  }
}

async function readFile(folder: string, name: string): Promise<RunFile> {
  try {
    const stat = await fs.stat(join(folder, name));
    if (stat.size > MAX_FILE_BYTES) return { name: join(folder, name), base: basename(name), text: null, error: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, so it was skipped.` };
    return { name: join(folder, name), base: basename(name), text: (await fs.readFile(join(folder, name), 'utf8')).replace(/^\uFEFF/, '') };
  } catch (error) {
    return { name: join(folder, name), base: basename(name), text: null, error: `The file cannot be read (${describe(error)}).` };
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
