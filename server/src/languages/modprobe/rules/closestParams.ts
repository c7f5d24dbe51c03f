import { editDistance } from '../../../formats/editDistance';
import { normaliseModuleName, type KernelModule } from '../moduleParams';

const NONE: readonly string[] = [];
const BUDGET = 2;

/** The module's parameters within edit distance 2 of `name`, nearest first (table order among equals). */
export function closestParams(module: KernelModule, name: string): readonly string[] {
  const wanted = normaliseModuleName(name);
  let near: { name: string; distance: number }[] | undefined;
  for (const p of module.params) {
    // editDistance gives up on such a pair at once; the check only saves the call.
    if (Math.abs(p.name.length - wanted.length) > BUDGET) continue;
    const distance = editDistance(wanted, p.name, BUDGET);
    if (distance <= BUDGET) (near ??= []).push({ name: p.name, distance });
  }
  if (!near) return NONE;
  return near.sort((a, b) => a.distance - b.distance).map((s) => s.name);
}
