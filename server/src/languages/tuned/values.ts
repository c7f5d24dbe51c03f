import type { Settings } from '../../service/types';
import type { TunedOption } from './table';
import { targetHas } from './version';
import type { SeverityName } from '../../service/types';

/** A problem inside a value; offsets are in the value as written (before any expansion). */
export interface ValueProblem {
  message: string;
  severity: SeverityName;
  start?: number;
  end?: number;
}

/** Python's int() accepts blanks around, a sign and '_' between digits. */
export function pythonInt(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(t)) return undefined;
  return Number(t.replace(/_/g, ''));
}

export interface EthtoolToken {
  text: string;
  start: number;
}

/** Words of an ethtool option as tuned splits them: ':', ',', ';' and blanks all separate. */
export function ethtoolTokens(value: string): EthtoolToken[] {
  const tokens: EthtoolToken[] = [];
  const word = /[^\s:,;]+/g;
  for (let m = word.exec(value); m; m = word.exec(value)) tokens.push({ text: m[0], start: m.index });
  return tokens;
}

const LATENCY_PART = /^(?:\d+|none|cstate\.id:\d+|cstate\.id_no_zero:\d+|cstate\.name:\S+|n\/a)$/i;
const CPULIST = /^[\s\d,^x a-fA-F-]*$/;
const TRUTHY_WORDS = new Set(['yes', 'on', 'y', 't', 'enable', 'enabled']);

/** Checks that do not depend on the device or system the profile lands on are errors; others warnings. */
export function checkValue(option: TunedOption, value: string, settings: Settings, pluginName: string): ValueProblem[] {
  const strictInt = pluginName === 'net';
  switch (option.type) {
    case 'int':
      return pythonInt(value) === undefined ? [{ severity: 'error', message: `${option.name} must be an integer: tuned converts it with int() and '${value}' fails.` }] : [];
    case 'uint':
      return uintProblems(option, value, strictInt);
    case 'float':
      return value.trim() !== '' && Number.isNaN(Number(value)) ? [{ severity: 'warning', message: `${option.name} is a number; '${value}' is not.` }] : [];
    case 'bool':
      return TRUTHY_WORDS.has(value.trim().toLowerCase())
        ? [{ severity: 'warning', message: `This plugin reads only 'true' and '1' (any case) as true: '${value}' means false here.` }]
        : [];
    case 'percent':
      return percentProblems(option, value);
    case 'bytes-or-percent':
      return bytesOrPercentProblems(option, value);
    case 'wol':
      return /^[pumbagsd]+$/.test(value.replace(/0/g, 'd')) ? [] : [{ severity: 'error', message: `wake_on_lan takes letters from 'pumbagsd' (or 0 for off); tuned logs "Incorrect 'wake_on_lan' value." and skips '${value}'.` }];
    case 'ethtool-pairs':
      return ethtoolProblems(option, value);
    case 'enum':
      return option.values && !(value.trim() in option.values)
        ? [{ severity: 'error', message: `${option.name} takes ${Object.keys(option.values).map((v) => `'${v}'`).join(', ')}; tuned refuses '${value}' and leaves the setting alone.` }]
        : [];
    case 'latency':
      return latencyProblems(option, value, settings);
    case 'cpulist':
      return CPULIST.test(value) ? [] : [{ severity: 'warning', message: `${option.name} is a CPU list such as 0-3,8 (or a hex mask); '${value}' is not one.` }];
    case 'irq-affinity':
      return ['calc', 'ignore'].includes(value.trim()) || /^[\d,\s-]+$/.test(value) ? [] : [{ severity: 'warning', message: `default_irq_smp_affinity takes calc, ignore or a CPU list, not '${value}'.` }];
    case 'script-path':
      return option.name.startsWith('script_') && !value.startsWith('/') && !value.startsWith('${i:PROFILE_DIR}')
        ? [{ severity: 'error', message: `${option.name} must be an absolute path inside a profile directory (write \${i:PROFILE_DIR}/${value}); tuned logs an error and does not run '${value}'.` }]
        : [];
    default:
      return [];
  }
}

function uintProblems(option: TunedOption, value: string, strict: boolean): ValueProblem[] {
  const n = pythonInt(value);
  const severity: SeverityName = strict ? 'error' : 'warning';
  if (n === undefined) return [{ severity, message: `${option.name} must be an integer: tuned logs "${option.name} value '${value}' is not integer" and skips it.` }];
  if (n < 0) return [{ severity, message: `${option.name} cannot be negative.` }];
  if (option.min !== undefined && n < option.min) return [{ severity: 'error', message: `${option.name} ${n} is below ${option.min}, which the kernel refuses.` }];
  if (option.max !== undefined && n > option.max) return [{ severity: 'error', message: `${option.name} ${n} is above ${option.max}.` }];
  return [];
}

function percentProblems(option: TunedOption, value: string): ValueProblem[] {
  const n = pythonInt(value.replace(/%$/, ''));
  if (n === undefined) return [{ severity: 'error', message: `${option.name} must be an integer percentage; tuned logs an error and skips '${value}'.` }];
  return n < 0 || n > 100 ? [{ severity: 'error', message: `${option.name} must be between 0 and 100.` }] : [];
}

/** Two 4 KiB pages: the smallest dirty_bytes the kernel accepts. */
const MIN_DIRTY_BYTES = 8192;

function bytesOrPercentProblems(option: TunedOption, value: string): ValueProblem[] {
  const trimmed = value.trim();
  if (trimmed.endsWith('%')) return percentProblems(option, trimmed.slice(0, -1));
  const n = pythonInt(trimmed);
  if (n === undefined) return [{ severity: 'error', message: `${option.name} takes bytes or a percentage such as 10%; tuned logs an error and skips '${value}'.` }];
  if (option.name === 'dirty_bytes' && n < MIN_DIRTY_BYTES) return [{ severity: 'error', message: `dirty_bytes must be at least two pages (${MIN_DIRTY_BYTES} bytes with 4 KiB pages); tuned refuses ${n}.` }];
  return [];
}

function ethtoolProblems(option: TunedOption, value: string): ValueProblem[] {
  const tokens = ethtoolTokens(value);
  if (tokens.length % 2 !== 0) {
    return [{ severity: 'error', message: `${option.name} takes name/value pairs, but '${value}' has ${tokens.length} words: tuned logs "invalid ${option.name} parameter" and then fails inside the net plugin, so the rest of this [net] section is not applied.` }];
  }
  const problems: ValueProblem[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const name = tokens[i];
    if (option.names && !option.names.includes(name.text)) {
      problems.push({ severity: 'error', start: name.start, end: name.start + name.text.length, message: `ethtool ${option.name} has no parameter '${name.text}'; tuned logs "ignoring unknown ${option.name} parameter(s)". Known: ${option.names.join(', ')}.` });
    }
    const setting = tokens[i + 1];
    if ((option.name === 'features' || option.name === 'pause' || (option.name === 'coalesce' && name.text.startsWith('adaptive'))) && !['on', 'off'].includes(setting.text)) {
      problems.push({ severity: 'error', start: setting.start, end: setting.start + setting.text.length, message: `'${name.text}' is switched with on or off, not '${setting.text}'.` });
    }
  }
  return problems;
}

function latencyProblems(_option: TunedOption, value: string, settings: Settings): ValueProblem[] {
  const problems: ValueProblem[] = [];
  let at = 0;
  for (const part of value.split('|')) {
    const p = part.trim();
    if (p !== '' && !LATENCY_PART.test(p)) problems.push({ severity: 'warning', start: at, end: at + part.length, message: `'${p}' is not a latency: use microseconds, cstate.id:N, cstate.id_no_zero:N, cstate.name:NAME or None.` });
    if (p.startsWith('cstate.id_no_zero:') && !targetHas(settings, '2.18')) problems.push({ severity: 'warning', start: at, end: at + part.length, message: 'cstate.id_no_zero: needs tuned 2.18.' });
    at += part.length + 1;
  }
  return problems;
}

const SERVICE_WORDS = new Set(['start', 'stop', 'enable', 'disable']);

/** `[service] service.<name>=start|stop|enable|disable[,file:<overlay>]`: tuned logs an error per word it does not know. */
export function serviceProblems(value: string): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const word = /[^,;\s]+/g;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    if (SERVICE_WORDS.has(m[0]) || m[0].startsWith('file:')) continue;
    problems.push({ severity: 'error', start: m.index, end: m.index + m[0].length, message: `'${m[0]}' is not a service action: tuned takes start, stop, enable, disable and file:<overlay>, logs an error for this word and ignores it.` });
  }
  return problems;
}

/** `[variables] include=`: read relative to tuned's working directory, not the profile's. */
export function variablesFileProblems(value: string): ValueProblem[] {
  if (value.startsWith('/') || value.startsWith('${i:PROFILE_DIR}')) return [];
  return [{ severity: 'warning', message: `A relative path is read from tuned's working directory, not from this profile's: write \${i:PROFILE_DIR}/${value} or an absolute path, or tuned logs "unable to find variables_file" and the variables do not exist.` }];
}
