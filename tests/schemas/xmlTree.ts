/**
 * A small element tree over fast-xml-parser for the package validator: names resolved to namespaces,
 * attribute values and text kept as written (so a part can be written back byte-for-byte where nothing
 * changed), decoded only when read. And markup compatibility (ECMA-376 Part 3) applied as a consumer
 * that understands only the ISO/IEC 29500 transitional namespaces does it, so a part Excel wrote with
 * its extensions (x14ac, xr, mc:AlternateContent) is validated against the ISO schemas as Excel reads it.
 */
import { XMLParser } from "fast-xml-parser";

export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export interface XmlElement {
  /** The qualified name as written ("x:c", "c"). */
  name: string;
  local: string;
  /** The element's namespace URI ("" for none). */
  ns: string;
  /** Attribute values as written (entities not decoded), by qualified name, in document order. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Prefix -> namespace URI in scope here ("" is the default namespace). */
  scope: Map<string, string>;
}

export type XmlNode = XmlElement | { text: string; cdata?: boolean };

export function isElement(n: XmlNode): n is XmlElement {
  return (n as XmlElement).name !== undefined;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: "#cdata",
  commentPropName: "#comment",
  allowBooleanAttributes: true,
});

type Raw = Record<string, unknown> & { ":@"?: Record<string, string> };

function convert(items: Raw[], scope: Map<string, string>): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of items) {
    const key = Object.keys(item).find((k) => k !== ":@")!;
    if (key === "#text") {
      out.push({ text: String(item[key]) });
      continue;
    }
    if (key === "#cdata") {
      const inner = (item[key] as Raw[]).map((t) => String(t["#text"] ?? "")).join("");
      out.push({ text: inner, cdata: true });
      continue;
    }
    if (key === "#comment" || key.startsWith("?")) continue;
    const attrs = item[":@"] ?? {};
    let here = scope;
    for (const [a, v] of Object.entries(attrs)) {
      if (a === "xmlns" || a.startsWith("xmlns:")) {
        if (here === scope) here = new Map(scope);
        here.set(a === "xmlns" ? "" : a.slice(6), decodeAttribute(v));
      }
    }
    const colon = key.indexOf(":");
    const prefix = colon < 0 ? "" : key.slice(0, colon);
    out.push({
      name: key,
      local: colon < 0 ? key : key.slice(colon + 1),
      ns: here.get(prefix) ?? "",
      attrs,
      children: convert(item[key] as Raw[], here),
      scope: here,
    });
  }
  return out;
}

/** The part's root element (fast-xml-parser is lenient: well-formedness is xmllint's to judge). */
export function parseXml(xml: string): XmlElement | null {
  const root = convert(parser.parse(xml) as Raw[], new Map([["xml", XML_NS]])).find(isElement);
  return root ?? null;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeReferences(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_m, e: string) =>
    e[0] !== "#" ? ENTITIES[e] : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/** An attribute's value as an XML processor reports it (§3.3.3: a literal tab or line break is a space). */
export function decodeAttribute(raw: string): string {
  return decodeReferences(raw.replace(/[\t\n\r]/g, " "));
}

/** Text content as an XML processor reports it (§2.11: line ends are line feeds). */
export function decodeText(raw: string): string {
  return decodeReferences(raw.replace(/\r\n?/g, "\n"));
}

/** An attribute by local name (any prefix but xmlns), decoded; null when absent. */
export function attr(el: XmlElement, local: string): string | null {
  for (const [k, v] of Object.entries(el.attrs)) {
    const colon = k.indexOf(":");
    const name = colon < 0 ? k : k.slice(colon + 1);
    if (name === local && !k.startsWith("xmlns")) return decodeAttribute(v);
  }
  return null;
}

export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(isElement).filter((c) => local === undefined || c.local === local);
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return childElements(el, local)[0];
}

/** The element's text: its text and CDATA children (not its descendants'), decoded. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (isElement(c) ? "" : c.cdata ? c.text : decodeText(c.text))).join("");
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.local === local) found.push(c);
      walk(c);
    }
  };
  walk(el);
  return found;
}

export function serialize(el: XmlElement): string {
  let out = `<${el.name}`;
  for (const [k, v] of Object.entries(el.attrs)) out += ` ${k}="${v.replace(/"/g, "&quot;")}"`;
  if (el.children.length === 0) return `${out}/>`;
  out += ">";
  for (const c of el.children) out += isElement(c) ? serialize(c) : c.cdata ? `<![CDATA[${c.text}]]>` : c.text;
  return `${out}</${el.name}>`;
}

/**
 * Markup compatibility (ECMA-376 Part 3 §10) for a consumer that understands `understood` namespaces:
 * elements and attributes of ignorable namespaces it does not understand are dropped (an element named
 * in mc:ProcessContent leaves its children in its place), mc:AlternateContent becomes the first Choice
 * whose Requires it understands or else its Fallback, and the mc: attributes go. A namespace named in
 * mc:MustUnderstand that is not understood is a problem: such a part cannot be read.
 */
export function applyMarkupCompatibility(
  root: XmlElement,
  understood: ReadonlySet<string>,
): { root: XmlElement; problems: string[] } {
  const problems: string[] = [];
  const uris = (el: XmlElement, value: string | null) =>
    (value ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => el.scope.get(p.split(":")[0]) ?? `(undeclared prefix ${p})`);

  const processElement = (el: XmlElement, ignorable: ReadonlySet<string>, processContent: ReadonlySet<string>): XmlNode[] => {
    let ignore = ignorable;
    let process = processContent;
    const attrs: Record<string, string> = {};
    const mcAttr = (local: string) => {
      for (const [k, v] of Object.entries(el.attrs)) {
        const colon = k.indexOf(":");
        if (colon > 0 && k.slice(colon + 1) === local && el.scope.get(k.slice(0, colon)) === MC_NS) return decodeAttribute(v);
      }
      return null;
    };
    const more = uris(el, mcAttr("Ignorable")).filter((u) => !understood.has(u));
    if (more.length > 0) ignore = new Set([...ignore, ...more]);
    const contentOf = (mcAttr("ProcessContent") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((q) => {
        const colon = q.indexOf(":");
        return `${el.scope.get(q.slice(0, colon)) ?? ""} ${q.slice(colon + 1)}`;
      });
    if (contentOf.length > 0) process = new Set([...process, ...contentOf]);
    for (const u of uris(el, mcAttr("MustUnderstand"))) {
      if (!understood.has(u))
        problems.push(`<${el.name}> must be understood in namespace ${u}, which ISO/IEC 29500 does not define`);
    }
    for (const [k, v] of Object.entries(el.attrs)) {
      const colon = k.indexOf(":");
      if (colon > 0 && !k.startsWith("xmlns:")) {
        const ns = el.scope.get(k.slice(0, colon));
        if (ns === MC_NS || (ns !== undefined && ignore.has(ns))) continue;
      }
      attrs[k] = v;
    }
    const children: XmlNode[] = [];
    for (const c of el.children) {
      if (!isElement(c)) {
        children.push(c);
        continue;
      }
      if (c.ns === MC_NS && c.local === "AlternateContent") {
        const choice =
          childElements(c, "Choice").find((ch) => uris(ch, attr(ch, "Requires")).every((u) => understood.has(u))) ??
          child(c, "Fallback");
        for (const g of choice?.children ?? []) {
          if (isElement(g)) children.push(...processElement(g, ignore, process));
          else children.push(g);
        }
        continue;
      }
      if (ignore.has(c.ns)) {
        if (process.has(`${c.ns} ${c.local}`) || process.has(`${c.ns} *`)) {
          for (const g of c.children) {
            if (isElement(g)) children.push(...processElement(g, ignore, process));
          }
        }
        continue;
      }
      children.push(...processElement(c, ignore, process));
    }
    return [{ ...el, attrs, children }];
  };

  const [out] = processElement(root, new Set(), new Set());
  return { root: out as XmlElement, problems };
}
