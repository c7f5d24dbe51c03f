import * as vscode from 'vscode';
import { normalizeSettings } from '../../../server/src/service/settings';
import { sourceOf, valueToWrite, type SettingSource, type Target } from './target';

export const SECTION = 'kvmtune';

/** The settings every kvmtune verdict depends on, for the status bar and its tooltip. */
export const TARGET_SETTINGS = ['kernel', 'environment', 'platform', 'workload', 'topology', 'tuned.version', 'uperf.protocols'] as const;

/**
 * The target as the language server sees it: the same normalisation (a malformed kernel such as
 * "latest" counts as not set), so the status bar never names a target the checks do not use.
 */
export function readTarget(scope: vscode.Uri | undefined): { target: Target; sources: Record<string, SettingSource> } {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const settings = normalizeSettings(JSON.parse(JSON.stringify(config)));
  const sources: Record<string, SettingSource> = {};
  for (const key of TARGET_SETTINGS) sources[key] = sourceOf(config.inspect(key));
  return {
    target: {
      kernel: settings.kernel,
      environment: settings.environment,
      platform: settings.platform,
      workload: settings.workload,
      topology: settings.topology,
      tunedVersion: settings.tunedVersion,
      uperfProtocols: settings.uperfProtocols,
    },
    sources,
  };
}

/**
 * Where the picker writes: the folder's settings in a multi-root workspace, the workspace's
 * settings with one folder open, the user's settings with no folder at all.
 */
export function writeLevel(scope: vscode.Uri | undefined): { target: vscode.ConfigurationTarget; level: 'user' | 'workspace' | 'folder'; scope?: vscode.Uri } {
  if (!vscode.workspace.workspaceFolders?.length) return { target: vscode.ConfigurationTarget.Global, level: 'user' };
  const folder = scope ? vscode.workspace.getWorkspaceFolder(scope) : undefined;
  if (vscode.workspace.workspaceFile && folder) {
    return { target: vscode.ConfigurationTarget.WorkspaceFolder, level: 'folder', scope: folder.uri };
  }
  return { target: vscode.ConfigurationTarget.Workspace, level: 'workspace', scope: folder?.uri ?? vscode.workspace.workspaceFolders[0].uri };
}

/** Sets `kvmtune.<key>` so it takes effect for `scope`; the language server re-validates on the change. */
export async function writeSetting(key: string, value: string, scope: vscode.Uri | undefined): Promise<void> {
  const where = writeLevel(scope);
  const config = vscode.workspace.getConfiguration(SECTION, where.scope);
  await config.update(key, valueToWrite(config.inspect<string>(key), where.level, value), where.target);
}

interface ManifestProperty {
  enum?: string[];
  enumDescriptions?: string[];
  markdownDescription?: string;
  description?: string;
}

/** The allowed values of an enum setting, with their descriptions, as package.json declares them. */
export function enumChoices(packageJSON: unknown, key: string): { value: string; description: string }[] {
  const properties = (packageJSON as { contributes?: { configuration?: { properties?: Record<string, ManifestProperty> } } })
    .contributes?.configuration?.properties ?? {};
  const property = properties[`${SECTION}.${key}`];
  return (property?.enum ?? []).map((value, i) => ({ value, description: property?.enumDescriptions?.[i] ?? '' }));
}
