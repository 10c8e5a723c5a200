/**
 * Sends a large result from the pack worker in parts of about `budget` bytes (as JSON), and puts it back
 * together on the pane's side. Receiving a message unpacks it in one task of the pane's UI thread; at
 * 2,000 families the pack, its JSON summary and the ranked exceptions are each megabytes, which as
 * single messages were tasks of up to a second. The parts are cut in the worker, where sizing them
 * costs the pane nothing: an object is sent key by key, an array in runs of items, recursing into any
 * key or item that is itself over the budget. Sizes are estimated once per node (about JSON's
 * length: exact for text, booleans and null, 8 characters a number, 24 a date), not by stringifying
 * each level again: the pack at 2,000 families is tens of megabytes and a few levels deep.
 */

/** Where a part goes: keys and array indexes from the root. */
export type PartPath = (string | number)[];

export type Part =
  /** Put `value` at `path` (an empty object or array when its contents follow in later parts). */
  | { path: PartPath; value: unknown }
  /** Append `items` to the array at `path`. */
  | { path: PartPath; items: unknown[] };

export const PART_BYTES = 100_000;

type Sizes = WeakMap<object, number>;

/** About the length of `value` as JSON, remembering the size of every object and array on the way. */
function sizeOf(value: unknown, sizes: Sizes): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return value.length + 2;
  if (typeof value === "number") return 8;
  if (typeof value === "boolean") return 5;
  if (typeof value !== "object") return 8;
  if (value instanceof Date) return 24;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 2;
  if (Array.isArray(value)) for (const item of value) size += sizeOf(item, sizes) + 1;
  else for (const [key, v] of Object.entries(value)) size += key.length + 4 + sizeOf(v, sizes);
  sizes.set(value, size);
  return size;
}

export function splitParts(value: unknown, budget = PART_BYTES): Generator<Part> {
  const sizes: Sizes = new WeakMap();
  return partsOf(value, budget, [], sizes);
}

function* partsOf(value: unknown, budget: number, path: PartPath, sizes: Sizes): Generator<Part> {
  const size = sizeOf(value, sizes);
  if (size <= budget || value === null || typeof value !== "object" || value instanceof Date) {
    yield { path, value };
    return;
  }
  if (Array.isArray(value)) {
    yield { path, value: [] };
    // A run's JSON is its items, a comma after each but the last, and the brackets.
    let run: unknown[] = [];
    let runSize = 1;
    const flush = function* (): Generator<Part> {
      if (run.length > 0) yield { path, items: run };
      run = [];
      runSize = 1;
    };
    for (let i = 0; i < value.length; i++) {
      const itemSize = sizeOf(value[i], sizes);
      if (itemSize > budget) {
        yield* flush();
        // The item's place first (so the index is right), then its contents.
        yield { path, items: [Array.isArray(value[i]) ? [] : {}] };
        yield* partsOf(value[i], budget, [...path, i], sizes);
        continue;
      }
      if (runSize + itemSize + 1 > budget) yield* flush();
      run.push(value[i]);
      runSize += itemSize + 1;
    }
    yield* flush();
    return;
  }
  yield { path, value: {} };
  for (const [key, v] of Object.entries(value)) yield* partsOf(v, budget, [...path, key], sizes);
}

/** Puts parts back together in the order they were cut; `root` is the whole once every part is in. */
export class PartsAssembler {
  root: unknown = undefined;

  add(part: Part): void {
    if ("items" in part) {
      const list = this.at(part.path) as unknown[];
      for (const item of part.items) list.push(item);
    } else if (part.path.length === 0) {
      this.root = part.value;
    } else {
      const parent = this.at(part.path.slice(0, -1)) as Record<string | number, unknown>;
      parent[part.path[part.path.length - 1]] = part.value;
    }
  }

  private at(path: PartPath): unknown {
    let node = this.root as Record<string | number, unknown>;
    for (const key of path) node = node[key] as Record<string | number, unknown>;
    return node;
  }
}
