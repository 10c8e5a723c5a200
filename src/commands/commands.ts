/**
 * Ribbon commands, registered in the shared runtime so they work with the task pane closed.
 * "Generate pre-S&OP pack" builds the pack with the settings saved in the workbook and shows the
 * summary sheet; when the input cannot be used, or anything else fails, it opens the task pane,
 * which shows what to fix.
 */
import { generateInExcel } from "../hosts/office/generateInExcel";
import type { ExcelRun } from "../hosts/office/excelApi";
import { plannerMessage } from "../hosts/office/plannerMessage";
import { reportCommandError } from "./commandEvents";

/** What the command needs from Office; injected so its failure paths are tested without Excel. */
export interface CommandGlobals {
  excelRun: ExcelRun;
  showTaskpane: () => Promise<void>;
}

/** Opens the task pane with the message; a pane that cannot open must not hide the message. */
async function showFailure(message: string, globals: CommandGlobals): Promise<void> {
  reportCommandError(message);
  try {
    await globals.showTaskpane();
  } catch {
    // Older Excel without Office.addin: the message waits for the pane, opened from the ribbon.
  }
}

export async function runGeneratePack(event: { completed: () => void }, globals: CommandGlobals): Promise<void> {
  try {
    const result = await generateInExcel(globals.excelRun);
    if (result.ok) {
      const summary = result.outcome.sheetNameMap["S&OP Summary"] ?? "S&OP Summary";
      await globals.excelRun(async (context) => {
        // The pack is written; a summary sheet that cannot be shown is no failure.
        const ws = context.workbook.worksheets.getItemOrNullObject(summary);
        ws.load("name");
        await context.sync();
        if (!ws.isNullObject) ws.activate();
        await context.sync();
      });
    } else {
      await showFailure(result.message, globals);
    }
  } catch (error) {
    await showFailure(plannerMessage(error), globals);
  } finally {
    // Never leave the ribbon button spinning.
    event.completed();
  }
}

// Outside Office (a plain browser) there is nothing to register.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    if (Office.actions) {
      Office.actions.associate("generatePack", (event: Office.AddinCommands.Event) =>
        runGeneratePack(event, {
          excelRun: (batch) => Excel.run(batch),
          showTaskpane: () => Office.addin.showAsTaskpane(),
        }),
      );
    }
  });
}
