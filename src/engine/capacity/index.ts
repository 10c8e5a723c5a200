// The capacity check's public API; helper modules (period shifting, plan quantities, scenario
// factors) stay internal so they cannot clash with other engine folders' exports.
export * from "./types";
export * from "./ratedCapacity";
export * from "./utilization";
export * from "./capacityStatus";
export * from "./capacityBillLoad";
export * from "./resourceProfileLoad";
export * from "./overloadLevers";
export * from "./constrainedResources";
export * from "./capacityFindings";
export * from "./capacityKernel";
export * from "./checkCapacity";
export * from "./overloadRuns";
