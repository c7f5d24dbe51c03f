import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entryMarkdown, type TableEntry } from '../../formats/table';
import type { Settings } from '../../service/types';
import { contains, elementAtPosition, enclosingInterface, pathBelowInterface, type LibvirtDoc, type LvAttribute, type LvElement } from './model';
import { connectionMode, recommendedMode } from './rules/libvirt-paper-network-mode';
import { PAPER, TABLE, attributesOf, elementInfo, modelInfo, type AttributeInfo } from './table';

export function computeHover(_doc: TextDocument, parsed: LibvirtDoc, position: Position, settings: Settings): Hover | null {
  if (parsed.kind === 'none') return null;
  const element = elementAtPosition(parsed.root, position);
  const iface = element && enclosingInterface(element);
  if (!element || !iface) return null;
  const type = iface.attributes.find((a) => a.name === 'type')?.value;
  const path = pathBelowInterface(element);
  if (contains(element.nameRange, position)) return markdown(elementMarkdown(path, type), element.nameRange);
  const attribute = element.attributes.find((a) => contains(a.range, position));
  if (!attribute) return null;
  const info = attributesOf(path, type)[attribute.name];
  if (!info) return markdown(`**${attribute.name}** — not an attribute libvirt knows on <${element.name}>${path === 'source' && type ? ` of type='${type}'` : ''}.`, attribute.nameRange);
  if (contains(attribute.nameRange, position)) return markdown(entryMarkdown(entry(attribute.name, info), { title: `${element.name}/@${attribute.name}` }), attribute.nameRange);
  if (!contains(attribute.valueRange, position)) return null;
  return markdown(valueMarkdown(element, path, attribute, info, type, settings), attribute.valueRange);
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function entry(name: string, info: AttributeInfo): TableEntry {
  const kind = info.type === 'enum' ? Object.keys(info.values ?? {}).join(' | ') : info.type === 'pattern' ? `text (${info.pattern})` : info.type;
  return {
    name,
    type: `${kind}${info.required ? ', required' : ''}`,
    summary: info.summary,
    values: info.values,
    min: info.min,
    max: info.max,
    default: info.default,
    unit: info.unit,
    introduced: info.introduced && `libvirt ${info.introduced}`,
  };
}

function elementMarkdown(path: string, type: string | undefined): string {
  if (path === '') {
    const lines = ['**<interface>** — a guest network interface', '', "The `type` attribute picks the backend; children are an interleave (any order), each at most once except `<ip>`, `<route>` and `<portForward>`."];
    if (type && TABLE.interfaceAttributes.type.values?.[type]) lines.push('', `\`type='${type}'\`: ${TABLE.interfaceAttributes.type.values[type]}`);
    return lines.join('\n');
  }
  if (path === 'source') {
    const attributes = type ? Object.keys(TABLE.types[type]?.sourceAttributes ?? {}) : [];
    return [`**<source>** — ${TABLE.elements.source.summary}`, '', type ? `For \`type='${type}'\`: ${attributes.length ? attributes.map((a) => `\`${a}\``).join(', ') : 'no attributes'}.` : ''].join('\n').trimEnd();
  }
  const info = elementInfo(path);
  if (!info) return `**<${path.split('/').pop()}>** — not an element libvirt allows here.`;
  const lines = [`**<${path.split('/').pop()}>** — ${info.summary}`];
  if (info.introduced) lines.push('', `- Versions: since libvirt ${info.introduced}`);
  if (info.repeatable) lines.push('- May appear more than once.');
  if (info.paper) lines.push('', `**IBM paper:** \`${info.paper.value}\`. ${info.paper.reason}`);
  if (path === 'driver') lines.push('', VHOST_NOTE);
  return lines.join('\n');
}

const VHOST_NOTE =
  "**vhost-net vs virtio-net in QEMU:** with `name='vhost'` the kernel's vhost-net module moves packets between the guest's virtqueues and the tap device; with `name='qemu'` every packet passes through QEMU's userspace virtio-net backend. Without `name`, libvirt opens /dev/vhost-net when it can (KVM guest, virtio model, tap or macvtap backend) and silently falls back to QEMU otherwise; naming `vhost` turns that silent fallback into an error at start.";

function valueMarkdown(element: LvElement, path: string, attribute: LvAttribute, info: AttributeInfo, type: string | undefined, settings: Settings): string {
  const value = attribute.value;
  const lines = [`**${element.name}/@${attribute.name}** = \`${value}\``, ''];
  const meaning = info.values?.[value];
  if (meaning) lines.push(meaning);
  else if (info.type === 'enum') lines.push(`Not one of ${Object.keys(info.values ?? {}).map((v) => `\`${v}\``).join(', ')}.`);
  if (path === 'model' && attribute.name === 'type') {
    const model = modelInfo(value);
    lines.push(model ? `${model.summary}${model.introduced ? ` (libvirt ${model.introduced})` : ''}` : 'Not a model libvirt knows: it is passed to QEMU as a device name, and libvirt treats it as not virtio.');
  }
  if (path === '' && attribute.name === 'type') lines.push(...typeNotes(value, element, settings));
  if (path === 'driver' && attribute.name === 'name' && (value === 'vhost' || value === 'qemu')) lines.push('', VHOST_NOTE, '', `**IBM paper:** ${PAPER.vhost}`);
  if (path === 'source' && attribute.name === 'mode' && type === 'direct') lines.push('', `**IBM paper:** ${PAPER.macvtapMode}`, '', PAPER.macvtapHost);
  if (path === 'source' && attribute.name === 'network' && value === 'default') lines.push('', `**IBM paper:** ${PAPER.nat}`);
  if (path === 'mtu' && attribute.name === 'size') {
    lines.push('', `**IBM paper:** \`8192\`. ${PAPER.mtu}`);
    if (type === 'direct') lines.push('', "For MacVTap libvirt's QEMU driver rejects `<mtu>`: set the host NIC's MTU (the macvtap device cannot exceed it) and the guest's own MTU instead.");
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

function typeNotes(value: string, element: LvElement, settings: Settings): string[] {
  const notes: string[] = [];
  if (value === 'direct') {
    notes.push('', `**MacVTap and the host:** ${PAPER.macvtapHost}`, '', `**IBM paper:** ${PAPER.modes.transactional}`);
    notes.push('', "**MTU:** `<mtu>` is refused here; for the paper's 8192 raise the host NIC's MTU (the macvtap device cannot exceed it) and set the same MTU inside the guest.");
  }
  if (value === 'bridge') notes.push('', `**IBM paper:** ${PAPER.modes['bridge-vs-ovs']} ${PAPER.modes['streaming-multi-host']}`);
  if (value === 'network') notes.push('', `**IBM paper:** ${PAPER.nat}`);
  const advice = recommendedMode(settings);
  const mode = connectionMode({ element, type: value });
  if (advice && mode) {
    const best = advice.best === 'macvtap' ? "MacVTap (`type='direct'`, `mode='bridge'`)" : "Open vSwitch (`type='bridge'` + `<virtualport type='openvswitch'/>`)";
    notes.push('', `**For kvmtune.workload '${settings.workload}'${settings.topology ? ` / kvmtune.topology '${settings.topology}'` : ''}:** the paper recommends ${best}. ${advice.why}`);
  }
  return notes;
}
