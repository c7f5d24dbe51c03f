import { lookupTunable, lookupTunableAlias, type Tunable } from '../common/tunables';

/**
 * The paper's interface tunables that no ifcfg key can hold (txqueuelen 2500, RPS rps_cpus). The
 * facts and the persistent ways to set them come from the shared tunables table; this file only
 * says them the ifcfg way.
 */
export interface NoFileTunable {
  name: string;
  what: string;
  instead: string;
  markdown: string;
}

const NO_FILE = ['txqueuelen', 'rps_cpus'];

function fill(text: string, tunable: Tunable): string {
  return text.replace(/<value>/g, tunable.paper?.value ?? '<value>');
}

function toNoFile(tunable: Tunable): NoFileTunable {
  const ways = [
    tunable.tuned && `tuned (${fill(tunable.tuned, tunable)})`,
    tunable.udevRule && `a udev rule (${tunable.udevFile ?? '/etc/udev/rules.d/'})`,
    tunable.networkManager,
  ].filter((w): w is string => Boolean(w));
  const what = tunable.title ?? tunable.name;
  const markdown = [
    `**${tunable.name}** — ${tunable.summary}`,
    '',
    ...(tunable.paper ? [`- Paper: **${tunable.paper.value}**${tunable.scopeNote ? ` ${tunable.scopeNote}` : '.'} ${tunable.paper.reason}`] : []),
    '- No ifcfg key exists for it, in NetworkManager or initscripts.',
    ...(tunable.udevRule ? [`- Persistent: a udev rule \`${tunable.udevRule}\` in \`${tunable.udevFile}\`.`] : []),
    ...(tunable.tuned ? [`- Or tuned: \`${fill(tunable.tuned, tunable)}\` (kvmtune checks tuned profiles).`] : []),
    ...(tunable.networkManager ? [`- Or ${tunable.networkManager}.`] : []),
    ...(tunable.command ? [`- At run time: \`${fill(tunable.command, tunable)}\` (lost at reboot).`] : tunable.sysfs ? [`- At run time: write \`${tunable.sysfs}\`.`] : []),
  ].join('\n');
  return { name: tunable.name, what, instead: `Set it with ${ways.join(', or ')}.`, markdown };
}

export const NO_FILE_TUNABLES: readonly NoFileTunable[] = NO_FILE.map((name) => toNoFile(lookupTunable(name)!));

export function noFileTunable(name: string): NoFileTunable | undefined {
  const tunable = lookupTunableAlias(name);
  return tunable && NO_FILE.includes(tunable.name) ? NO_FILE_TUNABLES[NO_FILE.indexOf(tunable.name)] : undefined;
}

export const TXQUEUELEN_UDEV_RULE = lookupTunable('txqueuelen')!.udevRule!;
export const RPS_UDEV_RULE = lookupTunable('rps_cpus')!.udevRule!;
