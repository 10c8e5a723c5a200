export * from "./readXlsx";
export * from "./writePackXlsx";
