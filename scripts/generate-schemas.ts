// Writes the JSON schemas that are built from the key tables, so the checked-in files can be
// reviewed and used by other tools. Run: npx tsx scripts/generate-schemas.ts (a unit test checks they are current).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLibvirtInterfaceSchema } from '../server/src/languages/libvirt/schema';
import { buildSysctlSchema } from '../server/src/languages/sysctl/schema';

export const GENERATED_SCHEMAS: { file: string; build: () => unknown }[] = [
  { file: 'schemas/sysctl.schema.json', build: buildSysctlSchema },
  { file: 'schemas/libvirt-interface.schema.json', build: buildLibvirtInterfaceSchema },
];

export function renderSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  for (const { file, build } of GENERATED_SCHEMAS) {
    writeFileSync(join(__dirname, '..', file), renderSchema(build()));
    console.log(`wrote ${file}`);
  }
}
