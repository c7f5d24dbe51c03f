import { badQuoting } from './badQuoting';
import { duplicateKey } from './duplicateKey';
import type { IfcfgRule } from './helpers';
import { installerKey } from './installerKey';
import { invalidLine } from './invalidLine';
import { invalidValue } from './invalidValue';
import { paperBufferCount } from './paperBufferCount';
import { paperChecksumming } from './paperChecksumming';
import { paperMtu } from './paperMtu';
import { qethOption } from './qethOption';
import { shellExpansion } from './shellExpansion';
import { subchannels } from './subchannels';
import { unknownKey } from './unknownKey';

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
