/**
 * Relationship parts (.rels) and the relationship and content types of the parts the pack is made of
 * (ECMA-376 Part 2, Open Packaging Conventions).
 */
import { xmlAttribute } from "./xmlText";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_OFFICE_DOCUMENT = `${R}/officeDocument`;
export const REL_CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
export const REL_EXTENDED_PROPERTIES = `${R}/extended-properties`;
export const REL_WORKSHEET = `${R}/worksheet`;
export const REL_STYLES = `${R}/styles`;
export const REL_SHARED_STRINGS = `${R}/sharedStrings`;
export const REL_THEME = `${R}/theme`;
export const REL_TABLE = `${R}/table`;
export const REL_DRAWING = `${R}/drawing`;
export const REL_CHART = `${R}/chart`;

const CT = "application/vnd.openxmlformats-officedocument";
export const CT_WORKBOOK = `${CT}.spreadsheetml.sheet.main+xml`;
export const CT_WORKSHEET = `${CT}.spreadsheetml.worksheet+xml`;
export const CT_STYLES = `${CT}.spreadsheetml.styles+xml`;
export const CT_SHARED_STRINGS = `${CT}.spreadsheetml.sharedStrings+xml`;
export const CT_THEME = `${CT}.theme+xml`;
export const CT_TABLE = `${CT}.spreadsheetml.table+xml`;
export const CT_DRAWING = `${CT}.drawing+xml`;
export const CT_CHART = `${CT}.drawingml.chart+xml`;
export const CT_CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";
export const CT_EXTENDED_PROPERTIES = `${CT}.extended-properties+xml`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(rels: Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlAttribute(r.target)}"/>`).join("");
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** The part path a relationship part belongs to -> the path of that .rels part. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** [Content_Types].xml: defaults for .rels and .xml, an override per part whose type is not plain XML. */
export function contentTypesXml(overrides: { path: string; type: string }[]): string {
  const items = overrides.map((o) => `<Override PartName="/${xmlAttribute(o.path)}" ContentType="${o.type}"/>`).join("");
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${items}</Types>`
  );
}
