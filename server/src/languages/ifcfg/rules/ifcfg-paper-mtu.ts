import { valueSliceRange } from '../../../formats/keyValue';
import type { Finding } from '../../../service/types';
import { deviceAnchor, mtuAdviceApplies } from '../applies';
import { lookupKey } from '../keyTable';
import { isQethDevice } from '../parser';
import { appendLineFix, type IfcfgRule } from './helpers';

const PAPER_MTU = Number(lookupKey('MTU')?.paper?.value ?? 8192);

export const paperMtu: IfcfgRule = {
  id: 'ifcfg-paper-mtu',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: `MTU below the paper's ${PAPER_MTU} (or missing) on an IBM Z qeth device, or on any Ethernet device with kvmtune.platform s390x.`,
  check: ({ doc, parsed, settings }): Finding[] => {
    if (!mtuAdviceApplies(parsed, settings)) return [];
    const fixTitle = `Set MTU=${PAPER_MTU} (the paper's value)`;
    const mtu = parsed.effective.get('MTU');
    const defaultMtu = isQethDevice(parsed) ? '1500 in layer 2, 1492 in layer 3' : '1500';
    if (!mtu || mtu.property.value === '') {
      return [
        {
          ruleId: paperMtu.id,
          range: deviceAnchor(parsed),
          message: `No MTU: the device keeps the default (${defaultMtu}). The paper measured 5-20 % better throughput and transaction times with MTU=${PAPER_MTU}; every hop on the path must use it too.`,
          fixes: [appendLineFix(doc, parsed, `MTU=${PAPER_MTU}`, fixTitle)],
        },
      ];
    }
    const { property } = mtu;
    if (property.badQuoting || !/^[0-9]+$/.test(property.value)) return [];
    const value = Number(property.value);
    if (value >= PAPER_MTU || value < 68 && value !== 0) return [];
    return [
      {
        ruleId: paperMtu.id,
        range: valueSliceRange(property, 0, property.value.length),
        message: `MTU=${property.value} is below the paper's ${PAPER_MTU}; larger frames gave 5-20 % more throughput and shorter transactions. Every hop must match, and with MacVTap the host's MTU must be at least the guest's.`,
        fixes: [{ title: fixTitle, edits: [{ range: valueSliceRange(property, 0, property.value.length), newText: String(PAPER_MTU) }], isPreferred: false }],
      },
    ];
  },
};
