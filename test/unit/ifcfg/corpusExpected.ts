import { join } from 'node:path';

export const CORPUS = join(__dirname, '..', '..', 'fixtures', 'ifcfg', 'corpus');

/** Every finding on the real-world files with default settings, as `file line:start-end severity rule`; explained in EXPECTED.md. */
export const EXPECTED = [
  'NetworkManager__NetworkManager__ifcfg-test-wired-dhcp 7:0-8 warning ifcfg-duplicate-key',
  'NetworkManager__NetworkManager__ifcfg-test-wired-qeth-static 1:0-6 warning ifcfg-paper-mtu',
  'NetworkManager__NetworkManager__ifcfg-test-wired-qeth-static 9:0-8 info ifcfg-qeth-option',
  'NetworkManager__NetworkManager__ifcfg-test-wired-qeth-static 10:8-27 warning ifcfg-paper-buffer-count',
  'NetworkManager__NetworkManager__ifcfg-test-wired-qeth-static 10:8-27 warning ifcfg-paper-checksumming',
];
