import type { Rule } from '../../../service/types';
import type { TunedProfile } from '../parser';
import { sysctlSettingsRules } from '../sysctlBridge';
import { continuationLine } from './tuned-continuation-line';
import { defaultSection } from './tuned-default-section';
import { deviceOverlap } from './tuned-device-overlap';
import { duplicateKey } from './tuned-duplicate-key';
import { enabledValue } from './tuned-enabled-value';
import { includeList } from './tuned-include-list';
import { invalidExpansion } from './tuned-invalid-expansion';
import { invalidLine } from './tuned-invalid-line';
import { invalidValue } from './tuned-invalid-value';
import { misplacedSetting } from './tuned-misplaced-setting';
import { missingInclude } from './tuned-missing-include';
import { missingSectionHeader } from './tuned-missing-section-header';
import { modprobeLine } from './tuned-modprobe-line';
import { moduleParam } from './tuned-module-param';
import { netDevices } from './tuned-net-devices';
import { paperHaltPollNs } from './tuned-halt-poll-ns';
import { paperNet } from './tuned-paper-net';
import { platformS390x } from './tuned-s390x';
import { sysctlKey } from './tuned-sysctl-key';
import { sysctlReapply } from './tuned-sysctl-reapply';
import { sysctlValue } from './tuned-sysctl-value';
import { sysfsPath } from './tuned-sysfs-path';
import { undefinedVariable } from './tuned-undefined-variable';
import { unknownOption } from './tuned-unknown-option';
import { unknownPlugin } from './tuned-unknown-plugin';

/** tuned's own rules, then the sysctl settings rules run on [sysctl] as tuned writes it. */
export const tunedOwnRules: readonly Rule<TunedProfile>[] = [
  missingSectionHeader,
  invalidLine,
  continuationLine,
  duplicateKey,
  defaultSection,
  unknownPlugin,
  unknownOption,
  enabledValue,
  invalidValue,
  includeList,
  missingInclude,
  undefinedVariable,
  invalidExpansion,
  sysctlKey,
  sysctlValue,
  sysctlReapply,
  misplacedSetting,
  modprobeLine,
  moduleParam,
  paperHaltPollNs,
  netDevices,
  deviceOverlap,
  paperNet,
  sysfsPath,
  platformS390x,
];

export const tunedRules: readonly Rule<TunedProfile>[] = [...tunedOwnRules, ...sysctlSettingsRules];
