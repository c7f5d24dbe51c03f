import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { targetsKernelAtLeast } from '../../../service/settings';
import type { Finding, Settings } from '../../../service/types';
import { deviceAnchor, deviceName } from '../applies';
import { lookupOption } from '../keyTable';
import { isQethDevice, type IfcfgFile, type QethOption } from '../parser';
import { addOptionEdit, appendTokensEdit, findOption, removeTokensEdits, setOptionValueEdit } from '../optionsEdit';
import { appendLineFix, type IfcfgRule } from './helpers';

const PAPER_VALUE = lookupOption('checksumming')?.paper?.value ?? 'hw_checksumming';
const REMOVED_IN = '3.0';

export const paperChecksumming: IfcfgRule = {
  id: 'ifcfg-paper-checksumming',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: `qeth checksum offload: OPTIONS checksumming=${PAPER_VALUE} as the paper sets it, or with kvmtune.kernel ${REMOVED_IN}+ (where the attribute is gone) ETHTOOL_OPTS "-K <dev> rx on tx on".`,
  check: ({ doc, parsed, settings }) => (isQethDevice(parsed) ? check(doc, parsed, settings) : []),
};

function check(doc: TextDocument, file: IfcfgFile, settings: Settings): Finding[] {
  const options = file.effective.get('OPTIONS');
  if (options?.property.badQuoting) return [];
  const option = findOption(options?.property, 'checksumming');
  if (targetsKernelAtLeast(settings, REMOVED_IN)) return option ? [removedToken(doc, file, option)] : ethtoolOff(file);
  const ethtool = file.effective.get('ETHTOOL_OPTS');
  // rx/tx offload switched on with ethtool does what the paper wants on any kernel.
  if (!option && ethtool && !ethtool.property.badQuoting && turnsOn(ethtool.property.value)) return [];
  const note = settings.kernel ? '' : ` (The attribute was removed in Linux ${REMOVED_IN}; set kvmtune.kernel to get the ethtool form for newer kernels.)`;
  const title = `Set checksumming=${PAPER_VALUE} in OPTIONS (the paper's value)`;
  if (!option) {
    const edits = addOptionEdit(doc, file, `checksumming=${PAPER_VALUE}`);
    return [
      {
        ruleId: paperChecksumming.id,
        range: options ? options.property.valueRange : deviceAnchor(file),
        message: `No checksumming in OPTIONS: the paper moves checksum work from the CPUs to the OSA card with checksumming=${PAPER_VALUE}.${note}`,
        fixes: edits ? [{ title, edits, isPreferred: false }] : [],
      },
    ];
  }
  if (option.value === PAPER_VALUE) return [];
  return [
    {
      ruleId: paperChecksumming.id,
      range: option.valueRange,
      message: `checksumming=${option.value}: the paper uses ${PAPER_VALUE} so the OSA card, not the CPUs, computes checksums.${note}`,
      fixes: [{ title, edits: [setOptionValueEdit(option, PAPER_VALUE)], isPreferred: false }],
    },
  ];
}

function ethtoolCommand(file: IfcfgFile): string | undefined {
  const device = deviceName(file);
  return device ? `-K ${device} rx on tx on` : undefined;
}

function removedToken(doc: TextDocument, file: IfcfgFile, option: QethOption): Finding {
  const options = file.effective.get('OPTIONS')!;
  const command = ethtoolCommand(file);
  // Every repeat goes: one left behind would be written to sysfs and fail just the same.
  const edits: TextEdit[] = removeTokensEdits(options.property, (token) => token.key === option.key);
  const ethtool = file.effective.get('ETHTOOL_OPTS');
  if (command && !ethtool) edits.push(...appendLineFix(doc, file, `ETHTOOL_OPTS="${command}"`, '').edits);
  else if (command && ethtool && !ethtool.property.badQuoting && !turnsOn(ethtool.property.value)) edits.push(appendTokensEdit(ethtool.property, command, '; '));
  return {
    ruleId: paperChecksumming.id,
    range: option.range,
    message: `The qeth 'checksumming' attribute was removed in Linux ${REMOVED_IN}: the sysfs write fails. Checksum offload is an ethtool feature now: ETHTOOL_OPTS="-K ${deviceName(file) ?? '<dev>'} rx on tx on".`,
    fixes: [{ title: command ? `Replace with ETHTOOL_OPTS="${command}"` : "Remove 'checksumming' from OPTIONS", edits, isPreferred: false }],
  };
}

/** True when an ETHTOOL_OPTS value turns both rx and tx checksumming on. */
function turnsOn(value: string): boolean {
  return /\brx\s+on\b/.test(value) && /\btx\s+on\b/.test(value);
}

function ethtoolOff(file: IfcfgFile): Finding[] {
  const ethtool = file.effective.get('ETHTOOL_OPTS');
  if (!ethtool || ethtool.property.badQuoting) return [];
  const match = /\b(rx|tx)\s+off\b/.exec(ethtool.property.value);
  if (!match || !/(^|;)\s*(-K|--features|--offload)\b/.test(ethtool.property.value)) return [];
  return [
    {
      ruleId: paperChecksumming.id,
      range: ethtool.property.valueRange,
      message: `ETHTOOL_OPTS turns ${match[1]} checksum offload off; the paper keeps checksumming on the OSA card (rx on tx on).`,
    },
  ];
}
