import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const { checkManifest } = require("../../scripts/check-manifest.js") as {
  checkManifest: (xml: string, dist: string | null) => string[];
};

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("the manifest, checked offline", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/ is not built: run `npm run build` (npm test does it) first");
  });

  it("is well-formed, consistent and points at files the build produced", () => {
    expect(checkManifest(manifest, DIST)).toEqual([]);
  });

  it("the copy in dist is the manifest itself", () => {
    expect(readFileSync(join(DIST, "manifest.xml"), "utf8")).toBe(manifest);
  });

  it("catches a resid that is not defined", () => {
    const broken = manifest.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Taskpane.Missing"');
    expect(checkManifest(broken, DIST)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Taskpane\.Missing.*not defined/)]),
    );
  });

  it("catches a URL that points at no built file", () => {
    const broken = manifest.replace("https://localhost:3000/functions.json", "https://localhost:3000/function.json");
    expect(checkManifest(broken, DIST)).toEqual(
      expect.arrayContaining([expect.stringMatching(/function\.json.*did not produce/)]),
    );
  });

  it("catches a missing or wrong custom functions namespace", () => {
    const broken = manifest.replace(
      'id="Functions.Namespace" DefaultValue="SOP"',
      'id="Functions.Namespace" DefaultValue="CONTOSO"',
    );
    expect(checkManifest(broken, DIST)).toEqual([expect.stringMatching(/namespace is "CONTOSO", expected "SOP"/)]);
  });

  it("catches a manifest without the shared runtime", () => {
    const broken = manifest.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "");
    expect(checkManifest(broken, DIST)).toEqual([expect.stringMatching(/SharedRuntime/)]);
  });

  it("catches malformed XML and broader permissions", () => {
    expect(checkManifest(manifest.replace("</OfficeApp>", ""), DIST)[0]).toMatch(/not well-formed/);
    const greedy = manifest.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteMailbox</Permissions>",
    );
    expect(checkManifest(greedy, DIST)).toEqual([expect.stringMatching(/Permissions/)]);
  });
});
