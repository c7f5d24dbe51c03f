import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);

/** Expands directories into the files under them (sorted); files given by name are kept as given. */
export async function expandInputs(inputs: readonly string[]): Promise<{ file: string; explicit: boolean }[]> {
  const result: { file: string; explicit: boolean }[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input);
    if (stat.isDirectory()) {
      for (const file of await walk(input)) result.push({ file, explicit: false });
    } else {
      result.push({ file: input, explicit: true });
    }
  }
  return result;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) files.push(...(await walk(full)));
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
  return files;
}
