import type { LanguageId } from './types';

/** Picks the language of a file from its path, then from its first lines; undefined when nothing fits. */
export function detectLanguage(filePath: string, text: string): LanguageId | undefined {
  const normalized = filePath.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  if (base === 'sysctl.conf' || /\/sysctl(\.conf)?\.d\/[^/]+\.conf$/.test(normalized)) return 'sysctl';
  if (base.startsWith('ifcfg-')) return 'ifcfg';
  if (/\/modprobe\.d\/[^/]+\.conf$/.test(normalized)) return 'modprobe';
  if (base.endsWith('.xml')) return detectXml(text);
  return detectFromContent(text);
}

function detectXml(text: string): LanguageId | undefined {
  const head = text.slice(0, 4096);
  if (/<profile[\s>]/.test(head)) return 'uperf';
  if (/<(domain|interface)[\s>]/.test(head)) return 'libvirt';
  return undefined;
}

const SYSCTL_LINE = /^\s*-?(net|kernel|vm|fs|dev|abi|user|crypto|debug|sunrpc)[./][\w.*?[\]/-]+\s*=/;
const IFCFG_LINE = /^\s*(DEVICE|BOOTPROTO|ONBOOT|TYPE|NAME|IPADDR|NETTYPE|SUBCHANNELS)=/;
const MODPROBE_LINE = /^\s*(options|alias|blacklist|install|remove|softdep)\s+\S/;

function detectFromContent(text: string): LanguageId | undefined {
  const lines = text.split(/\r?\n/, 200).filter((l) => l.trim() !== '' && !/^\s*[#;]/.test(l));
  if (lines.length === 0) return undefined;
  const share = (pattern: RegExp) => lines.filter((l) => pattern.test(l)).length / lines.length;
  if (share(SYSCTL_LINE) >= 0.5) return 'sysctl';
  if (share(IFCFG_LINE) > 0 && lines.every((l) => /^\s*[A-Za-z_][A-Za-z0-9_]*=/.test(l))) return 'ifcfg';
  if (share(MODPROBE_LINE) >= 0.5) return 'modprobe';
  return undefined;
}
