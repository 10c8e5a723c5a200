// Balancing: the cost-optimal plan (SPEC.md "Balancing"). loadHighs is not re-exported here: hosts
// import it directly, so bundles that never balance never pull in the solver.
export * from "./types";
export * from "./solver";
export * from "./costs";
export { LpModel } from "./lpModel";
export { toLpFormat } from "./lpFormat";
export { balancePlan, buildBalanceModel, lpComment, BalanceError, type BalanceInputs } from "./balancePlan";
