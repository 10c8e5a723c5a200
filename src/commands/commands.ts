/**
 * Ribbon commands, registered in the shared runtime so they work with the task pane closed.
 * "Generate pre-S&OP pack" builds the pack with the settings saved in the workbook and shows the
 * summary sheet; when the input cannot be used it opens the task pane, which shows what to fix.
 */
import { generateInExcel } from "../hosts/office/generateInExcel";
import { COMMAND_ERROR_EVENT } from "./commandEvents";

async function generatePack(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await generateInExcel((batch) => Excel.run(batch));
    if (result.ok) {
      const summary = result.outcome.sheetNameMap["S&OP Summary"] ?? "S&OP Summary";
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(summary).activate();
        await context.sync();
      });
    } else {
      await Office.addin.showAsTaskpane();
      window.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail: result.message }));
    }
  } catch (error) {
    // Never leave the ribbon button spinning; the task pane explains what went wrong.
    window.dispatchEvent(
      new CustomEvent(COMMAND_ERROR_EVENT, { detail: error instanceof Error ? error.message : String(error) }),
    );
  } finally {
    event.completed();
  }
}

// Outside Office (a plain browser) there is nothing to register.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    if (Office.actions) Office.actions.associate("generatePack", generatePack);
  });
}
