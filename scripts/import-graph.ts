// Prints every import in src/ that runs up the floor order (scripts/lib/import-graph.ts, explained
// in docs/design.md), grouped by the pair of floors, and their count. Exit code 0 either way: the
// enforcement is tests/unit/import-direction.test.ts.
//   node scripts/import-graph.ts          the upward imports
//   node scripts/import-graph.ts --all    also the count of imports between every pair of floors
import { fileURLToPath } from 'node:url';
import { floorIndex, floors, importsIn, upwardImports } from './lib/import-graph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const imports = importsIn(root);
const upward = upwardImports(imports);

console.log(`Floors, lowest first: ${floors.map((f) => f.name).join(' → ')}\n`);
const byPair = Map.groupBy(upward, (i) => `${i.fromFloor} → ${i.toFloor}`);
const pairs = [...byPair].sort(([, [a]], [, [b]]) => floorIndex(a!.fromFloor) - floorIndex(b!.fromFloor) || floorIndex(a!.toFloor) - floorIndex(b!.toFloor));
for (const [pair, list] of pairs) {
  console.log(`${pair} (${list.length})`);
  for (const i of list) console.log(`  ${i.from} → ${i.to}${i.typeOnly ? '  (type only)' : ''}`);
}
const typeOnly = upward.filter((i) => i.typeOnly).length;
console.log(`\n${upward.length} upward imports (${typeOnly} of them type-only) of ${imports.length} imports between files of src/, in ${new Set(upward.map((i) => i.from)).size} files.`);

if (process.argv.includes('--all')) {
  console.log('\nAll imports by floor (from → to: count):');
  const all = Map.groupBy(imports, (i) => `${i.fromFloor} → ${i.toFloor}`);
  for (const [pair, list] of [...all].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${pair}: ${list.length}`);
}
