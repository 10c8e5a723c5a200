/**
 * Rough-cut capacity planning (RCCP) of the S&OP supply review.
 *
 * Vollmann, Berry, Whybark & Jacobs, "Manufacturing Planning and Control for Supply Chain
 * Management", capacity planning chapter: of the rough-cut techniques (capacity planning using
 * overall factors, capacity bills, resource profiles) this is the resource profile — each family's
 * production is multiplied by its hours per unit on each resource (the capacity bill, here the Bill of
 * Resources) and time-phased by the offset, then compared with the rated capacity
 * (available hours x utilization x efficiency, APICS). Overloads get their levers.
 *
 * The figures come from the capacity kernel (capacityKernel.ts, the one implementation the scenarios
 * run too); this is the view of one run the Capacity Check sheet, the summary and balancing read.
 */
import type { Finding, PlanningModel } from "../model";
import type { Settings } from "../settings";
import { capacityFindings } from "./capacityFindings";
import { capacityKernel, runCapacityKernel, type CapacityKernel, type CapacityOutcome } from "./capacityKernel";
import { capacityStatus } from "./capacityStatus";
import { resourceSummary } from "./constrainedResources";
import { overloadLevers } from "./overloadLevers";
import type { CapacityCell, CapacityCheck, CapacityOptions } from "./types";
import { capacityUtilization } from "./utilization";

/** A pure function of (model, settings, options), so scenarios and balancing re-run it with other factors. */
export function checkCapacity(model: PlanningModel, settings: Settings, options: CapacityOptions = {}): CapacityCheck {
  const kernel = capacityKernel(model);
  return capacityView(model, kernel, runCapacityKernel(kernel, options, settings.warningThreshold, true));
}

/** The CapacityCheck of a detailed kernel run (runCapacityKernel with detail). */
export function capacityView(model: PlanningModel, k: CapacityKernel, run: CapacityOutcome): CapacityCheck {
  const { periods, warningThreshold: threshold } = run;
  const P = periods.length;
  const demandPlanColumn = model.demand.demandPlanColumn;
  const cellsByResource = run.resources.map((resource, i) =>
    periods.map((period, t): CapacityCell => {
      const c = i * P + t;
      const kc = run.kernelResource[i] * P + t;
      const [load, rated, utilization] = [run.load[c], run.ratedCapacity[c], run.utilization[c]];
      const requiredLoad = run.requiredLoad?.[c] ?? 0;
      const requiredUtilization = capacityUtilization(requiredLoad, rated);
      const overtimeCost = k.overtimeCost[kc];
      const byFamily = run.loadByFamily?.[c];
      return {
        resource,
        period,
        availableHours: run.availableHours[c],
        utilizationFactor: k.utilizationFactor[kc],
        efficiency: k.efficiency[kc],
        ratedCapacity: rated,
        load,
        pastDueLoad: run.pastDueLoad[c],
        utilization,
        status: capacityStatus(utilization, threshold),
        overloadHours: Math.max(0, load - rated),
        maxOvertimeHours: k.maxOvertimeHours[kc],
        overtimeCost: Number.isNaN(overtimeCost) ? null : overtimeCost,
        requiredLoad,
        requiredUtilization,
        requiredStatus: capacityStatus(requiredUtilization, threshold),
        loadByFamily: byFamily ? hoursByFamily(byFamily) : {},
      };
    }),
  );

  const findings: Finding[] = capacityFindings(model, periods);
  if (P === 0) {
    findings.push({
      sheet: model.demand.sheet,
      cell: "",
      severity: "warning",
      message:
        "No plan periods (periods after the last actual with a demand plan or supply), so the capacity check has nothing to load.",
    });
  }
  const hasSupply = k.planSource === "supply";
  return {
    planSource: k.planSource,
    planSourceNote: hasSupply
      ? `Load from the ${model.sheets.supply ?? "Supply"} sheet's Planned Production; required load from the demand plan (${demandPlanColumn}).`
      : `No Supply sheet: load from the demand plan (${demandPlanColumn}) instead of a production plan.`,
    demandPlanColumn,
    warningThreshold: threshold,
    periods: [...periods],
    resources: run.resources,
    cells: cellsByResource.flat(),
    overloads: cellsByResource.flatMap(overloadLevers),
    constrained: run.resources.map((resource, i) => resourceSummary(resource, cellsByResource[i])),
    findings,
  };
}

/** A cell's load by family as a plain record. A forEach into an object literal: Object.fromEntries
 * is about twice as slow on the tens of thousands of family entries of a large plan. */
function hoursByFamily(byFamily: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  byFamily.forEach((hours, family) => {
    // A family named "__proto__" would set the prototype instead of a key; define it as fromEntries does.
    if (family === "__proto__")
      Object.defineProperty(out, family, { value: hours, enumerable: true, writable: true, configurable: true });
    else out[family] = hours;
  });
  return out;
}
