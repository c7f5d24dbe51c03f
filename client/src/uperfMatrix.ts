import * as vscode from 'vscode';
import type * as Engine from '../../server/src/main';

/**
 * The profile generator is uperf's own code, which ships in the engine (dist/server.js, beside this
 * bundle): required when the command runs instead of bundled into the client a second time.
 */
const engine = () => require('./server.js') as typeof Engine;

export const GENERATE_MATRIX_COMMAND = 'kvmtune.generateMatrix';

/**
 * "kvmtune: Generate the paper's 20-test matrix…": writes the 20 profiles and run-matrix.sh into a
 * folder. Arguments (folder URI, duration in seconds) skip the dialogs, for tests and keybindings.
 * Returns the folder written, or undefined when cancelled.
 */
export async function generateMatrix(folderArg?: unknown, durationArg?: unknown): Promise<string | undefined> {
  const folder = folderArg instanceof vscode.Uri ? folderArg : await pickFolder();
  if (!folder) return undefined;
  const duration = typeof durationArg === 'number' ? durationArg : await askDuration();
  if (duration === undefined) return undefined;
  const files = engine().matrixFiles(duration);
  const existing = await Promise.all(files.map((f) => vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, f.name)).then(() => f.name, () => undefined)));
  const clash = existing.filter((name): name is string => name !== undefined);
  if (clash.length > 0 && folderArg === undefined) {
    const answer = await vscode.window.showWarningMessage(`${folder.fsPath} already has ${clash.length} of the matrix files. Overwrite them?`, { modal: true }, 'Overwrite');
    if (answer !== 'Overwrite') return undefined;
  }
  await vscode.workspace.fs.createDirectory(folder);
  for (const file of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, file.name), Buffer.from(file.text, 'utf8'));
  if (folder.scheme === 'file') {
    const { chmod } = await import('node:fs/promises');
    await chmod(vscode.Uri.joinPath(folder, 'run-matrix.sh').fsPath, 0o755);
  }
  if (folderArg === undefined) {
    void vscode.window.showInformationMessage(`kvmtune: wrote 20 uperf profiles and run-matrix.sh to ${folder.fsPath}. Run "./run-matrix.sh <server> <run-folder>" after starting "uperf -s" on the server.`);
  }
  return folder.fsPath;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, title: "Folder for the paper's 20 uperf profiles",
    openLabel: 'Generate here', defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

async function askDuration(): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Duration of each timed transaction (seconds)',
    value: String(engine().PAPER_DURATION_SECONDS),
    prompt: `The paper ran each test for ${engine().PAPER_DURATION_SECONDS} s.`,
    validateInput: (value) => (/^[1-9][0-9]*$/.test(value) ? undefined : 'A whole number of seconds, at least 1'),
  });
  return text === undefined ? undefined : Number(text);
}
