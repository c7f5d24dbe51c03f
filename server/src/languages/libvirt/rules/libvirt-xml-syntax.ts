import type { LibvirtRule } from './helpers';

export const xmlSyntax: LibvirtRule = {
  id: 'libvirt-xml-syntax',
  defaultSeverity: 'error',
  summary: 'The file is not well-formed XML: virsh define and attach-device refuse it before looking at any interface.',
  check: ({ parsed }) =>
    parsed.kind === 'none'
      ? []
      : parsed.syntaxErrors.map((error) => ({
          ruleId: 'libvirt-xml-syntax',
          range: error.range,
          message: `Not well-formed XML: ${error.message} libvirt rejects the whole file.`,
        })),
};
