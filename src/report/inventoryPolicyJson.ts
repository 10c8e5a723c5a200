/**
 * The JSON summary's inventory policy (SPEC "Command line", schema version 3): `inventoryPolicy`, one
 * entry per Demand family, with the unrounded safety stock (the sheet shows it rounded up) and every
 * figure that cannot be computed as null. `kpis.workingCapitalChange` is the policy's total.
 */
import type { Analysis } from "../engine/analyze";

export interface InventoryPolicyJson {
  family: string;
  abc: "A" | "B" | "C" | null;
  serviceLevel: number;
  z: number;
  leadTime: number;
  sigma: number | null;
  /** "demandPlan" (the demand plan column's own lag-1 errors) or "baseline" (its backtest); null without σ. */
  sigmaSource: "demandPlan" | "baseline" | null;
  meanDemand: number | null;
  safetyStock: number | null;
  givenTarget: number | null;
  difference: number | null;
  workingCapitalChange: number | null;
  cover: number | null;
  fillRateRecommended: number | null;
  fillRateGiven: number | null;
}

export function inventoryPolicyJson({ inventoryPolicy }: Analysis): InventoryPolicyJson[] {
  return (inventoryPolicy?.families ?? []).map((f) => ({
    family: f.family,
    abc: f.abc,
    serviceLevel: f.serviceLevel,
    z: f.z,
    leadTime: f.leadTime,
    sigma: f.sigma,
    sigmaSource: f.sigmaSource,
    meanDemand: f.meanDemand,
    safetyStock: f.safetyStock,
    givenTarget: f.givenTarget,
    difference: f.difference,
    workingCapitalChange: f.workingCapitalChange,
    cover: f.cover,
    fillRateRecommended: f.fillRateRecommended,
    fillRateGiven: f.fillRateGiven,
  }));
}
