import type { Fix } from '../../../service/types';
import { insertTextFix } from '../../../formats/fixes';
import { quoteOf } from '../edits';
import { editsAddNoError } from '../../../service/fixSafety';
import { parseLibvirt } from '../parser';
import { interfaceRule } from './helpers';
import { libvirtRules } from './index';

export const missingType = interfaceRule({
  id: 'libvirt-missing-type',
  defaultSeverity: 'error',
  repairsSchema: true,
  summary: "<interface> without type: the schema rejects it, and libvirt's C parser silently makes it type='user' (slow userspace networking).",
  check: ({ element, type }, { doc, parsed, settings }) => {
    if (type !== undefined) return [];
    const quote = quoteOf(element);
    const attribute = (value: string) => ` type=${quote}${value}${quote}`;
    // A type decides which <source> attributes and children are right: offer only the types the
    // element's contents already fit (a <source dev=…> is not a bridge).
    const add = (value: string) => insertTextFix(`Add type='${value}'`, element.nameRange.end, attribute(value));
    const fits = (fix: Fix) => editsAddNoError(libvirtRules, missingType.id, parseLibvirt, doc, parsed, settings, fix.edits);
    return [
      {
        range: element.nameRange,
        message:
          "<interface> has no type. libvirt's schema requires one, and without --validate libvirt silently treats it as type='user' (SLIRP userspace networking, no inbound connections). Say which backend you mean: bridge, direct (MacVTap), network, …",
        fixes: ['bridge', 'direct', 'network'].map(add).filter(fits),
      },
    ];
  },
});
