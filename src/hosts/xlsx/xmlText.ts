/**
 * Text inside the XML parts the .xlsx host writes (ECMA-376 parts are XML 1.0): markup characters
 * escaped, characters XML 1.0 does not allow dropped (a part holding one would not open at all).
 */

/** Whether XML 1.0 allows a code point (§2.2: tab, newline, return, U+0020-U+D7FF, U+E000-U+FFFD, astral). */
function xmlAllows(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000
  );
}

/** Any character that needs escaping or checking: markup, the return, controls, surrogates, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
const NEEDS_WORK = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text for XML content and attribute values. Most text (names, numbers' labels) needs nothing and is
 * returned as it is; the rest is walked by code point so a surrogate pair survives and a lone half is
 * dropped. A carriage return is written as a reference: XML readers turn a literal one into a newline.
 */
export function xmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  let kept = "";
  for (const ch of value) if (xmlAllows(ch.codePointAt(0)!)) kept += ch;
  return kept.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;");
}

/**
 * Text for an attribute value. As xmlText, and a tab or line feed written as a character reference:
 * XML readers turn a literal one in an attribute into a space (XML 1.0 §3.3.3), so a table column
 * named "Consensus⏎Forecast" would be read as "Consensus Forecast", no longer its header cell's text,
 * and Excel would repair the file by removing the table.
 */
export function xmlAttribute(value: string): string {
  const text = xmlText(value);
  return /[\t\n]/.test(text) ? text.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;") : text;
}
