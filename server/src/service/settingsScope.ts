/**
 * VS Code resolves a resource's settings by the workspace folder that holds it (the innermost one),
 * so every document of a folder shares its settings and the server asks once per folder, not once
 * per opened file. A document outside every folder (or untitled) gets the workspace's own settings:
 * scope ''.
 */
export function settingsScope(uri: string, folders: readonly string[]): string {
  let best = '';
  for (const folder of folders) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (folder.length > best.length && (uri === folder || uri.startsWith(prefix))) best = folder;
  }
  return best;
}
