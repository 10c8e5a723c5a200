/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ResultsPanel } from "../../src/taskpane/panels/ResultsPanel";
import { InputError } from "../../src/engine/errors";
import { FakeHost, outcomeOf } from "./fakeHost";
import { ALL_SHEETS, plantedSummary } from "./summaryFixture";

describe("Results panel", () => {
  it("shows the exception counts of the summary it is given", () => {
    const host = new FakeHost();
    render(<ResultsPanel host={host} outcome={outcomeOf(plantedSummary(), ALL_SHEETS)} error={null} />);

    const list = within(screen.getByRole("list", { name: "Exceptions" }));
    // Counted by hand from summaryFixture.ts: 1 family flagged, 3 overloads, 1 shortage,
    // revenue gap −30,000 − 25,000 + 5,000 − 1,000 = −51,000.
    expect(list.getByRole("button", { name: /^1 biased family/ })).toBeTruthy();
    expect(list.getByText("Blenders (Sales Forecast, over-forecast)")).toBeTruthy();
    expect(list.getByRole("button", { name: /^3 overloaded resource-months/ })).toBeTruthy();
    expect(list.getByText("Paint Shop: 2027-06, 2027-07, 2027-08")).toBeTruthy();
    expect(list.getByRole("button", { name: /^1 shortage:/ })).toBeTruthy();
    expect(list.getByRole("button", { name: /^Revenue gap against budget: -\$51,000/ })).toBeTruthy();
    expect(list.getByText("Largest shortfall: Espresso Machines -$55,000")).toBeTruthy();
  });

  it("shows the baseline's patterns and ABC counts and the plan months outside its 95% interval", () => {
    const host = new FakeHost();
    const baseline = {
      families: 12,
      patterns: [
        { pattern: "Smooth" as const, count: 10 },
        { pattern: "Lumpy" as const, count: 2 },
      ],
      abc: { A: 5, B: 4, C: 3 },
      outsideMonths: 7,
      outsideFamilies: 2,
      planIsBaseline: false,
      fallbackFamilies: 1,
    };
    render(<ResultsPanel host={host} outcome={{ ...outcomeOf(plantedSummary(), ALL_SHEETS), baseline }} error={null} />);
    const list = within(screen.getByRole("list", { name: "Exceptions" }));
    expect(list.getByRole("button", { name: /^7 plan months outside the baseline's 95% interval: open Baseline Forecast/ })).toBeTruthy();
    expect(list.getByText("12 families: Smooth 10, Lumpy 2; ABC 5 / 4 / 3; 2 families to explain; the baseline fills the plan of 1 family")).toBeTruthy();
  });

  it("lists the exceptions with their money at stake, in currency, and the decision each needs", async () => {
    const host = new FakeHost();
    const outcome = {
      ...outcomeOf(plantedSummary(), ALL_SHEETS),
      exceptions: [
        {
          kind: "revenueGap" as const,
          key: "revenueGap|Espresso Machines|2027-Q1",
          title: "Espresso Machines 2027-Q1: revenue $450,000 below budget (-21.0%)",
          impact: 450000,
          unitImpact: null,
          impactBasis: "",
          decision: "Close the gap (price, promotion, demand plan) or revise the budget for Espresso Machines in 2027-Q1.",
          owner: "Finance" as const,
          sheet: "Financial Gap",
          unresolved: true,
          material: true,
          options: "",
        },
        {
          kind: "revenueGap" as const,
          key: "revenueGap|Kettles|2027-Q2",
          title: "Kettles 2027-Q2: revenue $1,200 below budget (-1.5%)",
          impact: 1200,
          unitImpact: null,
          impactBasis: "",
          decision: "Close the gap (price, promotion, demand plan) or revise the budget for Kettles in 2027-Q2.",
          owner: "Finance" as const,
          sheet: "Financial Gap",
          unresolved: true,
          material: false,
          options: "",
        },
        {
          kind: "bias" as const,
          key: "bias|Blenders|Sales Forecast",
          title: "Blenders: Sales Forecast over-forecast (bias -15.0%), corrected in the Consensus Forecast (bias 0.0%)",
          impact: null,
          unitImpact: null,
          impactBasis: "",
          decision: "Feed back to the owner of the Sales Forecast; the plan needs no change.",
          owner: "Demand" as const,
          sheet: "Demand Review",
          unresolved: false,
          material: true,
          options: "",
        },
      ],
    };
    render(<ResultsPanel host={host} outcome={outcome} error={null} />);
    const list = within(screen.getByRole("list", { name: "Decisions needed" }));
    const items = list.getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText("Money at stake: $450,000 · Finance · on the executive agenda")).toBeTruthy();
    expect(within(items[0]).getByText(/^Decision: Close the gap/)).toBeTruthy();
    // Unresolved, but below materiality: on its sheet, not on the agenda.
    expect(within(items[1]).getByText("Money at stake: $1,200 · Finance · below materiality, not on the agenda")).toBeTruthy();
    expect(within(items[2]).getByText("No money at stake · Demand")).toBeTruthy();
    fireEvent.click(list.getByRole("button", { name: /^Espresso Machines 2027-Q1.*open Financial Gap$/ }));
    await waitFor(() => expect(host.selectCalls).toEqual([{ sheet: "Financial Gap" }]));
  });

  it("opens each exception's sheet under the name it was written with", async () => {
    const host = new FakeHost();
    // The user already had a sheet called "Capacity Check", so ours was written as "Capacity Check (2)".
    const outcome = outcomeOf(plantedSummary(), ALL_SHEETS, { "Capacity Check": "Capacity Check (2)" });
    render(<ResultsPanel host={host} outcome={outcome} error={null} />);

    fireEvent.click(screen.getByRole("button", { name: /overloaded resource-months/ }));
    fireEvent.click(screen.getByRole("button", { name: /biased family/ }));
    fireEvent.click(screen.getByRole("button", { name: /Revenue gap/ }));

    await waitFor(() => expect(host.selectCalls).toHaveLength(3));
    expect(host.selectCalls).toEqual([{ sheet: "Capacity Check (2)" }, { sheet: "Demand Review" }, { sheet: "Financial Gap" }]);
  });

  it("lists data-quality findings and selects a finding's cell when it is clicked", async () => {
    const host = new FakeHost();
    render(<ResultsPanel host={host} outcome={outcomeOf(plantedSummary(), ALL_SHEETS)} error={null} />);

    expect(screen.getByRole("button", { name: "3 data-quality findings" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Go to Supply!A40/ }));
    fireEvent.click(screen.getByRole("button", { name: /^Go to Demand!C14: Actual 'n\/a' is not a number/ }));

    await waitFor(() => expect(host.selectCalls).toHaveLength(2));
    expect(host.selectCalls).toEqual([
      { sheet: "Supply", cell: "A40" },
      { sheet: "Demand", cell: "C14" },
    ]);
    // A finding about a whole sheet has no cell to go to, so it is not a link.
    expect(screen.getByText("No Budget Units column.", { exact: false })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Go to Finance/ })).toBeNull();
  });

  it("says which sections a single-step run did not produce instead of showing zero", () => {
    const host = new FakeHost();
    render(<ResultsPanel host={host} outcome={outcomeOf(plantedSummary(), ["Data Quality"])} error={null} />);

    expect(screen.getByText("Capacity check: not in this run")).toBeTruthy();
    expect(screen.getByText("Forecast bias: not in this run")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /overloaded/ })).toBeNull();
  });

  it("shows a failed run in an error message bar with what to do, and the findings that caused it", async () => {
    const host = new FakeHost();
    const error = new InputError(
      "--strict: the input has 1 data-quality error(s); the first is Demand!C14: 'n/a' is not a number",
      [{ sheet: "Demand", cell: "C14", severity: "error", message: "'n/a' is not a number" }],
    );
    render(<ResultsPanel host={host} outcome={null} error={{ error, action: "Generate pre-S&OP pack" }} />);

    const bar = screen.getByRole("alert");
    expect(within(bar).getByText("Generate pre-S&OP pack failed")).toBeTruthy();
    expect(within(bar).getByText(/Demand!C14: 'n\/a' is not a number/)).toBeTruthy();
    expect(within(bar).getByText(/Fix the data-quality errors listed below/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^Go to Demand!C14/ }));
    await waitFor(() => expect(host.selectCalls).toEqual([{ sheet: "Demand", cell: "C14" }]));
  });

  it("tells the planner to map or insert sheets when the Demand sheet is missing", () => {
    render(
      <ResultsPanel
        host={new FakeHost()}
        outcome={null}
        error={{ error: new Error("Demand: sheet not found"), action: "Generate pre-S&OP pack" }}
      />,
    );
    expect(within(screen.getByRole("alert")).getByText(/On the Inputs tab, map your sheet/)).toBeTruthy();
  });
});
