/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { startTaskPane } from "../../src/taskpane/start";
import { FakeHost } from "./fakeHost";

function container(): HTMLElement {
  document.body.innerHTML = "";
  const div = document.createElement("div");
  document.body.appendChild(div);
  return div;
}

describe("starting the task pane", () => {
  it("shows how to load the add-in when office.js is not there (a plain browser)", async () => {
    let created = 0;
    await act(async () =>
      startTaskPane(container(), {
        office: undefined,
        createHost: () => {
          created++;
          return new FakeHost();
        },
      }),
    );
    expect(await screen.findByRole("heading", { name: "This page runs inside Excel" })).toBeTruthy();
    expect(created).toBe(0);
  });

  it("shows how to load the add-in when Office.onReady reports no host", async () => {
    await act(async () =>
      startTaskPane(container(), { office: { onReady: (cb) => cb?.({ host: null }) }, createHost: () => new FakeHost() }),
    );
    expect(await screen.findByRole("heading", { name: "This page runs inside Excel" })).toBeTruthy();
  });

  it("shows how to load the add-in when opened in another Office application", async () => {
    await act(async () =>
      startTaskPane(container(), { office: { onReady: (cb) => cb?.({ host: "Word" }) }, createHost: () => new FakeHost() }),
    );
    expect(await screen.findByText(/opened in Word, not Excel/)).toBeTruthy();
  });

  it("renders the task pane over the Excel host when Office.onReady says Excel", async () => {
    const host = new FakeHost();
    await act(async () =>
      startTaskPane(container(), { office: { onReady: (cb) => cb?.({ host: "Excel" }) }, createHost: () => host }),
    );
    expect(await screen.findByRole("button", { name: "Generate pre-S&OP pack" })).toBeTruthy();
  });
});
