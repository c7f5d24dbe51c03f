import * as vscode from 'vscode';
import { describeChanges, isKernelVersion, OFFERED_KERNELS } from './kernels';
import { enumChoices, readTarget, writeSetting } from './settingsAccess';
import { PICKABLE, type PickableSetting } from './target';

export const SELECT_TARGET_COMMAND = 'kvmtune.selectTarget';
export const SELECT_COMMANDS: Record<PickableSetting, string> = {
  kernel: 'kvmtune.selectKernel',
  environment: 'kvmtune.selectEnvironment',
  platform: 'kvmtune.selectPlatform',
  workload: 'kvmtune.selectWorkload',
  topology: 'kvmtune.selectTopology',
};

interface ValueItem extends vscode.QuickPickItem {
  value?: string;
  other?: boolean;
}

/**
 * The picker's commands. Each takes an optional value as its argument (scripts, keybindings and
 * tests set the target without the quick pick); without one it asks.
 */
export function registerTargetCommands(context: vscode.ExtensionContext, scopeOf: () => vscode.Uri | undefined): void {
  const manifest = context.extension.packageJSON;
  const pickers: Record<PickableSetting, (current: string) => Promise<string | undefined>> = {
    kernel: pickKernel,
    environment: (current) => pickEnum(manifest, 'environment', current),
    platform: (current) => pickEnum(manifest, 'platform', current),
    workload: (current) => pickEnum(manifest, 'workload', current),
    topology: (current) => pickEnum(manifest, 'topology', current),
  };
  for (const key of PICKABLE) {
    context.subscriptions.push(
      vscode.commands.registerCommand(SELECT_COMMANDS[key], async (value?: unknown) => {
        const scope = scopeOf();
        const chosen = typeof value === 'string' ? value : await pickers[key](currentValue(key, scope));
        if (chosen === undefined) return false;
        const problem = validate(manifest, key, chosen);
        if (problem) {
          void vscode.window.showErrorMessage(`kvmtune: ${problem}`);
          return false;
        }
        await writeSetting(key, chosen, scope);
        return true;
      }),
    );
  }
  context.subscriptions.push(
    vscode.commands.registerCommand(SELECT_TARGET_COMMAND, async () => {
      const scope = scopeOf();
      const items = PICKABLE.map((key) => ({ label: label(key), description: currentValue(key, scope) || 'not set', key }));
      const picked = await vscode.window.showQuickPick(items, { title: 'kvmtune: judge files against…', placeHolder: 'Setting to change' });
      return picked ? vscode.commands.executeCommand(SELECT_COMMANDS[picked.key]) : false;
    }),
  );
}

function label(key: PickableSetting): string {
  return key[0].toUpperCase() + key.slice(1);
}

function currentValue(key: PickableSetting, scope: vscode.Uri | undefined): string {
  return readTarget(scope).target[key];
}

function validate(manifest: unknown, key: PickableSetting, value: string): string | undefined {
  if (key === 'kernel') return value === '' || isKernelVersion(value) ? undefined : `"${value}" is not a kernel version like 6.8`;
  const allowed = enumChoices(manifest, key).map((c) => c.value);
  return allowed.includes(value) ? undefined : `${key} must be one of ${allowed.map((v) => v || '(not set)').join(', ')}`;
}

async function pickKernel(current: string): Promise<string | undefined> {
  const items: ValueItem[] = [
    { label: 'As the paper', description: current === '' ? 'current' : '', detail: 'No kernel set: files are judged as the IBM paper does', value: '' },
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    ...OFFERED_KERNELS.map(({ version, changes }) => ({
      label: version,
      description: [version === current ? 'current' : '', describeChanges(changes)].filter(Boolean).join(' · '),
      value: version,
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: 'Other…', detail: 'Type a kernel version (major.minor)', other: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'kvmtune: target kernel', placeHolder: `Now: ${current || 'as the paper'}` });
  if (!picked) return undefined;
  if (!picked.other) return picked.value;
  const typed = await vscode.window.showInputBox({
    title: 'kvmtune: target kernel',
    prompt: 'Kernel version as major.minor, e.g. 5.14',
    value: current,
    validateInput: (text) => (text.trim() === '' || isKernelVersion(text) ? undefined : 'Use major.minor, e.g. 5.14'),
  });
  return typed === undefined ? undefined : typed.trim();
}

async function pickEnum(manifest: unknown, key: PickableSetting, current: string): Promise<string | undefined> {
  const items: ValueItem[] = enumChoices(manifest, key).map(({ value, description }) => ({
    label: value || 'Not set',
    description: value === current ? 'current' : '',
    detail: description || undefined,
    value,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `kvmtune: ${key}`, placeHolder: `Now: ${current || 'not set'}` });
  return picked?.value;
}
