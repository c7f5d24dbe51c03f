import type { ModprobeRule } from './helpers';
import { haltPollNs } from './modprobe-halt-poll-ns';
import { invalidLine } from './modprobe-invalid-line';
import { invalidValue } from './modprobe-invalid-value';
import { unknownParameter } from './modprobe-unknown-parameter';

export const modprobeRules: readonly ModprobeRule[] = [invalidLine, unknownParameter, invalidValue, haltPollNs];
