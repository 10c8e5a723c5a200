/**
 * The pack's cell formats as SpreadsheetML's style sheet (xl/styles.xml, ECMA-376 Part 1 §18.8): each
 * distinct look of a cell (number format, font, fill, alignment) becomes one cell format (<xf>) that
 * cells name by index, and each conditional format's look one differential format (<dxf>).
 *
 * Looks are made by applying a sheet's range styles in order, later over earlier, as the Office host
 * applies them: a cell's look is (look before) + (one change). The sheet writer asks for that with two
 * small numbers, `change(xfId, changeIndex)`, and remembers the answers (sheetStyleGrid), so a million
 * cells cost a million array reads, not a million style objects.
 */
import type { RangeStyle } from "../../report/workbookSpec";
import { applyInOrder, type CellArea } from "../../report/styleRanges";
import { xmlAttribute } from "./xmlText";
import { XML_DECLARATION } from "./relationships";

/** What a range style, or a link, changes in a cell's look. */
export type StyleChange = Omit<RangeStyle, "range"> & { underline?: boolean };

/** Everything a cell format says. Absent: Excel's default (General, Calibri 11, no fill, no wrap). */
interface Look {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  indent?: number;
}

/**
 * Excel's built-in number formats the pack uses (§18.8.30): written by their id, as Excel writes
 * them, so readers show the format they know. Any other format is a custom one, numbered from 164.
 */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** The format a date gets when its cell has none (built-in 14, the reader's short date), as ExcelJS did. */
const DATE_FORMAT = "mm-dd-yy";

/** "#RRGGBB" -> SpreadsheetML's ARGB "FFRRGGBB" (opaque). */
export function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

function lookKey(l: Look): string {
  return [l.numFmt, l.bold, l.italic, l.underline, l.size, l.color, l.fill, l.wrap, l.horizontal, l.indent].join("\u0001");
}

function fontXml(l: Look): string {
  // Every font names size, colour and typeface: a font element with only <b/> leaves them to the reader.
  return (
    `<font>${l.bold ? "<b/>" : ""}${l.italic ? "<i/>" : ""}${l.underline ? "<u/>" : ""}<sz val="${l.size ?? 11}"/>` +
    `${l.color ? `<color rgb="${argb(l.color)}"/>` : `<color theme="1"/>`}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`
  );
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** Interns items by a key: the same key gets the same index (XML fragments are their own key). */
class Pool<T = string> {
  readonly items: T[] = [];
  private readonly ids = new Map<string, number>();
  constructor(
    initial: T[],
    private readonly keyOf: (item: T) => string = String,
  ) {
    for (const item of initial) this.id(item);
  }
  id(item: T): number {
    const key = this.keyOf(item);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.ids.set(key, id);
    }
    return id;
  }
}

export class StyleSheet {
  /** Cell format i's look; format 0 is the default every unstyled cell has. */
  private readonly looks = new Pool<Look>([{}], lookKey);
  private readonly dateIds = new Map<number, number>();
  private readonly dxfs = new Pool<string>([]);

  /** The cell format of a cell that had format `xfId` after `change` is applied to it. */
  change(xfId: number, change: StyleChange): number {
    const look: Look = { ...this.looks.items[xfId] };
    if (change.numberFormat) look.numFmt = change.numberFormat;
    if (change.bold) look.bold = true;
    if (change.italic) look.italic = true;
    if (change.underline) look.underline = true;
    if (change.fontSize) look.size = change.fontSize;
    if (change.fontColor) look.color = change.fontColor;
    if (change.fill) look.fill = change.fill;
    if (change.wrap) look.wrap = true;
    if (change.horizontalAlignment) look.horizontal = change.horizontalAlignment;
    if (change.indent) look.indent = change.indent;
    return this.intern(look);
  }

  /** The cell format for a date in a cell of format `xfId`: a date with no number format shows as a date. */
  forDate(xfId: number): number {
    if (this.looks.items[xfId].numFmt) return xfId;
    let id = this.dateIds.get(xfId);
    if (id === undefined) {
      id = this.intern({ ...this.looks.items[xfId], numFmt: DATE_FORMAT });
      this.dateIds.set(xfId, id);
    }
    return id;
  }

  /** A conditional format's look (fill, font colour, bold) -> its differential format's index. */
  dxf(look: { fill?: string; fontColor?: string; bold?: boolean }): number {
    const font =
      look.fontColor || look.bold
        ? `<font>${look.bold ? "<b/>" : ""}${look.fontColor ? `<color rgb="${argb(look.fontColor)}"/>` : ""}</font>`
        : "";
    // A differential fill's colour is its background colour (§18.8.17), unlike a cell fill's.
    const fill = look.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(look.fill)}"/></patternFill></fill>`
      : "";
    return this.dxfs.id(`<dxf>${font}${fill}</dxf>`);
  }

  private intern(look: Look): number {
    return this.looks.id(look);
  }

  /** xl/styles.xml with every format asked for so far (so it is written after the sheets). */
  xml(): string {
    const customFormats = new Map<string, number>();
    const formatId = (code: string | undefined): number => {
      if (code === undefined) return 0;
      const builtIn = BUILT_IN_FORMATS[code];
      if (builtIn !== undefined) return builtIn;
      let id = customFormats.get(code);
      if (id === undefined) {
        id = FIRST_CUSTOM_FORMAT + customFormats.size;
        customFormats.set(code, id);
      }
      return id;
    };
    const fonts = new Pool([fontXml({})]);
    // Fills 0 and 1 are reserved (none, gray125): Excel expects them there.
    const fills = new Pool([
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    ]);
    const xfs = this.looks.items.map((l) => {
      const numFmtId = formatId(l.numFmt);
      const fontId = fonts.id(fontXml(l));
      const fillId = l.fill ? fills.id(fillXml(l.fill)) : 0;
      // Every cell is aligned to the top of its row, so the cells of a row made tall by wrapped text
      // read from the same line. An indent applies to left-aligned text (§18.8.1), so an indented
      // cell is aligned left.
      const horizontal = l.horizontal ?? (l.indent ? "left" : undefined);
      const alignment = `<alignment${horizontal ? ` horizontal="${horizontal}"` : ""} vertical="top"${l.indent ? ` indent="${l.indent}"` : ""}${l.wrap ? ' wrapText="1"' : ""}/>`;
      return (
        `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
        `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}` +
        ` applyAlignment="1">${alignment}</xf>`
      );
    });
    const numFmts = [...customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    return (
      `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.items.length}">${fonts.items.join("")}</fonts>` +
      `<fills count="${fills.items.length}">${fills.items.join("")}</fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment vertical="top"/></xf></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${this.dxfs.items.length}">${this.dxfs.items.join("")}</dxfs>` +
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`
    );
  }
}

/**
 * The cell format of every cell of a sheet's `rows` x `cols` area after its changes are applied in
 * order (row-major, 0 = default; the rule in report/styleRanges.ts). A change applied to cells that had
 * the same format gives them the same new one; the answer for (format before, change) is remembered,
 * so each pair costs one merge.
 */
export function sheetStyleGrid(
  changes: (CellArea & { change: StyleChange })[],
  styles: StyleSheet,
  rows: number,
  cols: number,
): Uint32Array {
  const grid = new Uint32Array(rows * cols);
  const memo = new Map<number, number>();
  applyInOrder(grid, rows, cols, changes, (before, i) => {
    const key = before * changes.length + i;
    let after = memo.get(key);
    if (after === undefined) {
      after = styles.change(before, changes[i].change);
      memo.set(key, after);
    }
    return after;
  });
  return grid;
}
