// `npm run fuzz` (a few hundred inputs per target) or `npm run fuzz -- --long` (100,000 per target);
// `--minutes=N` stops each generated target after N minutes, `--runs=N` and `--seed=N` as named,
// `--only=sysctl,tuned` runs just those languages' targets. Exit 1 when a property fails; the failing input is saved under
// test/fixtures/fuzz/ as a regression case.
import { runFuzz } from '../test/fuzz/fuzz';

const long = process.argv.includes('--long');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const seedArg = process.argv.find((a) => a.startsWith('--seed='));
const minutesArg = process.argv.find((a) => a.startsWith('--minutes='));
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const runs = runsArg ? Number(runsArg.slice(7)) : long ? 100_000 : 300;
const started = Date.now();
void runFuzz({ runs, seed: seedArg ? Number(seedArg.slice(7)) : undefined, heavy: true, record: true, minutesPerTarget: minutesArg ? Number(minutesArg.slice(10)) : undefined, only: onlyArg ? onlyArg.slice(7).split(',') : undefined, log: (line) => console.log(line) }).then((results) => {
  const failed = results.filter((r) => r.failure);
  const total = results.reduce((n, r) => n + r.inputs, 0);
  console.log(`fuzz: ${results.length} targets, ${total.toLocaleString('en')} inputs, ${failed.length} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(failed.length > 0 ? 1 : 0);
});
