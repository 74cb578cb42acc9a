import { realpathSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Appended } from "../../../packages/node/src/dashboard/run-state.js";
import { RunStore } from "../../../packages/node/src/dashboard/store.js";
import { append, scalar, tempDir, writeRun } from "./fixtures.js";

describe("RunStore", () => {
  it("serves a request for more runs than its cache holds, then keeps only the newest", async () => {
    const root = realpathSync(tempDir("dash-store-"));
    for (let r = 0; r < 6; r++) writeRun(root, `r${r}`, [scalar("loss", 0, r), scalar("loss", 1, r + 0.5)]);
    const store = new RunStore(root, 2);
    const loaded = await store.loadMany(["r0", "r1", "r2", "r3", "r4", "r5"]);
    expect(loaded.map(({ data }) => data.scalars.get("loss")!.ordered().value)).toEqual([0, 1, 2, 3, 4, 5].map((r) => [r, r + 0.5]));
    const stillLoaded = await Promise.all(["r0", "r1", "r2", "r3", "r4", "r5"].map(async (r) => (await store.get(r)).data !== undefined));
    expect(stillLoaded.filter(Boolean).length).toBeLessThanOrEqual(2);
    // An evicted run is read again in full when asked for.
    const [again] = await store.loadMany(["r0"]);
    expect(again!.data.scalars.get("loss")!.length).toBe(2);
    expect(again!.st.events).toBe(2);
  });

  it("samples unread runs within a time budget, estimating the rest from their size", async () => {
    const root = realpathSync(tempDir("dash-store-"));
    for (let r = 0; r < 3; r++) writeRun(root, `r${r}`, Array.from({ length: 2000 }, (_, i) => scalar("loss", i, 1 / (i + 1))));
    const store = new RunStore(root);
    const rushed = await store.list(-1);
    expect(rushed.map((r) => [r.exact, r.tags])).toEqual([[false, {}], [false, {}], [false, {}]]);
    expect(rushed[0]!.events).toBe(Math.round(rushed[0]!.bytes / 100));
    const sampled = await store.list();
    expect(sampled.map((r) => r.tags)).toEqual([{ scalar: ["loss"] }, { scalar: ["loss"] }, { scalar: ["loss"] }]);
    expect(Math.abs(sampled[0]!.events - 2000)).toBeLessThan(100);
  });

  it("does not sample for the run list while a chart waits for run data", async () => {
    const root = realpathSync(tempDir("dash-store-"));
    for (const r of ["a", "b", "c"]) writeRun(root, r, [scalar("loss", 0, 1)]);
    const store = new RunStore(root);
    // Hold run a's read queue, so the loadMany below stays pending until released.
    let release = () => {};
    void (await store.get("a")).exclusive(() => new Promise<void>((r) => (release = r)));
    const loading = store.loadMany(["a"]);
    const during = await store.list();
    expect(during.map((r) => r.tags)).toEqual([{}, {}, {}]);
    release();
    await loading;
    expect((await store.list()).map((r) => [r.name, r.tags])).toEqual([
      ["a", { scalar: ["loss"] }],
      ["b", { scalar: ["loss"] }],
      ["c", { scalar: ["loss"] }],
    ]);
  });

  it("reads only what was appended, and starts over when the file was rewritten", async () => {
    const root = realpathSync(tempDir("dash-store-"));
    const file = writeRun(root, "run", [scalar("loss", 0, 1), scalar("loss", 1, 2)]);
    const store = new RunStore(root);
    const st = await store.get("run");
    const seen: Appended[] = [];
    st.listeners.add((a) => seen.push(a));
    await store.loadMany(["run"]);
    expect(seen.map((a) => a.events.length)).toEqual([2]);
    append(file, [scalar("loss", 2, 3)]);
    await store.refresh(st);
    expect(seen[1]).toMatchObject({ events: [{ step: 2 }], reset: false, next: st.offset });
    writeFileSync(file, `${JSON.stringify(scalar("acc", 0, 0.5))}\n`);
    await store.refresh(st);
    expect(seen[2]).toMatchObject({ events: [{ tag: "acc" }], reset: true });
    expect([...st.data!.scalars.keys()]).toEqual(["acc"]);
    expect(st.events).toBe(1);
  });
});
