/**
 * Requirement sets: every Excel, Office and CustomFunctions member the add-in calls, with the API set
 * Microsoft's type definitions give it (`[Api set: ExcelApi 1.9]` in @types/office-js,
 * @types/custom-functions-runtime), against what manifest.xml declares. A member above the manifest's
 * version is allowed only where the code asks Excel first (`isSetSupported(set, version)` in src).
 *
 * Members are found two ways, with the TypeScript checker:
 *   - direct uses in src (`Excel.createWorkbook`, `Office.addin.showAsTaskpane`, `CustomFunctions.Error`,
 *     the `CustomFunctions.ErrorCode` values), resolved to their declarations in the @types files;
 *   - the Office host's structural types (src/hosts/office/excelApi.ts: ExcelContext, WorksheetLike...),
 *     walked member by member beside the real `Excel.RequestContext`, so every property and method the
 *     host may touch is matched to the Excel member it stands for (a member Excel does not have fails).
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..", "..");
const TYPE_FILES = /@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/;
/** Requirement sets of other Office applications, which annotate shared Office members too. */
const OTHER_APPLICATIONS = /^(Mailbox|Word|PowerPoint|OneNote|Outlook|Visio|Project)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** `<Set Name="ExcelApi" MinVersion="1.8"/>` in the manifest's Requirements. */
function manifestSets(): Map<string, string> {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const sets = new Map<string, string>();
  for (const m of requirements.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"/g)) sets.set(m[1], m[2]);
  return sets;
}

function newer(a: string, b: string): boolean {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

interface Use {
  member: string;
  set: string;
  version: string;
}

const PROBE = join(ROOT, "src", "__apiSetProbe.ts");

function analyse(): { uses: Use[]; unknown: string[]; guards: { set: string; version: string }[] } {
  const files = sourceFiles(join(ROOT, "src"));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node", "office-js", "office-runtime", "custom-functions-runtime"],
    typeRoots: [join(ROOT, "node_modules", "@types")],
  };
  const probe = `import type { ExcelContext } from "./hosts/office/excelApi";\nexport declare const like: ExcelContext;\nexport declare const real: Excel.RequestContext;\n`;
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang) =>
    resolve(name) === PROBE ? ts.createSourceFile(name, probe, lang) : getSourceFile(name, lang);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === PROBE || fileExists(name);
  const program = ts.createProgram([...files, PROBE], options, host);
  const checker = program.getTypeChecker();

  const uses: Use[] = [];
  const unknown: string[] = [];
  // Only the member's own JSDoc; sets of other Office applications (Outlook's Mailbox...) do not apply.
  const apiSetOf = (symbol: ts.Symbol, member: string) => {
    const text = (symbol.getDeclarations() ?? [])
      .flatMap((d) => ts.getJSDocCommentsAndTags(d).map((j) => j.getText()))
      .join("\n");
    for (const m of text.matchAll(/\[Api set: ([^\]]+)\]/g)) {
      // "ExcelApi 1.1 / 1.3. Prior to 1.3 this parameter must be a string": the first version is the
      // set the member needs at all (the host passes strings).
      const parts = /^([A-Za-z]+)\s+(\d+(?:\.\d+)*)/.exec(m[1].trim());
      const set = parts ? parts[1] : m[1].trim();
      if (OTHER_APPLICATIONS.test(set)) continue;
      uses.push({ member, set, version: parts ? parts[2] : "?" });
    }
  };

  // 1. Direct uses in src of anything the Office type definitions declare.
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(resolve(sf.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
        const target = ts.isPropertyAccessExpression(node) ? node.name : node.right;
        let symbol = checker.getSymbolAtLocation(target);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const decl = symbol?.getDeclarations()?.[0];
        if (symbol && decl && TYPE_FILES.test(decl.getSourceFile().fileName)) {
          apiSetOf(symbol, node.getText(sf));
          // An enum used as a type (`${CustomFunctions.ErrorCode}`): its values are what is used.
          if (symbol.flags & ts.SymbolFlags.Enum)
            for (const m of checker.getExportsOfModule(symbol)) apiSetOf(m, `${node.getText(sf)}.${m.getName()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  // 2. The host's structural types beside Excel's own, member by member.
  const probeFile = program.getSourceFile(PROBE)!;
  const declared = (name: string) => {
    const stmt = probeFile.statements.find(
      (s) => ts.isVariableStatement(s) && s.declarationList.declarations[0].name.getText(probeFile) === name,
    ) as ts.VariableStatement;
    return checker.getTypeAtLocation(stmt.declarationList.declarations[0]);
  };
  const seen = new Set<string>();
  const isObject = (t: ts.Type) =>
    !!(t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) && t.getCallSignatures().length === 0;
  /** Excel's own types only: a Promise or an array is not walked into. */
  const isOffice = (t: ts.Type) =>
    !!t
      .getSymbol()
      ?.getDeclarations()
      ?.some((d) => TYPE_FILES.test(d.getSourceFile().fileName));
  const idOf = (t: ts.Type) => (t as unknown as { id: number }).id;
  const walk = (like: ts.Type, real: ts.Type, path: string) => {
    const key = `${idOf(like)}|${idOf(real)}`;
    if (seen.has(key) || path.split(".").length > 12) return;
    seen.add(key);
    for (const prop of like.getProperties()) {
      const name = prop.getName();
      const realProp = real.getProperty(name);
      const member = `${path}.${name}`;
      if (!realProp) {
        unknown.push(member);
        continue;
      }
      apiSetOf(realProp, member);
      const likeType = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      const realType = checker.getNonNullableType(checker.getTypeOfSymbol(realProp));
      const likeCall = likeType.getCallSignatures()[0];
      const realCall = realType.getCallSignatures()[0];
      if (likeCall && realCall) {
        const r = likeCall.getReturnType();
        if (isObject(r) && isOffice(realCall.getReturnType())) walk(r, realCall.getReturnType(), `${member}()`);
      } else if (isObject(likeType) && isObject(realType) && isOffice(realType)) {
        walk(likeType, realType, member);
      }
    }
  };
  walk(declared("like"), declared("real"), "context");

  const guards: { set: string; version: string }[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/isSetSupported\??\.?\(\s*"([A-Za-z]+)",\s*"([\d.]+)"/g))
      guards.push({ set: m[1], version: m[2] });
  }
  return { uses, unknown, guards };
}

describe("requirement sets: what the code calls against what manifest.xml declares", () => {
  const { uses, unknown, guards } = analyse();
  const sets = manifestSets();

  test("the analysis sees the add-in's calls (a check that found nothing could not fail)", () => {
    const members = new Set(uses.map((u) => u.member));
    // One from each path: a direct global call, a structural member, a custom-functions member.
    expect([...members]).toEqual(
      expect.arrayContaining(["context.workbook.worksheets", "context.workbook.application.suspendApiCalculationUntilNextSync"]),
    );
    expect(uses.some((u) => u.member.endsWith("createWorkbook") && u.set === "ExcelApi" && u.version === "1.8")).toBe(true);
    expect(uses.some((u) => u.set === "CustomFunctionsRuntime")).toBe(true);
    expect(uses.length).toBeGreaterThan(60);
  });

  test("every member of the host's structural types is a member of Excel's own types", () => {
    expect(unknown).toEqual([]);
  });

  test("no member needs a set above the manifest unless the code asks isSetSupported first", () => {
    const problems = uses
      .filter((u) => {
        if (u.version === "?") return true; // preview-only or online-only sets
        const declared = sets.get(u.set);
        if (declared !== undefined && !newer(u.version, declared)) return false;
        // ExcelApi 1.1 needs no declaration; any other set or version must be declared or guarded.
        if (u.set === "ExcelApi" && !newer(u.version, "1.1")) return false;
        return !guards.some((g) => g.set === u.set && !newer(u.version, g.version));
      })
      .map((u) => `${u.member} needs ${u.set} ${u.version}`);
    expect([...new Set(problems)]).toEqual([]);
  });

  test("the manifest declares the custom-functions runtime the error codes and messages need", () => {
    // CustomFunctions.Error with a message: 1.2; the CustomFunctions.ErrorCode values ("#DIV/0!"...): 1.3.
    const needed = uses.filter((u) => u.set === "CustomFunctionsRuntime").map((u) => u.version);
    expect(needed).toContain("1.3");
    const declared = sets.get("CustomFunctionsRuntime") ?? "0";
    for (const v of needed) expect(newer(v, declared)).toBe(false);
  });

  test("the sets above the manifest that the code does use are the guarded ones, listed", () => {
    const above = [
      ...new Set(
        uses
          .filter((u) => u.set === "ExcelApi" && newer(u.version, sets.get("ExcelApi") ?? "1.1"))
          .map((u) => `${u.member} (${u.version})`),
      ),
    ];
    // Page layout (print settings, page breaks) and a cell's indent are ExcelApi 1.9; writePack asks
    // isSetSupported("ExcelApi", "1.9") and renderSheet uses them only where it is.
    for (const a of above) expect(a).toMatch(/pageLayout|PageLayout|PageBreaks|indentLevel/);
  });
});
