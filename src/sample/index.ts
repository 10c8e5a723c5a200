export * from "./sampleSheet";
export * from "./sampleWorkbook";
export * from "./inputTemplate";
export * from "./samplePlan";
export * from "./catalogue";
export * from "./periods";
export * from "./previousCycle";
