import type { Finding } from '../../service/types';
import { effectiveSettingsOf } from './rules/helpers';
import type { SysctlSetting } from './setting';
import { typedValue } from './validateValues';
import { valueTokens } from './values';

/**
 * Checks the table's bounds cannot express, for keys outside a network namespace (so not in the
 * kernel section): flow_limit_table_len must be a power of two (EINVAL otherwise).
 */
export function kernelChecks(settings: readonly SysctlSetting[], ruleId: string): Finding[] {
  return effectiveSettingsOf(settings, ['net.core.flow_limit_table_len']).flatMap(({ setting, info }) => {
    const typed = typedValue(info, setting.value);
    if (typeof typed !== 'number' || isPowerOfTwo(typed)) return [];
    const range = valueTokens(setting)[0]?.range ?? setting.valueRange;
    return [{ ruleId, range, message: `net.core.flow_limit_table_len must be a power of two (such as 4096 or 8192); the kernel rejects ${typed} (EINVAL).` }];
  });
}

function isPowerOfTwo(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0 && Number.isInteger(Math.log2(value));
}
