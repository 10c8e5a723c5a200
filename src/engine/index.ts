export * from "./grid";
export * from "./a1";
export * from "./model";
export * from "./settings";
export * from "./errors";
export * from "./analyze";
export * from "./demand";
