// What checks a libvirt document: loaded on first use (see ../common/lazily).
import type { LanguageSupport } from '../../service/language';
import { computeCompletions } from './completion';
import { computeHover } from './hover';
import type { LibvirtDoc } from './model';
import { claimsLibvirtRoot, parseLibvirt } from './parser';
import { libvirtRules } from './rules';
import { computeSymbols } from './symbols';

export const libvirtSupport: LanguageSupport<LibvirtDoc> = {
  id: 'libvirt',
  commentStyle: 'xml',
  parse: parseLibvirt,
  rules: libvirtRules,
  hover: computeHover,
  complete: computeCompletions,
  symbols: computeSymbols,
};
