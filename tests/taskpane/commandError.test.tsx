/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { COMMAND_ERROR_EVENT } from "../../src/commands/commandEvents";
import { FakeHost } from "./fakeHost";

describe("an error from the ribbon command", () => {
  it("shows in the task pane's message bar with its message", async () => {
    render(<App host={new FakeHost()} />);
    await screen.findByRole("button", { name: "Generate pre-S&OP pack" });
    act(() => {
      window.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail: "Demand: the sheet has no Period column (add one)." }));
    });
    expect(await screen.findByText(/the sheet has no Period column/)).toBeTruthy();
  });
});
