import rawTunables from './tunables.json';

/**
 * Tunables people set in the wrong file: each lives in exactly one place (a module parameter, a
 * device attribute, a sysfs file) and every language's "not here, but there" rule reads this table.
 */
export type TunableKind = 'module-parameter' | 'device-attribute' | 'sysfs' | 'qeth-attribute';

export interface Tunable {
  name: string;
  /** Other spellings people write it as (ifcfg-style upper case, sysfs names). */
  aliases?: string[];
  /** How messages name it: "the transmit queue length (txqueuelen)". */
  title?: string;
  kind: TunableKind;
  summary: string;
  /** Kernel module owning a module parameter. */
  module?: string;
  /** The modprobe.d line that sets it at module load. */
  modprobe?: string;
  /** The command that sets it at run time. */
  command?: string;
  /** Its file under /sys. */
  sysfs?: string;
  /** The tuned profile option that sets it. */
  tuned?: string;
  /** How an ifcfg file sets it. */
  ifcfg?: string;
  /** The sysctl that is the real knob nearby, when there is one. */
  related?: string;
  default?: string;
  unit?: string;
  paper?: { value: string; reason: string };
  /** A udev rule that sets it persistently, and the file it goes in. */
  udevRule?: string;
  udevFile?: string;
  /** How NetworkManager sets it, where it can. */
  networkManager?: string;
  /** Where the paper's value applies, continuing "Paper: <value> …". */
  scopeNote?: string;
}

export const TUNABLES: readonly Tunable[] = rawTunables as Tunable[];

const byName = new Map(TUNABLES.map((tunable) => [tunable.name, tunable]));
const byAlias = new Map(TUNABLES.flatMap((tunable) => [tunable.name, ...(tunable.aliases ?? [])].map((alias): [string, Tunable] => [alias.toLowerCase(), tunable])));

export function lookupTunable(name: string): Tunable | undefined {
  return byName.get(name);
}

/** By its name or any alias, ignoring case: `TXQUEUELEN`, `tx_queue_len`, `RPS_CPUS`. */
export function lookupTunableAlias(name: string): Tunable | undefined {
  return byAlias.get(name.toLowerCase());
}

/** Where the tunable is really set, as one sentence fragment: "in /etc/modprobe.d as '…' or at run time in …". */
export function whereItLives(tunable: Tunable, value = ''): string {
  const fill = (template: string) => template.replace('<value>', value || tunable.paper?.value || '<value>');
  const places: string[] = [];
  if (tunable.modprobe) places.push(`in /etc/modprobe.d as '${fill(tunable.modprobe)}'`);
  if (tunable.command) places.push(`with '${fill(tunable.command)}'`);
  if (tunable.ifcfg) places.push(`in the device's ifcfg file as ${fill(tunable.ifcfg)}`);
  if (tunable.tuned) places.push(`with tuned's ${fill(tunable.tuned)}`);
  if (tunable.sysfs) places.push(`${places.length > 0 ? 'or at run time in' : 'in the sysfs file'} ${tunable.sysfs}`);
  return places.join(', ');
}
