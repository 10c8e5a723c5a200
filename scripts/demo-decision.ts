/**
 * The demo's executive meeting: types a decision into the first row of the agenda on the S&OP Summary
 * of last month's pack, as a person would in Excel, so the next cycle's run (`--previous`) shows it
 * carried: in the new summary's decision log (Overdue: due before the new cycle) and in S&OP History.
 *
 *   ts-node scripts/demo-decision.ts out/sop-pack-previous.xlsx
 *
 * Uses ExcelJS directly, like a person's edit; the pack is otherwise left as it was.
 */
import ExcelJS from "exceljs";

export const DEMO_DECISION = {
  decision: "Agreed: a recovery plan for this gap, reviewed at next month's meeting",
  owner: "Operations Director",
  due: new Date(Date.UTC(2026, 9, 23)),
};

export async function typeDemoDecision(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet("S&OP Summary");
  if (!ws) throw new Error(`${file} has no S&OP Summary sheet`);
  let typed: string | null = null;
  ws.eachRow((row, r) => {
    if (typed !== null) return;
    const cells = (row.values as unknown[]).slice(1);
    const decision = cells.indexOf("Decision");
    if (cells[1] !== "Issue" || cells[2] !== "Raised By" || decision < 0) return;
    const first = ws.getRow(r + 1);
    first.getCell(decision + 1).value = DEMO_DECISION.decision;
    first.getCell(decision + 2).value = DEMO_DECISION.owner;
    first.getCell(decision + 3).value = DEMO_DECISION.due;
    typed = String(first.getCell(2).value);
  });
  if (typed === null) throw new Error(`${file}: the summary has no agenda to type a decision into`);
  await workbook.xlsx.writeFile(file);
  return typed;
}

if (require.main === module) {
  const file = process.argv[2] ?? "out/sop-pack-previous.xlsx";
  typeDemoDecision(file).then(
    (issue) => console.log(`Typed a decision into ${file}'s agenda: "${issue}" -> ${DEMO_DECISION.decision}`),
    (err) => {
      console.error(`Could not type the demo decision: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
