import type { UperfRule } from './helpers';
import { droppedOption } from './uperf-dropped-option';
import { emptyValue } from './uperf-empty-value';
import { envVar } from './uperf-env-var';
import { flowopType } from './uperf-flowop-type';
import { invalidNumber } from './uperf-invalid-number';
import { invalidOptionValue } from './uperf-invalid-option-value';
import { invalidTime } from './uperf-invalid-time';
import { iterationsAndDuration } from './uperf-iterations-and-duration';
import { limits } from './uperf-limits';
import { misplacedAttribute } from './uperf-misplaced-attribute';
import { misplacedElement } from './uperf-misplaced-element';
import { missingFinalNewline } from './uperf-missing-final-newline';
import { missingOption } from './uperf-missing-option';
import { noStrands } from './uperf-no-strands';
import { optionNoEffect } from './uperf-option-no-effect';
import { rateWithoutDuration } from './uperf-rate-without-duration';
import { runsOnce } from './uperf-runs-once';
import { sendRecvProtocol } from './uperf-send-recv-protocol';
import { shortDuration } from './uperf-short-duration';
import { spaceAfterEquals } from './uperf-space-after-equals';
import { tcpNodelay } from './uperf-tcp-nodelay';
import { timeUnit } from './uperf-time-unit';
import { tokenTooLong } from './uperf-token-too-long';
import { unknownConnection } from './uperf-unknown-connection';
import { unknownOption } from './uperf-unknown-option';
import { unknownSymbol } from './uperf-unknown-symbol';
import { workloadName } from './uperf-workload-name';

/** Every uperf rule, syntax first as uperf meets the problems, then semantics, then the paper's advice. */
export const uperfRules: readonly UperfRule[] = [
  missingFinalNewline,
  spaceAfterEquals,
  emptyValue,
  tokenTooLong,
  unknownSymbol,
  misplacedElement,
  misplacedAttribute,
  flowopType,
  noStrands,
  invalidNumber,
  invalidTime,
  timeUnit,
  unknownOption,
  invalidOptionValue,
  droppedOption,
  optionNoEffect,
  missingOption,
  sendRecvProtocol,
  unknownConnection,
  iterationsAndDuration,
  runsOnce,
  rateWithoutDuration,
  limits,
  envVar,
  tcpNodelay,
  shortDuration,
  workloadName,
];
