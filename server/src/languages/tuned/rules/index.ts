import type { Rule } from '../../../service/types';
import type { TunedProfile } from '../parser';
import { sysctlSettingsRules } from '../sysctlBridge';
import { continuationLine } from './continuationLine';
import { defaultSection } from './defaultSection';
import { duplicateKey } from './duplicateKey';
import { enabledValue } from './enabledValue';
import { includeList } from './includeList';
import { invalidExpansion } from './invalidExpansion';
import { invalidLine } from './invalidLine';
import { invalidValue } from './invalidValue';
import { misplacedSetting } from './misplacedSetting';
import { missingInclude } from './missingInclude';
import { missingSectionHeader } from './missingSectionHeader';
import { modprobeLine } from './modprobeLine';
import { moduleParam } from './moduleParam';
import { netDevices } from './netDevices';
import { paperHaltPollNs } from './paperHaltPollNs';
import { paperNet } from './paperNet';
import { platformS390x } from './platformS390x';
import { sysctlKey } from './sysctlKey';
import { sysctlReapply } from './sysctlReapply';
import { sysctlValue } from './sysctlValue';
import { sysfsPath } from './sysfsPath';
import { undefinedVariable } from './undefinedVariable';
import { unknownOption } from './unknownOption';
import { unknownPlugin } from './unknownPlugin';

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
  paperNet,
  sysfsPath,
  platformS390x,
];

export const tunedRules: readonly Rule<TunedProfile>[] = [...tunedOwnRules, ...sysctlSettingsRules];
