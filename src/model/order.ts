// Deterministic ordering helpers: the graph file must come out byte-identical for the same inputs.

/** Code-point order: unlike `localeCompare`, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct strings in code-point order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Rounds to a fixed number of decimals, so that float noise does not reach the file. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
