/**
 * A sheet's conditional formats as <conditionalFormatting> elements (ECMA-376 Part 1 §18.3.1.18), their
 * looks as differential formats in the style sheet.
 *
 * Priorities: the Office host adds the pack's conditional formats in order with
 * `conditionalFormats.add`, which puts each new one at the top; the file gives the last one priority 1
 * too, so a cell two rules colour looks the same in both hosts (e.g. a status column inside a row
 * highlighted as a whole).
 */
import type { ConditionalFormatSpec } from "../../report/workbookSpec";
import { argb, type StyleSheet } from "./styleSheet";
import { xmlText } from "./xmlText";

function cfvo(stop: { value?: number }, end: "min" | "max"): string {
  return stop.value === undefined ? `<cfvo type="${end}"/>` : `<cfvo type="num" val="${stop.value}"/>`;
}

function ruleXml(cf: ConditionalFormatSpec, priority: number, styles: StyleSheet): string {
  switch (cf.kind) {
    case "colorScale": {
      const stops = [cf.min, ...(cf.mid ? [cf.mid] : []), cf.max];
      const values = cfvo(cf.min, "min") + (cf.mid ? `<cfvo type="num" val="${cf.mid.value}"/>` : "") + cfvo(cf.max, "max");
      const colors = stops.map((s) => `<color rgb="${argb(s.color)}"/>`).join("");
      return `<cfRule type="colorScale" priority="${priority}"><colorScale>${values}${colors}</colorScale></cfRule>`;
    }
    case "cellValue": {
      const formulas = cf.values.map((v) => `<formula>${v}</formula>`).join("");
      return `<cfRule type="cellIs" dxfId="${styles.dxf(cf)}" priority="${priority}" operator="${cf.operator}">${formulas}</cfRule>`;
    }
    case "textEquals": {
      // A formula for the range's top-left cell, relative, so it applies to each cell of the range.
      const topLeft = cf.range.split(":")[0];
      const formula = `${topLeft}="${cf.text.replace(/"/g, '""')}"`;
      return `<cfRule type="expression" dxfId="${styles.dxf(cf)}" priority="${priority}"><formula>${xmlText(formula)}</formula></cfRule>`;
    }
    case "expression":
      return `<cfRule type="expression" dxfId="${styles.dxf(cf)}" priority="${priority}"><formula>${xmlText(cf.formula.replace(/^=/, ""))}</formula></cfRule>`;
  }
}

export function conditionalFormatsXml(cfs: ConditionalFormatSpec[], styles: StyleSheet): string {
  return cfs
    .map((cf, i) => `<conditionalFormatting sqref="${cf.range}">${ruleXml(cf, cfs.length - i, styles)}</conditionalFormatting>`)
    .join("");
}
