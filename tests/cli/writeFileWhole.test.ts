/**
 * Files are written whole or not at all (SPEC "Command line"): the pack is streamed to a temporary file
 * beside its target and renamed into place only when every file of the run is written. A disk that
 * fills up half-way through the pack leaves last month's file as it was, and no temporary file behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { WriteFailure, writeFilesWhole } from "../../src/cli/writeFileWhole";

function diskFull(): Error {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
}

describe("writing the run's files whole or not at all", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sop-whole-"));
  });

  test("a streamed pack is renamed into place once written, replacing the old one", async () => {
    const pack = join(dir, "pack.xlsx");
    writeFileSync(pack, "last month");
    await writeFilesWhole([{ path: pack, data: (temp) => writeFile(temp, "this month") }]);
    expect(readFileSync(pack, "utf8")).toBe("this month");
    expect(readdirSync(dir)).toEqual(["pack.xlsx"]);
  });

  test("a disk full half-way through the pack leaves the old pack as it was and no temporary file", async () => {
    const pack = join(dir, "pack.xlsx");
    writeFileSync(pack, "last month");
    const failing = async (temp: string) => {
      await writeFile(temp, "half a pa");
      throw diskFull();
    };
    const error: unknown = await writeFilesWhole([{ path: pack, data: failing }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    expect(error).toMatchObject({ path: pack, code: "ENOSPC" });
    expect(readFileSync(pack, "utf8")).toBe("last month");
    expect(readdirSync(dir)).toEqual(["pack.xlsx"]);
  });

  test("when the JSON summary cannot be written, the pack streamed before it is not put in place either", async () => {
    const pack = join(dir, "pack.xlsx");
    const json = join(dir, "no-such-folder", "summary.json");
    await expect(
      writeFilesWhole([
        { path: pack, data: (temp) => writeFile(temp, "the pack") },
        { path: json, data: "{}" },
      ]),
    ).rejects.toMatchObject({ path: json, code: "ENOENT" });
    expect(existsSync(pack)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a fault while making the pack is reported as itself, not as a file that cannot be written", async () => {
    const pack = join(dir, "pack.xlsx");
    const fault = new TypeError("a bug in the writer");
    await expect(
      writeFilesWhole([
        {
          path: pack,
          data: async (temp) => {
            await writeFile(temp, "part");
            throw fault;
          },
        },
      ]),
    ).rejects.toBe(fault);
    expect(readdirSync(dir)).toEqual([]);
  });
});
