/**
 * What the balanced plan (SPEC.md "Balancing") does about one overload or shortage, in a sentence for
 * the exception's options on the summary and the agenda: the levers it uses there, and what the whole
 * balanced plan costs against the plan as given (so the meeting sees the cheapest way out).
 */
import type { Analysis } from "../engine/analyze";
import type { Balance } from "../engine/balance";
import { shiftPeriod } from "../engine/capacity/shiftPeriod";
import { money } from "./moneyText";

const n = (x: number): string => Math.round(x).toLocaleString("en-US");

/** "whole plan $664,933 against $843,763 as given (saves $178,830)". */
function wholePlan(balance: Balance): string {
  const saving = balance.planCost - balance.objective;
  const uncovered = balance.totals.uncoveredHours > 0.5 ? `, which leaves ${n(balance.totals.uncoveredHours)} h uncovered` : "";
  return `whole plan ${money(balance.objective)} against ${money(balance.planCost)} as given${uncovered} (${saving >= 0 ? `saves ${money(saving)}` : `costs ${money(-saving)} more`})`;
}

/** " Balanced Plan: …" for an overload of `resource` in `months`; "" when the run did not balance. */
export function balanceOptionForOverload(analysis: Analysis, resource: string, months: readonly string[]): string {
  const balance = analysis.balance;
  if (!balance) return "";
  const inWindow = new Set(months);
  const overtime = balance.resources.filter((r) => r.resource === resource && inWindow.has(r.period));
  const hours = overtime.reduce((s, r) => s + r.overtimeHours, 0);
  const cost = overtime.reduce((s, r) => s + r.overtimeHours * (r.overtimeCost ?? 0), 0);
  const families = new Set((analysis.model.billOfResources ?? []).filter((b) => b.resource === resource).map((b) => b.family));
  const first = months[0] ?? "";
  let subcontract = 0;
  let prebuilt = 0;
  for (const l of balance.lines) {
    if (!families.has(l.family)) continue;
    if (inWindow.has(l.period)) subcontract += l.subcontract;
    // Stock above target at the end of the month before the overload: built ahead for it.
    if (l.period < first && l.period >= shiftPeriod(first, -1)) prebuilt += Math.max(0, l.inventory - (l.targetInventory ?? 0));
  }
  const levers = [
    hours > 0.5 ? `${n(hours)} h overtime (${money(cost)})` : "",
    prebuilt > 0.5 ? `${n(prebuilt)} units pre-built` : "",
    subcontract > 0.5 ? `${n(subcontract)} units subcontracted` : "",
  ].filter(Boolean);
  return ` Balanced Plan: ${levers.length > 0 ? levers.join(", ") : "no extra lever here"}; ${wholePlan(balance)}.`;
}

/** " Balanced Plan: …" for a shortage of `family`; "" when the run did not balance. */
export function balanceOptionForShortage(analysis: Analysis, family: string): string {
  const balance = analysis.balance;
  if (!balance) return "";
  const lines = balance.lines.filter((l) => l.family === family);
  const backorders = lines.reduce((s, l) => s + l.backorders, 0);
  const planned = lines.reduce((s, l) => s + Math.max(0, -l.plannedInventory), 0);
  const subcontract = lines.reduce((s, l) => s + l.subcontract, 0);
  return (
    ` Balanced Plan: ${n(backorders)} unit-months of backorders (as given ${n(planned)})` +
    `${subcontract > 0.5 ? `, ${n(subcontract)} units subcontracted` : ""}; ${wholePlan(balance)}.`
  );
}
