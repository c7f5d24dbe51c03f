import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);
/** Config files are small; anything larger is not one of ours, and reading it would only cost memory. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface InputFile {
  file: string;
  /** Named on the command line (errors are fatal) rather than found by walking a directory (errors are skipped). */
  explicit: boolean;
  size: number;
}

/** A directory under a walked one that could not be listed: the walk goes on, and the CLI says so. */
export interface UnreadableDirectory {
  file: string;
  reason: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  unreadable: UnreadableDirectory[];
}

/** Expands directories into the regular files under them (sorted); files given by name are kept as given. */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const result: ExpandedInputs = { files: [], unreadable: [] };
  for (const input of inputs) {
    const stat = await fs.stat(input);
    if (stat.isDirectory()) {
      result.files.push(...(await walk(input, result.unreadable)));
    } else if (stat.isFile()) {
      result.files.push({ file: input, explicit: true, size: stat.size });
    } else {
      throw Object.assign(new Error(`not a regular file: ${input}`), { code: 'ENOTFILE' });
    }
  }
  return result;
}

async function walk(dir: string, unreadable: UnreadableDirectory[], top = true): Promise<InputFile[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (top) throw error;
    unreadable.push({ file: dir, reason: `directory not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return [];
  }
  const files: InputFile[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) files.push(...(await walk(full, unreadable, false)));
    } else if (entry.isFile()) {
      const size = await fs.stat(full).then((s) => s.size, () => 0);
      files.push({ file: full, explicit: false, size });
    }
  }
  return files;
}

/** NUL bytes never occur in the text files kvmtune reads. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
