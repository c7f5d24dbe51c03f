import type { Rule } from '../../../service/types';
import type { SysctlFile } from '../parser';
import { duplicateKey } from './duplicateKey';
import { emptyValue } from './emptyValue';
import { globPattern } from './globPattern';
import { inlineComment } from './inlineComment';
import { invalidValue } from './invalidValue';
import { missingEquals } from './missingEquals';
import { missingKey } from './missingKey';
import { noopKey } from './noopKey';
import { notASysctl } from './notASysctl';
import { paperCongestionControl } from './paperCongestionControl';
import { paperCoreBufferMax } from './paperCoreBufferMax';
import { paperFinTimeout } from './paperFinTimeout';
import { paperLimitOutputBytes } from './paperLimitOutputBytes';
import { paperLowLatency } from './paperLowLatency';
import { paperMaxTwBuckets } from './paperMaxTwBuckets';
import { paperNetdevBacklog } from './paperNetdevBacklog';
import { paperRandomizeVaSpace } from './paperRandomizeVaSpace';
import { paperTcpBufferMax } from './paperTcpBufferMax';
import { paperTwReuse } from './paperTwReuse';
import { quotedValue } from './quotedValue';
import { removedKey } from './removedKey';
import { repeatedSeparator } from './repeatedSeparator';
import { semicolonComment } from './semicolonComment';
import { tripleOrder } from './tripleOrder';
import { unicodeSpace } from './unicodeSpace';
import { unknownKey } from './unknownKey';

/** Every sysctl rule, in the order their findings are reported for the same position. */
export const sysctlRules: readonly Rule<SysctlFile>[] = [
  missingEquals,
  missingKey,
  unicodeSpace,
  emptyValue,
  quotedValue,
  inlineComment,
  duplicateKey,
  repeatedSeparator,
  semicolonComment,
  globPattern,
  unknownKey,
  removedKey,
  noopKey,
  notASysctl,
  invalidValue,
  tripleOrder,
  paperNetdevBacklog,
  paperCoreBufferMax,
  paperCongestionControl,
  paperFinTimeout,
  paperLimitOutputBytes,
  paperLowLatency,
  paperMaxTwBuckets,
  paperTcpBufferMax,
  paperTwReuse,
  paperRandomizeVaSpace,
];
