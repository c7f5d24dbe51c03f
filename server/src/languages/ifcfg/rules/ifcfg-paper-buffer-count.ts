import type { Finding } from '../../../service/types';
import { deviceAnchor } from '../applies';
import { lookupOption } from '../keyTable';
import { isQethDevice } from '../parser';
import { addOptionEdit, findOption, setOptionValueEdit } from '../optionsEdit';
import type { IfcfgRule } from './helpers';

const PAPER_COUNT = Number(lookupOption('buffer_count')?.paper?.value ?? 128);

export const paperBufferCount: IfcfgRule = {
  id: 'ifcfg-paper-buffer-count',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: `A qeth device without OPTIONS buffer_count=${PAPER_COUNT} (the paper's value) or with fewer buffers.`,
  check: ({ doc, parsed }): Finding[] => {
    if (!isQethDevice(parsed)) return [];
    const options = parsed.effective.get('OPTIONS');
    if (options?.property.badQuoting) return [];
    const option = findOption(options?.property, 'buffer_count');
    const title = `Set buffer_count=${PAPER_COUNT} in OPTIONS (the paper's value)`;
    if (!option) {
      const edits = addOptionEdit(doc, parsed, `buffer_count=${PAPER_COUNT}`);
      return [
        {
          ruleId: paperBufferCount.id,
          range: options ? options.property.valueRange : deviceAnchor(parsed),
          message: `No buffer_count in OPTIONS: OSA devices keep 64 inbound buffers (HiperSockets 128). The paper used ${PAPER_COUNT} for throughput; on OSA that is 8 MiB of buffers (64 KiB each) instead of 4 MiB.`,
          fixes: edits ? [{ title, edits, isPreferred: false }] : [],
        },
      ];
    }
    if (!/^[0-9]+$/.test(option.value)) return [];
    const count = Number(option.value);
    if (count >= PAPER_COUNT || count < 8) return [];
    return [
      {
        ruleId: paperBufferCount.id,
        range: option.valueRange,
        message: `buffer_count=${count} is below the paper's ${PAPER_COUNT}; more inbound buffers let the device absorb bursts (each costs 64 KiB on OSA).`,
        fixes: [{ title, edits: [setOptionValueEdit(option, String(PAPER_COUNT))], isPreferred: false }],
      },
    ];
  },
};
