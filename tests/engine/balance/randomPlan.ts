// The larger plan for the balancing checks is the benchmark's synthetic plan (src/bench/balanceModel.ts).
export { balanceBenchModel as randomPlan } from "../../../src/bench/balanceModel";
