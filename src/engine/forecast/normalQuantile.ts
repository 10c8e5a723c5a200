/**
 * z for a central interval at `level` (0.8 -> 1.2816). A placeholder until a kept library's
 * normal quantile is wired in; keep every caller going through here.
 */
export function centralZ(level: number): number {
  // Acklam's rational approximation is what the library replaces; a table of the two levels the
  // pack uses keeps the stub exact for them.
  if (Math.abs(level - 0.8) < 1e-12) return 1.2815515655446004;
  if (Math.abs(level - 0.95) < 1e-12) return 1.959963984540054;
  throw new Error(`centralZ(${level}): wire in the library quantile`);
}
