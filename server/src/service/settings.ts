import { DEFAULT_SETTINGS, type Environment, type SeveritySetting, type Settings, type Topology, type Workload } from './types';

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
  const platform = typeof input.platform === 'string' && /^[a-z0-9_]{0,16}$/.test(input.platform.trim()) ? input.platform.trim() : '';
  const workload = oneOf<Workload>(input.workload, ['transactional', 'streaming', 'mixed'], '');
  const topology = oneOf<Topology>(input.topology, ['single-host', 'multi-host'], '');
  const tuned = isRecord(input.tuned) ? input.tuned : {};
  const tunedVersion = typeof tuned.version === 'string' && /^\s*\d+\.\d+\s*$/.test(tuned.version) ? tuned.version.trim() : '';
  const uperf = isRecord(input.uperf) ? input.uperf : {};
  const uperfProtocols = Array.isArray(uperf.protocols)
    ? [...new Set(uperf.protocols.filter((p): p is string => typeof p === 'string' && /^[a-z]{2,8}$/.test(p)))]
    : [];
  return { rules, validateRun: run, kernel, environment, platform, workload, topology, tunedVersion, uperfProtocols };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
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
