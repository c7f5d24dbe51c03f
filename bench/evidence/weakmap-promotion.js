// Why per-parse caches are kept on the parse (server/src/service/perObjectCache.ts), not in a WeakMap.
// Each round builds a small "parse" (200 line objects) and a value derived from it, as a rule's
// cache does, then drops both. Run each way and compare what the minor collections promote:
//   node --max-semi-space-size=4 --trace-gc-nvp bench/evidence/weakmap-promotion.js weakmap | grep 'gc=s ' | grep -o 'promoted=[0-9]*' | tail -6
//   node --max-semi-space-size=4 --trace-gc-nvp bench/evidence/weakmap-promotion.js field   | grep 'gc=s ' | grep -o 'promoted=[0-9]*' | tail -6
// Node 20 (V8 11.3) here: with `weakmap` every other minor collection promotes 0.6-1.9 MB, with
// `field` or `none` nothing is promoted: the collector kept each entry's value after its key had died.
const mode = process.argv[2] ?? 'none';
const cache = new WeakMap();
let total = 0;
function round() {
  const parse = { lines: [] };
  for (let i = 0; i < 200; i += 1) parse.lines.push({ line: i, text: `key${i}` });
  const derived = parse.lines.map((line) => ({ line }));
  if (mode === 'weakmap') cache.set(parse, derived);
  if (mode === 'field') parse.derived = derived;
  total += derived.length;
}
for (let i = 0; i < 20_000; i += 1) round();
console.log(`${mode}: ${total} lines`);
