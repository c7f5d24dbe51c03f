import { languageById } from '../server/src/languages/registry';
import { growthRows } from './growth.bench';
for (const r of growthRows(languageById('sysctl')!)) console.log(r.measurement, '|', r.value, r.ok);
