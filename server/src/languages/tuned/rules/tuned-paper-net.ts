import type { Finding, Rule } from '../../../service/types';
import { pythonInt } from '../values';
import { optionsOfPlugin, profileFor, type TunedProfile } from '../parser';
import { findPlugin, findPluginOption } from '../table';

const NET = findPlugin('net')!;
const PAPER_OPTIONS = ['txqueuelen', 'mtu'].map((name) => findPluginOption(NET, name)!);

export const paperNet: Rule<TunedProfile> = {
  id: 'tuned-paper-net',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: "[net] txqueuelen below the paper's 2500 or mtu below its 8192.",
  check: ({ parsed, settings }) =>
    optionsOfPlugin(profileFor(parsed, settings), 'net').flatMap((option): Finding[] => {
      const info = PAPER_OPTIONS.find((o) => o.name === option.name);
      const value = pythonInt(option.winner.value);
      if (!info?.paper || value === undefined || value >= Number(info.paper.value)) return [];
      return [{
        ruleId: paperNet.id,
        range: option.winner.valueRange,
        message: `${info.name}=${value} is below the IBM paper's ${info.paper.value}. ${info.paper.reason}`,
        fixes: [{ title: `Use the paper's ${info.paper.value}`, edits: [{ range: option.winner.valueRange, newText: info.paper.value }], isPreferred: false }],
      }];
    }),
};
