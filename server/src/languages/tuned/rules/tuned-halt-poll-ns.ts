import type { Finding, Rule, Settings } from '../../../service/types';
import { findParam } from '../../modprobe/moduleParams';
import { parseModulesValue, paramValueRange } from '../modulesValue';
import { optionsOfPlugin, profileFor, type TunedProfile } from '../parser';
import type { Range } from 'vscode-languageserver-types';

const HALT_POLL_SYSFS = /^\/sys\/module\/kvm\/parameters\/halt_poll_ns$/;

export const paperHaltPollNs: Rule<TunedProfile> = {
  id: 'tuned-halt-poll-ns',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: "kvm halt_poll_ns in [modules] or [sysfs] below the paper's 80000 ns (its best for small request/response traffic); off when kvmtune.workload is streaming.",
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const fromModules = optionsOfPlugin(profile, 'modules').flatMap((option) => {
      if (option.name !== 'kvm') return [];
      return parseModulesValue(option.winner.value).params.filter((p) => p.name === 'halt_poll_ns' && p.value !== undefined)
        .flatMap((p) => judge(p.value!, paramValueRange(option.winner, p), settings));
    });
    const fromSysfs = optionsOfPlugin(profile, 'sysfs').flatMap((option) => (HALT_POLL_SYSFS.test(option.name) ? judge(option.winner.value, option.winner.valueRange, settings) : []));
    return [...fromModules, ...fromSysfs];
  },
};

function judge(value: string, range: Range, settings: Settings): Finding[] {
  const param = findParam('kvm', 'halt_poll_ns');
  const paper = param?.paper;
  if (!paper || !/^\d+$/.test(value) || Number(value) >= Number(paper.value)) return [];
  if (settings.workload === 'streaming') return [];
  return [{
    ruleId: paperHaltPollNs.id,
    range,
    message: `halt_poll_ns=${value} ${value === '0' ? 'turns halt polling off' : `polls only ${value} ns`}; the IBM paper found ${paper.value} ns best. ${paper.reason}`,
    fixes: [{ title: `Use the paper's ${paper.value}`, edits: [{ range, newText: String(paper.value) }], isPreferred: false }],
  }];
}

