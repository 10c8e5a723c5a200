/** The factor a scenario option gives one resource or family: a single number for all, or a record
 * with one per name (missing names, and anything not a finite number, = 1, i.e. unchanged). */
export function scenarioFactor(option: number | Record<string, number> | undefined, name: string): number {
  const f = typeof option === "number" ? option : option?.[name];
  return typeof f === "number" && Number.isFinite(f) ? f : 1;
}
