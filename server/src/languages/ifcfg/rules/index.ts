import { badQuoting } from './ifcfg-bad-quoting';
import { duplicateKey } from './ifcfg-duplicate-key';
import type { IfcfgRule } from './helpers';
import { installerKey } from './ifcfg-installer-key';
import { invalidLine } from './ifcfg-invalid-line';
import { invalidValue } from './ifcfg-invalid-value';
import { paperBufferCount } from './ifcfg-paper-buffer-count';
import { paperChecksumming } from './ifcfg-paper-checksumming';
import { paperMtu } from './ifcfg-paper-mtu';
import { qethOption } from './ifcfg-qeth-option';
import { shellExpansion } from './ifcfg-shell-expansion';
import { subchannels } from './ifcfg-subchannels';
import { unknownKey } from './ifcfg-unknown-key';

/** Every ifcfg rule, in the order their findings are reported for the same position. */
export const ifcfgRules: readonly IfcfgRule[] = [
  invalidLine,
  badQuoting,
  shellExpansion,
  duplicateKey,
  unknownKey,
  installerKey,
  invalidValue,
  subchannels,
  qethOption,
  paperMtu,
  paperBufferCount,
  paperChecksumming,
];
