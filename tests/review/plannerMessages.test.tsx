/** @jest-environment jsdom */
/**
 * Review of what a planner reads when something fails: Office.js errors in plain words, never
 * "undefined", "[object Object]" or a stack trace; and the ribbon command's failure path, which must
 * open the task pane with the message, even when the pane mounts only afterwards or cannot be opened.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { plannerMessage } from "../../src/hosts/office/plannerMessage";
import { adviseOnError } from "../../src/taskpane/errorAdvice";
import { runGeneratePack } from "../../src/commands/commands";
import { takePendingCommandError } from "../../src/commands/commandEvents";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../taskpane/fakeHost";
import type { ExcelRun } from "../../src/hosts/office/excelApi";

/** OfficeExtension.Error's shape: a code, often with an empty or generic message. */
function officeError(code: string, message = ""): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("error messages a planner understands", () => {
  test.each([[undefined], [null], [""], [{}], [new Error("")], ["undefined"]])(
    "%p becomes a sentence saying nothing was changed, not 'undefined' or '[object Object]'",
    (error) => {
      const text = plannerMessage(error);
      expect(text).toMatch(/left as it was/);
      expect(text).not.toMatch(/undefined|\[object Object\]|null/);
    },
  );

  test("a cell being edited is named, with the keys that end it, and the advice repeats them", () => {
    const advice = adviseOnError(officeError("InvalidOperationInCellEditMode"), "Generating the pack");
    expect(advice.message).toBe("Excel is busy: a cell is being edited, so the workbook cannot be changed.");
    expect(advice.whatToDo).toMatch(/Enter or Esc/);
  });

  test("a protected workbook (AccessDenied) leads to Unprotect", () => {
    const advice = adviseOnError(officeError("AccessDenied", "Access denied."), "Generating the pack");
    expect(advice.message).toMatch(/protected/);
    expect(advice.whatToDo).toMatch(/Unprotect/);
  });

  test("an unknown Office code with no message still says which code, for support", () => {
    expect(plannerMessage(officeError("GeneralException"))).toMatch(/\(Excel error code: GeneralException\)$/);
  });

  test("a script error shows its first line only, without the stack or the JavaScript class", () => {
    const e = new TypeError("Cannot read the Demand sheet");
    e.message = "Cannot read the Demand sheet\n    at readInputGrids (readInputGrids.ts:12:3)";
    expect(plannerMessage(e)).toBe("Cannot read the Demand sheet");
    expect(plannerMessage("TypeError: x is not iterable\n    at f (a.js:1:1)")).toBe("x is not iterable");
  });

  test("a message the host wrote for the planner is kept word for word", () => {
    const message = 'There is no sheet named "Gap Table" in this workbook any more.';
    expect(adviseOnError(new Error(message), "Opening Gap Table").message).toBe(message);
  });
});

describe("the ribbon's Generate pre-S&OP pack when it fails", () => {
  afterEach(() => takePendingCommandError());

  const failingRun: ExcelRun = async () => {
    throw officeError("InvalidOperationInCellEditMode");
  };

  test("an Excel failure opens the task pane, completes the button, and the pane shows the message when it mounts", async () => {
    const completed = jest.fn();
    const showTaskpane = jest.fn(async () => undefined);
    await runGeneratePack({ completed }, { excelRun: failingRun, showTaskpane });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showTaskpane).toHaveBeenCalledTimes(1);
    // The pane's app mounts after the failure opened it: the message still reaches the planner.
    render(<App host={new FakeHost()} />);
    expect(await screen.findByText(/a cell is being edited, so the workbook/)).toBeTruthy();
    expect(screen.getByText(/Generating the pack from the ribbon failed/)).toBeTruthy();
  });

  test("when the task pane cannot be opened (older Excel), the button still completes and the message waits", async () => {
    const completed = jest.fn();
    const showTaskpane = jest.fn(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'showAsTaskpane')");
    });
    await expect(runGeneratePack({ completed }, { excelRun: failingRun, showTaskpane })).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(takePendingCommandError()).toMatch(/a cell is being edited/);
  });
});
