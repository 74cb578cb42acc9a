// End to end: the built app, the real server, a logdir written here (one run still growing), headless Chromium.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDashboard, type Dashboard } from "../../../packages/node/src/dashboard/server.js";
import { build } from "../build.mjs";
import { launch } from "../scripts/chromium.mjs";
import { writeDemo, writeSearch } from "./demo-logdir.js";
import { append, scalar, tempDir, WALL0, writeRun } from "./fixtures.js";

const OUT = join(import.meta.dirname, "..", "test-output");

let dash: Dashboard;
let browser: Browser;
let page: Page;
let logged: Map<string, { step: number; wall: number; value: number }[]>;
let writer: ReturnType<typeof setInterval>;
const errors: string[] = [];

const card = (tag: string) => `section.card[data-tag="${tag}"]`;
const canvasPixels = (tag: string) => page.$eval(`${card(tag)} canvas`, (c) => (c as HTMLCanvasElement).toDataURL());
const dataset = (tag: string, key: string) => page.$eval(card(tag), (el, k) => (el as HTMLElement).dataset[k] ?? "", key);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const logdir = tempDir("dash-e2e-");
  logged = writeDemo(logdir);
  writeSearch(logdir);
  let step = 0;
  const live = writeRun(logdir, "live", [scalar("train/loss", step++, 2)]);
  // The run that keeps training while the test runs: three steps every 100 ms.
  writer = setInterval(() => append(live, [0, 1, 2].map(() => scalar("train/loss", step, 2 / (1 + step++ / 50), WALL0 + step))), 100);
  const appDir = tempDir("dash-app-");
  await build({ outdir: appDir });
  dash = await startDashboard({ logdir, port: 0, appDir, pollMs: 200 });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  clearInterval(writer);
  await browser?.close();
  await dash?.close();
});

describe("dashboard in Chromium", () => {
  it("shows the runs and one chart per scalar tag with every run overlaid", async () => {
    await page.goto(dash.url);
    await page.waitForSelector(`${card("val/loss")}[data-loaded="1"]`);
    const runs = await page.$$eval(".run-row", (rows) => rows.map((r) => (r as HTMLElement).dataset.run));
    expect(runs).toEqual(["baseline", "live", "lr=0.1", "search", "wide-dropout"]);
    await page.waitForSelector(`${card("train/loss")}[data-loaded="1"]`);
    expect((await dataset("train/loss", "runs")).split(",").sort()).toEqual(["baseline", "live", "lr=0.1", "wide-dropout"]);
    expect(await page.$$eval("section.card[data-tag]", (els) => els.map((e) => (e as HTMLElement).dataset.tag))).toEqual(
      expect.arrayContaining(["train/loss", "val/loss", "val/accuracy", "grad_norm/dense"]),
    );
    // The diagnostic that names train/loss is shown under its chart.
    expect(await page.textContent(`${card("train/loss")} .notes`)).toContain("38% of ReLU units");
    expect(await page.textContent(".status")).toBe("Live");
  });

  it("grows the live run's chart without a reload", async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const before = Number(await dataset("train/loss", "points"));
    const pixels = await canvasPixels("train/loss");
    await page.waitForFunction(([sel, n]) => Number((document.querySelector(sel as string) as HTMLElement).dataset.points) > (n as number) + 10, [card("train/loss"), before], { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    expect(await canvasPixels("train/loss")).not.toBe(pixels);
  });

  it("redraws the line when the smoothing slider moves, and keeps it in the URL", async () => {
    const setSmoothing = async (v: number) => {
      await page.$eval("input.smoothing", (el, val) => {
        const input = el as HTMLInputElement;
        input.value = String(val);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }, v);
      await page.waitForSelector(`${card("val/loss")}[data-smoothing="${v}"]`);
      await page.waitForTimeout(100);
    };
    await setSmoothing(0);
    const raw = await canvasPixels("val/loss");
    await setSmoothing(0.95);
    const smoothed = await canvasPixels("val/loss");
    expect(smoothed).not.toBe(raw);
    await setSmoothing(0);
    expect(await canvasPixels("val/loss")).toBe(raw);
    await setSmoothing(0.95);
    expect(page.url()).toContain("smoothing=0.95");
  });

  it("downloads CSV that matches the logged values", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`${card("val/loss")} a.dl[data-format="csv"]`)]);
    const rows = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
    expect(rows[0]).toBe("run,step,wall,value");
    const got = rows.slice(1).map((r) => {
      const [run, step, wall, value] = r.split(",");
      return { run, step: Number(step), wall: Number(wall), value: Number(value) };
    });
    const want = [...logged].flatMap(([run, pts]) => pts.map((p) => ({ run, ...p })));
    expect(got.sort((a, b) => a.run!.localeCompare(b.run!) || a.step - b.step)).toEqual(want.sort((a, b) => a.run.localeCompare(b.run) || a.step - b.step));
  });

  it("reproduces the view from its URL", async () => {
    await page.goto(`${dash.url}?run=baseline&run=lr%3D0.1&smoothing=0.8&x=relative&tagFilter=val`);
    await page.waitForSelector(`${card("val/loss")}[data-loaded="1"]`);
    expect(await dataset("val/loss", "runs")).toBe("baseline,lr=0.1");
    expect(await dataset("val/loss", "smoothing")).toBe("0.8");
    expect(await page.$("section.card[data-tag=\"train/loss\"]")).toBeNull();
    expect(await page.$eval("button[data-x=relative]", (b) => b.classList.contains("on"))).toBe(true);
    // The link's runs are drawn before the run list is asked for; it still comes, with them ticked.
    await page.waitForSelector(".run-row");
    const ticked = await page.$$eval(".run-row", (rows) => rows.filter((r) => r.querySelector("input")!.checked).map((r) => (r as HTMLElement).dataset.run));
    expect(ticked).toEqual(["baseline", "lr=0.1"]);
  });

  it("renders every view and saves screenshots", async () => {
    await page.goto(dash.url);
    await page.waitForSelector(`${card("train/loss")}[data-loaded="1"]`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, "scalars.png") });
    const views: [string, string][] = [
      ["histograms", `${card("weights/dense/kernel")}[data-loaded="1"] canvas`],
      ["curves", `${card("roc/class_0")}[data-loaded="1"] canvas`],
      ["hparams", "svg.parcoords path"],
      ["model", "svg.model-graph g.layer"],
      ["text", "pre.text-body"],
    ];
    for (const [view, ready] of views) {
      await page.click(`button.tab[data-view="${view}"]`);
      await page.waitForSelector(ready);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(OUT, `${view}.png`) });
      if (view === "curves") expect(await page.textContent(`${card("roc/class_0")} .legend`)).toContain("AUC 0.940");
      if (view === "hparams") expect(await page.$$eval("table.trials tbody tr", (r) => r.length)).toBe(13);
      if (view === "curves") expect(await page.$$eval(`${card("validationCurve/optimizer/accuracy")} .legend li`, (li) => li.length)).toBe(2);
      if (view === "model") expect(await page.$$eval("svg.model-graph g.layer", (g) => g.length)).toBe(4);
    }
    expect(errors).toEqual([]);
  });
});
