// Writes the files built from the key tables: the JSON schemas (reviewed and used by other tools)
// and the client's list of target kernels (so the client does not bundle the sysctl table).
// Run: npx tsx scripts/generate-schemas.ts (a unit test checks they are current).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLibvirtInterfaceSchema } from '../server/src/languages/libvirt/schema';
import { buildSysctlSchema } from '../server/src/languages/sysctl/schema';
import sysctlKeys from '../server/src/languages/sysctl/keys.json';
import { knownKernels } from '../client/src/target/kernels';

export const GENERATED_FILES: { file: string; build: () => unknown }[] = [
  { file: 'schemas/sysctl.schema.json', build: buildSysctlSchema },
  { file: 'schemas/libvirt-interface.schema.json', build: buildLibvirtInterfaceSchema },
  { file: 'client/src/target/kernel-versions.json', build: () => knownKernels(sysctlKeys) },
];

export function renderSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  for (const { file, build } of GENERATED_FILES) {
    writeFileSync(join(__dirname, '..', file), renderSchema(build()));
    console.log(`wrote ${file}`);
  }
}
