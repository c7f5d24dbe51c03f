import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Rule, Settings } from '../../../service/types';
import type { EffectiveOption, IniLine, IniOption } from '../../../formats/ini';
import { deleteOptionEdit, deleteOptionsEdits, moveFix, sameRange } from '../edits';
import { optionsOfPlugin, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';
import { targetHas } from '../version';
import { profileFor } from '../parser';

/** Key components that make a [sysctl] key a tunable the paper sets elsewhere. */
export const MISPLACED_SYSCTL_COMPONENTS = new Set(['halt_poll_ns', 'rps_cpus', 'buffer_count', 'checksumming', 'hw_checksumming', 'txqueuelen', 'tx_queue_len']);
const MISPLACED_LIST = [...MISPLACED_SYSCTL_COMPONENTS];
/** The same tunables written as [net] options (txqueuelen is a real one there). */
export const MISPLACED_NAMES = new Set([...MISPLACED_SYSCTL_COMPONENTS].filter((n) => n !== 'txqueuelen' && n !== 'tx_queue_len'));

const RPS_PATH = '/sys/class/net/*/queues/rx-*/rps_cpus';

export const misplacedSetting: Rule<TunedProfile> = {
  id: 'tuned-misplaced-setting',
  defaultSeverity: 'error',
  summary: 'halt_poll_ns, txqueuelen, rps_cpus, buffer_count or checksumming in a section that cannot apply it ([sysctl], [net]), or a /proc/sys path in [sysfs]; the fix moves it to where tuned applies it.',
  check: ({ doc, parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const each = (plugin: string, check: (option: IniOption) => readonly Finding[]) => {
      const found: Finding[] = [];
      const entries = optionsOfPlugin(profile, plugin);
      for (let i = 0; i < entries.length; i += 1) {
        const option = entries[i];
        const checked = check(option.winner);
        for (let f = 0; f < checked.length; f += 1) found.push(deletingOverridden(doc, checked[f], option, profile.ini.lines));
      }
      return found;
    };
    return [
      ...each('sysctl', (o) => inSysctl(doc, profile, o, settings)),
      ...each('net', (o) => inNet(doc, profile, o, settings)),
      ...each('sysfs', (o) => inSysfs(doc, profile, o)),
    ];
  },
};

/**
 * Only the winning assignment is reported; moving it alone would leave the one it overrode to win
 * with the same problem, so every fix also deletes the overridden assignments (they had no effect).
 */
function deletingOverridden(doc: TextDocument, found: Finding, option: EffectiveOption, lines: readonly IniLine[]): Finding {
  if (!found.fixes || option.overridden.length === 0) return found;
  // Every fix here removes the winner; it goes in one set with the overridden ones (neighbours' removals would overlap).
  const winnerRemoval = deleteOptionEdit(doc, option.winner, lines);
  const removals = deleteOptionsEdits(doc, [...option.overridden, option.winner], lines);
  const fixes = found.fixes.flatMap((fix): Fix[] => {
    const others = fix.edits.filter((edit) => edit.newText !== winnerRemoval.newText || !sameRange(edit.range, winnerRemoval.range));
    if (!removals || others.length === fix.edits.length) return [];
    return [{ ...fix, edits: [...removals, ...others] }];
  });
  return { ...found, fixes };
}


/**
 * Every move lands at the end of [sysctl], and two inserts at one point are never applied together:
 * with several paths to move, fix-all would take one per pass and not finish, so it takes none.
 */
function procPathsInSysfs(profile: TunedProfile): number {
  return optionsOfPlugin(profile, 'sysfs').reduce((n, option) => n + [option.winner, ...option.overridden].filter((o) => o.name.replace(/\/+/g, '/').startsWith('/proc/sys/')).length, 0);
}

const NONE: readonly Finding[] = [];

function tunable(name: string): string | undefined {
  // A component can only be one of them if the name contains it: most keys contain none.
  if (!MISPLACED_LIST.some((c) => name.includes(c))) return undefined;
  return name.split(/[./]/).find((c) => MISPLACED_SYSCTL_COMPONENTS.has(c));
}

function inSysctl(doc: TextDocument, profile: TunedProfile, option: IniOption, settings: Settings): readonly Finding[] {
  const name = tunable(option.name);
  if (!name) return NONE;
  const what = `'${shorten(option.name)}' is not a sysctl: tuned cannot read /proc/sys/${shorten(option.name.replace(/\./g, '/'))} and logs "will not be set".`;
  return [finding(option, `${what} ${advice(name)}`, fixesFor(doc, profile, option, name, settings))];
}

function inNet(doc: TextDocument, profile: TunedProfile, option: IniOption, settings: Settings): readonly Finding[] {
  const name = MISPLACED_NAMES.has(option.name) ? option.name : undefined;
  if (!name) return NONE;
  const what = `The net plugin has no option '${shorten(option.name)}' (tuned logs "Unknown option" and drops it).`;
  return [finding(option, `${what} ${advice(name)}`, fixesFor(doc, profile, option, name, settings))];
}

function inSysfs(doc: TextDocument, profile: TunedProfile, option: IniOption): readonly Finding[] {
  const path = option.name.replace(/\/+/g, '/');
  if (!path.startsWith('/proc/sys/')) return NONE;
  const key = path.slice('/proc/sys/'.length).replace(/\./g, '\u0000').replace(/\//g, '.').replace(/\u0000/g, '/');
  return [{
    ruleId: misplacedSetting.id,
    severity: 'warning',
    range: option.nameRange,
    message: `The sysfs plugin writes only below /sys: tuned logs "rejecting write to '${shorten(path)}' (not inside /sys)". Set it as ${shorten(key)} in [sysctl].`,
    fixes: [moveFix(doc, profile, option, 'sysctl', `${key}=${option.value}`, `Move to [sysctl] as ${shorten(key)}`, procPathsInSysfs(profile) === 1)],
  }];
}

function finding(option: IniOption, message: string, fixes: Fix[]): Finding {
  return { ruleId: misplacedSetting.id, range: option.nameRange, message, fixes };
}

function advice(name: string): string {
  switch (name) {
    case 'halt_poll_ns':
      return 'halt_poll_ns is a parameter of the kvm module: [modules] kvm=halt_poll_ns=N makes it persistent (active when kvm is next loaded), [sysfs] /sys/module/kvm/parameters/halt_poll_ns=N changes it at once.';
    case 'txqueuelen':
    case 'tx_queue_len':
      return 'The transmit queue length is a device property: [net] txqueuelen=N (tuned 2.18+) sets it on every physical device the section matches.';
    case 'rps_cpus':
      return `RPS is a per-queue sysfs file: [sysfs] ${RPS_PATH}=<hex mask> writes every RX queue.`;
    case 'buffer_count':
      return 'buffer_count is a qeth sysfs attribute (/sys/bus/ccwgroup/drivers/qeth/<bus id>/buffer_count) that can only change while the device is offline, so set it where the device is configured (chzdev, ifcfg OPTIONS, udev), not in a running profile.';
    default:
      return "Hardware checksumming is an ethtool offload: [net] features=rx on tx on (the qeth sysfs attribute was removed in Linux 3.0).";
  }
}

function fixesFor(doc: TextDocument, profile: TunedProfile, option: IniOption, name: string, settings: Settings): Fix[] {
  const value = option.value;
  switch (name) {
    case 'halt_poll_ns':
      return [
        moduleFix(doc, profile, option, 'kvm', 'halt_poll_ns', value),
        moveFix(doc, profile, option, 'sysfs', `/sys/module/kvm/parameters/halt_poll_ns=${value}`, 'Move to [sysfs] /sys/module/kvm/parameters/halt_poll_ns (takes effect at once)'),
      ];
    case 'txqueuelen':
    case 'tx_queue_len':
      return targetHas(settings, '2.18')
        ? [moveFix(doc, profile, option, 'net', `txqueuelen=${value}`, 'Move to [net] txqueuelen')]
        : [moveFix(doc, profile, option, 'sysfs', `/sys/class/net/*/tx_queue_len=${value}`, 'Move to [sysfs] /sys/class/net/*/tx_queue_len')];
    case 'rps_cpus':
      return [moveFix(doc, profile, option, 'sysfs', `${RPS_PATH}=${value}`, `Move to [sysfs] ${RPS_PATH}`)];
    case 'buffer_count':
      return [];
    default:
      return [moveFix(doc, profile, option, 'net', 'features=rx on tx on', "Replace with [net] features=rx on tx on")];
  }
}

/** `module=param=value` in [modules], merged into an existing line for the module (tuned keeps one value per module). */
export function moduleFix(doc: TextDocument, profile: TunedProfile, option: IniOption, module: string, param: string, value: string): Fix {
  const title = `Move to [modules] as ${module}=${param}=${shorten(value, 20)}`;
  const existing = optionsOfPlugin(profile, 'modules').find((o) => o.name === module)?.winner;
  if (!existing) return moveFix(doc, profile, option, 'modules', `${module}=${param}=${value}`, title);
  const words = existing.value.split(/\s+/).filter((w) => w !== '' && !w.startsWith(`${param}=`));
  const merged = [...words, `${param}=${value}`].join(' ');
  return { title, edits: [deleteOptionEdit(doc, option, profile.ini.lines), { range: existing.valueRange, newText: merged }], isPreferred: false };
}

