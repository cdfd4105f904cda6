// One string order for everything pitrace sorts.

/** Code-unit order: the same on every machine and locale (unlike localeCompare), and much cheaper. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
