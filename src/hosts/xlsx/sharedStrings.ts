/**
 * The shared string table (xl/sharedStrings.xml, ECMA-376 Part 1 §18.4): each distinct text once, cells
 * naming it by index. A family's name appears on a dozen sheets and a status ("OK", "Shortage") on
 * thousands of rows; the table keeps the sheets small and is how Excel itself stores text, so every
 * reader (Excel, LibreOffice, ExcelJS, our own) reads it. The table is written after the sheets, once
 * every text is known.
 */
import { XML_DECLARATION } from "./relationships";
import { xmlText } from "./xmlText";

/** Text that XML would trim or fold unless told to keep its spaces. */
const EDGE_SPACE = /^\s|\s$/;

export class SharedStrings {
  private readonly ids = new Map<string, number>();
  /** Cells that name a string (the table's `count`; `uniqueCount` is the number of strings). */
  private references = 0;

  /** The index of a text as stored (already escaped for the file: escapeOoxmlText). */
  id(text: string): number {
    this.references++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  /** The table's XML, a few thousand strings at a time. */
  *xmlChunks(): Generator<string> {
    yield `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.ids.size}">`;
    let out = "";
    for (const text of this.ids.keys()) {
      out += EDGE_SPACE.test(text) ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>` : `<si><t>${xmlText(text)}</t></si>`;
      if (out.length > CHUNK) {
        yield out;
        out = "";
      }
    }
    yield `${out}</sst>`;
  }
}

/** About how many characters each piece of a part's XML holds (64 K: large enough for few, small enough to stream). */
export const CHUNK = 1 << 16;
