import type { Finding, Rule, RuleContext, SeverityName } from '../../../service/types';
import { attribute, attributeValue, child, type LibvirtDoc, type LvElement, type LvInterface } from '../model';
import { checkInterfaceSchema } from '../schemaCheck';
import { isVirtioModel } from '../table';

export type LibvirtRule = Rule<LibvirtDoc>;

export interface InterfaceRuleSpec {
  id: string;
  defaultSeverity: SeverityName;
  summary: string;
  fromPaper?: boolean;
  /** Checks of the QEMU driver: skipped for `<domain type='xen'>`, `lxc`, `vmware` … */
  qemuOnly?: boolean;
  /** Its fixes repair the schema or syntax problems themselves (and check that they add none). */
  repairsSchema?: boolean;
  check(iface: LvInterface, ctx: RuleContext<LibvirtDoc>): Omit<Finding, 'ruleId'>[];
}

/** A rule that looks at every guest interface of the document, one at a time. */
export function interfaceRule(spec: InterfaceRuleSpec): LibvirtRule {
  return {
    id: spec.id,
    defaultSeverity: spec.defaultSeverity,
    summary: spec.summary,
    fromPaper: spec.fromPaper,
    check: (ctx) => {
      const findings: Finding[] = [];
      if (spec.qemuOnly && !isQemuGuest(ctx.parsed)) return findings;
      for (const iface of ctx.parsed.interfaces) {
        const found = spec.check(iface, ctx);
        // Most interfaces give a rule nothing to say: the schema verdict is asked only for findings.
        if (found.length === 0) continue;
        const keepFixes = ctx.parsed.syntaxErrors.length === 0 && (spec.repairsSchema || schemaClean(iface.element));
        for (const finding of found) findings.push({ ruleId: spec.id, ...finding, fixes: keepFixes ? finding.fixes : undefined });
      }
      return findings;
    },
  };
}

const cleanElements = new WeakMap<LvElement, boolean>();

/**
 * Fixes edit the element tree, and on XML that is not well-formed, or that the schema rejects, that
 * tree is the parser's guess (an unclosed tag or a '<' in a value swallows the siblings): an inserted
 * child can land inside another element. libvirt rejects such an interface anyway, so the syntax
 * and schema errors come first (schema fixes check themselves, on well-formed XML) and the other fixes wait for them.
 */
function schemaClean(element: LvElement): boolean {
  let clean = cleanElements.get(element);
  if (clean === undefined) cleanElements.set(element, (clean = checkInterfaceSchema(element).length === 0));
  return clean;
}

/** A bare fragment is judged as a KVM guest, the case `virsh attach-device` on a KVM host sees. */
export function isQemuGuest(doc: LibvirtDoc): boolean {
  return doc.domainType === undefined || doc.domainType === 'kvm' || doc.domainType === 'qemu';
}

export function isKvmGuest(doc: LibvirtDoc): boolean {
  return doc.domainType === undefined || doc.domainType === 'kvm';
}

export function modelOf(iface: LvInterface): string | undefined {
  return attributeValue(child(iface.element, 'model'), 'type');
}

/** The architecture the domain says, else the `kvmtune.platform` setting; '' when unknown. */
export function archOf(doc: LibvirtDoc, platform: string): string {
  return doc.arch ?? platform;
}

/**
 * Whether the NIC ends up virtio: an explicit virtio model, or no model where QEMU's default is
 * virtio (s390x, ARM/RISC-V/LoongArch virt machines; vdpa). 'unknown' when the model is missing and
 * the architecture is not known.
 */
export function virtioState(iface: LvInterface, doc: LibvirtDoc, platform: string): 'yes' | 'no' | 'unknown' {
  const model = modelOf(iface);
  if (model !== undefined) return isVirtioModel(model) ? 'yes' : 'no';
  if (iface.type === 'vdpa') return 'yes';
  const arch = archOf(doc, platform);
  if (arch === '') return 'unknown';
  return /^(s390x?|aarch64|arm.*|riscv64|loongarch64)$/.test(arch) ? 'yes' : 'no';
}

/** Where a finding about the interface as a whole goes: its `type` value, else its name. */
export function interfaceAnchor(element: LvElement) {
  return attribute(element, 'type')?.valueRange ?? element.nameRange;
}

export function typeLabel(iface: LvInterface): string {
  return iface.type === undefined ? '<interface>' : `type='${iface.type}'`;
}

export function listOf(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function hasPasstBackend(element: LvElement): boolean {
  return attributeValue(child(element, 'backend'), 'type') === 'passt';
}
