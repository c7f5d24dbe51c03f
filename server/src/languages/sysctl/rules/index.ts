import type { Rule } from '../../../service/types';
import type { SysctlFile } from '../parser';

/** Every sysctl rule, in the order their findings are reported for the same position. */
export const sysctlRules: readonly Rule<SysctlFile>[] = [];
