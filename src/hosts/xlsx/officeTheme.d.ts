/** ExcelJS's copy of the Office theme part (a CommonJS module exporting the XML as a string). */
declare module "exceljs/lib/xlsx/xml/theme1.js" {
  const xml: string;
  export = xml;
}
