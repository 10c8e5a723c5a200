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
 * A pure function of (model, settings, options), so scenarios re-run it with other factors.
 */
import type { Finding, PlanningModel } from "../model";
import type { Settings } from "../settings";
import { capacityFindings } from "./capacityFindings";
import { capacityStatus } from "./capacityStatus";
import { constrainedResources } from "./constrainedResources";
import { overloadLevers } from "./overloadLevers";
import { demandPlanQuantities, supplyPlanQuantities } from "./productionPlan";
import { ratedCapacity } from "./ratedCapacity";
import { resourceProfileLoad, type ResourceLoad } from "./resourceProfileLoad";
import { scenarioFactor } from "./scenarioFactor";
import type { CapacityCell, CapacityCheck, CapacityOptions, CapacityOverload } from "./types";
import { capacityUtilization } from "./utilization";

export function checkCapacity(model: PlanningModel, settings: Settings, options: CapacityOptions = {}): CapacityCheck {
  const periods = [...model.planPeriods];
  const threshold = settings.warningThreshold;
  const demandPlanColumn = model.demand.demandPlanColumn;
  const bill = model.billOfResources ?? [];

  const hasSupply = model.supply !== null && model.supply.length > 0;
  const productionFactor = options.productionFactor ?? options.demandFactor;
  const required = demandPlanQuantities(model, options.demandFactor);
  const planned = hasSupply ? supplyPlanQuantities(model, productionFactor) : demandPlanQuantities(model, productionFactor);
  const planLoad = resourceProfileLoad(planned, bill, periods);
  // Only the plan's load is broken down by family (the overload levers name the largest family).
  const requiredLoad = resourceProfileLoad(required, bill, periods, false);

  // Resources: the Capacity sheet's in its order, then any only the bill names (they get 0 hours).
  const resources: string[] = [];
  for (const row of model.capacity ?? []) if (!resources.includes(row.resource)) resources.push(row.resource);
  for (const row of bill) if (!resources.includes(row.resource)) resources.push(row.resource);

  // A duplicated resource x period keeps its first row (the reader reports duplicates).
  const capacityRow = new Map<string, NonNullable<PlanningModel["capacity"]>[number]>();
  for (const row of model.capacity ?? []) {
    const key = `${row.resource}\u0000${row.period}`;
    if (!capacityRow.has(key)) capacityRow.set(key, row);
  }

  const cellsByResource = new Map<string, CapacityCell[]>();
  for (const resource of resources) {
    const capacityFactor = scenarioFactor(options.capacityFactor, resource);
    const cells = periods.map((period, t): CapacityCell => {
      const row = capacityRow.get(`${resource}\u0000${period}`);
      const availableHours = finiteOr(row?.availableHours, 0) * capacityFactor;
      const utilizationFactor = finiteOr(row?.utilization, 1);
      const efficiency = finiteOr(row?.efficiency, 1);
      const rated = ratedCapacity(availableHours, utilizationFactor, efficiency);
      const load = loadAt(planLoad.get(resource), period);
      const utilization = capacityUtilization(load, rated);
      const reqLoad = loadAt(requiredLoad.get(resource), period);
      const reqUtilization = capacityUtilization(reqLoad, rated);
      const byFamily = planLoad.get(resource)?.byFamily.get(period);
      return {
        resource,
        period,
        availableHours,
        utilizationFactor,
        efficiency,
        ratedCapacity: rated,
        load,
        pastDueLoad: t === 0 ? (planLoad.get(resource)?.pastDue ?? 0) : 0,
        utilization,
        status: capacityStatus(utilization, threshold),
        overloadHours: Math.max(0, load - rated),
        maxOvertimeHours: Math.max(0, finiteOr(row?.maxOvertimeHours, 0)),
        overtimeCost: typeof row?.overtimeCost === "number" && Number.isFinite(row.overtimeCost) ? row.overtimeCost : null,
        requiredLoad: reqLoad,
        requiredUtilization: reqUtilization,
        requiredStatus: capacityStatus(reqUtilization, threshold),
        loadByFamily: byFamily ? hoursByFamily(byFamily) : {},
      };
    });
    cellsByResource.set(resource, cells);
  }

  const constrained = constrainedResources(cellsByResource);
  const order = constrained.map((s) => s.resource);
  const cells = order.flatMap((r) => cellsByResource.get(r) ?? []);
  const overloads: CapacityOverload[] = order.flatMap((r) => overloadLevers(cellsByResource.get(r) ?? []));

  const findings: Finding[] = capacityFindings(model, periods);
  if (periods.length === 0) {
    findings.push({
      sheet: model.demand.sheet,
      cell: "",
      severity: "warning",
      message:
        "No plan periods (periods after the last actual with a demand plan or supply), so the capacity check has nothing to load.",
    });
  }

  return {
    planSource: hasSupply ? "supply" : "demandPlan",
    planSourceNote: hasSupply
      ? `Load from the ${model.sheets.supply ?? "Supply"} sheet's Planned Production; required load from the demand plan (${demandPlanColumn}).`
      : `No Supply sheet: load from the demand plan (${demandPlanColumn}) instead of a production plan.`,
    demandPlanColumn,
    warningThreshold: threshold,
    periods,
    resources: order,
    cells,
    overloads,
    constrained,
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

function loadAt(r: ResourceLoad | undefined, period: string): number {
  return r?.load.get(period) ?? 0;
}

function finiteOr(v: number | null | undefined, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}
