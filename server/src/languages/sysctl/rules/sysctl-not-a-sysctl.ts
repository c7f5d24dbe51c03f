import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../service/types';
import { whereItLives, type Tunable } from '../../common/tunables';
import { resolvedSettings, type ResolvedSetting } from '../setting';
import { removeLineFix } from '../../../formats/fixes';
import { shorten } from '../../../formats/messages';
import type { SysctlSettingsRule } from './helpers';

const WHAT_IT_IS: Record<Tunable['kind'], (tunable: Tunable) => string> = {
  'module-parameter': (t) => `a parameter of the ${t.module ?? ''} kernel module`,
  'device-attribute': () => 'a property of a network device',
  sysfs: () => 'a per-queue sysfs file',
  'qeth-attribute': () => 'an attribute of a qeth (OSA) device',
};

export const notASysctl: SysctlSettingsRule = {
  id: 'sysctl-not-a-sysctl',
  defaultSeverity: 'error',
  summary: 'A tunable that is not a sysctl at all (halt_poll_ns, txqueuelen, rps_cpus, buffer_count) and needs modprobe.d, ip link or sysfs.',
  // Filtered first: most keys name no tunable, and flatMap would make an empty list for each.
  check: (settings, { doc }) => resolvedSettings(settings).filter((resolved) => resolved.tunable !== undefined).flatMap((resolved) => finding(doc, resolved)),
};

function finding(doc: TextDocument, { setting, tunable }: ResolvedSetting): Finding[] {
  if (!tunable) return [];
  const related = tunable.related ? ` The sysctl nearby is ${tunable.related}.` : '';
  return [
    {
      ruleId: notASysctl.id,
      range: setting.keyRange,
      message: `${tunable.name} is ${WHAT_IT_IS[tunable.kind](tunable)}, not a sysctl: set it ${whereItLives(tunable, shorten(setting.value))}.${related}`,
      fixes: [removeLineFix(doc, setting.line)],
    },
  ];
}
