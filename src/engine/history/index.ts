/** The S&OP cycle as a closed loop: history, plan changes, accuracy at lag, decisions. */
export * from "./types";
export * from "./layout";
export * from "./dueDate";
export * from "./dueFromText";
export * from "./readPreviousPack";
export * from "./snapshot";
export * from "./planChanges";
export * from "./lagAccuracy";
export * from "./closeTheLoop";
