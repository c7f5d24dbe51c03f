import { DEFAULT_SETTINGS, type Environment, type SeveritySetting, type Settings } from './types';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Builds Settings from whatever a client or a CLI sends; unknown or malformed values fall back to defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const rules: Record<string, SeveritySetting> = {};
  if (isRecord(input.rules)) {
    for (const [id, value] of Object.entries(input.rules)) {
      if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) {
        rules[id] = value as SeveritySetting;
      }
    }
  }
  const validate = isRecord(input.validate) ? input.validate : {};
  const run = validate.run === 'onSave' ? 'onSave' : DEFAULT_SETTINGS.validateRun;
  const kernel = typeof input.kernel === 'string' && parseKernelVersion(input.kernel) ? input.kernel.trim() : '';
  const environment: Environment = input.environment === 'production' ? 'production' : 'lab';
  return { rules, validateRun: run, kernel, environment };
}

export interface KernelVersion {
  major: number;
  minor: number;
}

export function parseKernelVersion(text: string): KernelVersion | undefined {
  const match = /^\s*(\d+)\.(\d+)/.exec(text);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

/** -1, 0 or 1 like a comparator; `version` is a "major.minor" string. */
export function compareKernel(a: KernelVersion, version: string): number {
  const b = parseKernelVersion(version);
  if (!b) return 0;
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  return 0;
}

/** True when settings target a kernel at or after `version`. False when no kernel is set. */
export function targetsKernelAtLeast(settings: Settings, version: string): boolean {
  const target = parseKernelVersion(settings.kernel);
  return target !== undefined && compareKernel(target, version) >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
