import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../service/types';
import { lookupTunable, whereItLives, type Tunable } from '../../common/tunables';
import { componentsOf, type SysctlSetting } from '../setting';
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
  check: (settings, { doc }) => settings.flatMap((setting) => finding(doc, setting)),
};

/** The tunable a key names when one of its components is a tunable that lives outside sysctl. */
export function elsewhereTunable(components: readonly string[]): Tunable | undefined {
  for (const component of components) {
    const tunable = lookupTunable(component);
    if (tunable) return tunable;
  }
  return undefined;
}

function finding(doc: TextDocument, setting: SysctlSetting): Finding[] {
  const tunable = elsewhereTunable(componentsOf(setting));
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
