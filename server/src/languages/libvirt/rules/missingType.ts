import { insertTextFix } from '../../../formats/fixes';
import { quoteOf } from '../edits';
import { interfaceRule } from './helpers';

export const missingType = interfaceRule({
  id: 'libvirt-missing-type',
  defaultSeverity: 'error',
  summary: "<interface> without type: the schema rejects it, and libvirt's C parser silently makes it type='user' (slow userspace networking).",
  check: ({ element, type }) => {
    if (type !== undefined) return [];
    const quote = quoteOf(element);
    const add = (value: string) => insertTextFix(`Add type='${value}'`, element.nameRange.end, ` type=${quote}${value}${quote}`);
    return [
      {
        range: element.nameRange,
        message:
          "<interface> has no type. libvirt's schema requires one, and without --validate libvirt silently treats it as type='user' (SLIRP userspace networking, no inbound connections). Say which backend you mean: bridge, direct (MacVTap), network, …",
        fixes: [add('bridge'), add('direct'), add('network')],
      },
    ];
  },
});
