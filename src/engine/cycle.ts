/**
 * The S&OP cycle a run belongs to (SPEC "Month over month"): named by its month, the first plan
 * period (the month after the last month with actuals), unless settings name it. Every part of the
 * pack that speaks of "this cycle" (summary header, history snapshot, plan changes, lag accuracy,
 * decision log, JSON `cycle`) takes it from here.
 */
import type { Period, PlanningModel } from "./model";
import type { Settings } from "./settings";
import { shiftPeriod } from "./capacity/shiftPeriod";

export function planCycle(model: PlanningModel, settings: Pick<Settings, "cycle">): Period | null {
  if (settings.cycle) return settings.cycle;
  if (model.planPeriods.length > 0) return model.planPeriods[0];
  const lastActual = model.historyPeriods[model.historyPeriods.length - 1];
  if (lastActual) return shiftPeriod(lastActual, 1);
  return model.periods[0] ?? null;
}
