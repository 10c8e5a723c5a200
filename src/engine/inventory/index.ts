export * from "./safetyStock";
export * from "./fillRate";
export * from "./forecastErrorSigma";
export * from "./serviceLevel";
export * from "./givenTargets";
export * from "./stockValue";
export * from "./inventoryPolicy";
export * from "./policyTargets";
