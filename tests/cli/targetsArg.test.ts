/** `--targets given|recommended` (SPEC "Command line"): parsed into the generate command, anything else a usage error. */
import { parseCommand, UsageError } from "../../src/cli/args";

describe("--targets", () => {
  test("recommended and given are taken; without it the setting decides", () => {
    expect(parseCommand(["generate", "in.xlsx", "-o", "out.xlsx", "--targets", "recommended"])).toMatchObject({
      targets: "recommended",
    });
    expect(parseCommand(["generate", "in.xlsx", "-o", "out.xlsx", "--targets", "given"])).toMatchObject({ targets: "given" });
    expect(parseCommand(["generate", "in.xlsx", "-o", "out.xlsx"])).not.toHaveProperty("targets");
  });

  test("another value, or --targets on check, is a usage error that says what is allowed", () => {
    expect(() => parseCommand(["generate", "in.xlsx", "-o", "out.xlsx", "--targets", "max"])).toThrow(
      new UsageError('--targets must be "given" or "recommended", not "max".'),
    );
    expect(() => parseCommand(["check", "in.xlsx", "--targets", "recommended"])).toThrow(UsageError);
  });
});
