/**
 * Wiring: the state table ⇄ URL hash, state changes → worker, worker
 * snapshots → one draw per animation frame. Views own their DOM; nothing
 * here computes a model.
 */
import { WorkerClient } from "./client.js";
import { loadCsv, storeCsv } from "./csv-store.js";
import { perf, startFrameLoop } from "./frames.js";
import type { FromWorker, Snapshot } from "./model/protocol.js";
import { decodeState, encodeState } from "./state/codec.js";
import { csvId } from "./state/csv-id.js";
import { effectOf } from "./state/effects.js";
import { MAX_SEED, type AppState } from "./state/schema.js";
import { createStore } from "./state/store.js";
import { DataPanel } from "./view/data-panel.js";
import { byId } from "./view/dom.js";
import { openEditor } from "./view/editor.js";
import { ExportPanel } from "./view/export-panel.js";
import { NetworkPanel } from "./view/network-panel.js";
import { OutputPanel } from "./view/output-panel.js";
import { TestPanel } from "./view/test-panel.js";
import { toast } from "./view/toast.js";
import { Toolbar } from "./view/toolbar.js";

const decoded = decodeState(location.hash);
const store = createStore(decoded.state);
if (decoded.problems.length) toast(`Some link settings were ignored: ${decoded.problems.join("; ")}`);

const writeHash = (s: AppState) => {
  const hash = "#" + encodeState(s);
  if (location.hash !== hash) history.replaceState(null, "", hash);
};
writeHash(store.get());

let run = 0;
let playing = false;
let lastSteps = -1;
/** A just-uploaded file's text, sent with the next configure; its problem type comes from the worker's reading of it. */
let pendingCsv: string | undefined;
let detectCsv = false;
/** Set while adopting a value the worker already used, so the change does not rebuild again. */
let quiet = false;

const client = new WorkerClient(onMessage, (m) => fail(`training worker: ${m}`));
const send = client.send.bind(client);

const toolbar = new Toolbar(byId("toolbar"), store, {
  toggle: () => setPlaying(!playing),
  step: () => {
    setPlaying(false);
    send({ type: "step" });
  },
  reset: () => {
    setPlaying(false);
    send({ type: "reset" });
  },
});
const dataPanel = new DataPanel(byId("data-column"), store, {
  upload: (file) => void upload(file),
  regenerate: () => store.update({ seed: Math.floor(Math.random() * MAX_SEED) }),
  hasCsv: (s) => s.csv !== "" && loadCsv(s.csv) !== undefined,
});
const network = new NetworkPanel(byId("network-column"), store, (layer, from, to, value, anchor) =>
  openEditor(anchor, to < 0 ? `Bias of neuron ${from + 1}, layer ${layer + 1}` : `Weight ${from + 1} → ${to + 1}, layer ${layer + 1}`, value, (v) =>
    send({ type: "edit", layer, from, to, value: v })));
const output = new OutputPanel(byId("output-panel"), store);
const testPanel = new TestPanel(byId("test-panel"));
const exporter = new ExportPanel(byId("export-panel"), () => send({ type: "export" }));

function setPlaying(on: boolean): void {
  playing = on;
  perf.playing = on;
  toolbar.setPlaying(on);
  if (!on && perf.backend) toolbar.setStatus(`WebAssembly ${perf.backend.toUpperCase()} · paused`);
  send({ type: on ? "play" : "pause" });
}

function fail(message: string): void {
  perf.errors.push(message);
  toast(message, "error");
  if (playing) setPlaying(false);
}

function csvFor(s: AppState): string | undefined {
  if (s.dataset !== "csv") return undefined;
  const text = loadCsv(s.csv);
  if (text === undefined) {
    toast("The uploaded file of this link is not stored in this browser; upload it again.", "error");
  }
  return text;
}

async function upload(file: File): Promise<void> {
  const text = await file.text();
  const id = csvId(text);
  if (!storeCsv(id, text)) toast("The file is too large to keep for a reload; it trains, but upload it again after reloading.");
  detectCsv = true;
  pendingCsv = text;
  store.update({ dataset: "csv", csv: id });
  // The same file again: nothing in the state changed, so ask for the rebuild here.
  if (pendingCsv !== undefined) configure(store.get(), "data");
}

function configure(state: AppState, effect: "hyper" | "model" | "data"): void {
  const detect = pendingCsv !== undefined && detectCsv;
  const csv = pendingCsv ?? (effect === "data" ? csvFor(state) : undefined);
  pendingCsv = undefined;
  if (state.dataset === "csv" && effect === "data" && csv === undefined) {
    store.update({ dataset: "circle", problem: "classification" });
    return;
  }
  send({ type: "configure", state, effect, csv, detect });
}

function render(s: AppState): void {
  toolbar.render(s);
  dataPanel.render(s);
  output.render(s);
}

store.subscribe((next, prev) => {
  writeHash(next);
  render(next);
  const effect = effectOf(prev, next);
  if (!quiet && (effect === "hyper" || effect === "model" || effect === "data")) configure(next, effect);
});

addEventListener("hashchange", () => {
  const d = decodeState(location.hash);
  if (d.problems.length) toast(`Some link settings were ignored: ${d.problems.join("; ")}`);
  store.update(d.state);
});

function onMessage(msg: FromWorker): void {
  switch (msg.type) {
    case "ready":
      perf.backend = msg.backend;
      toolbar.setStatus(`WebAssembly ${msg.backend.toUpperCase()} · worker`);
      return;
    case "thumbnails":
      return dataPanel.setThumbnails(msg.sets);
    case "data":
      run = msg.run;
      perf.run = run;
      lastSteps = -1;
      network.setNetwork(msg.spec);
      output.setData(msg.data, msg.spec);
      testPanel.setData(msg.data);
      if (detectCsv && store.get().dataset === "csv") {
        detectCsv = false;
        if (msg.data.problem !== store.get().problem) {
          quiet = true;
          store.update({ problem: msg.data.problem });
          quiet = false;
        }
      }
      return;
    case "snapshot":
      perf.snapshots++;
      // Every snapshot is acknowledged once: drawn, replaced by a newer one, or from a replaced run.
      if (msg.run !== run) send({ type: "ack" });
      else frames.offer(msg);
      return;
    case "exported":
      perf.exports++;
      return exporter.done(msg.files, msg.snippet);
    case "error":
      exporter.failed();
      return fail(msg.message);
  }
}

function draw(snap: Snapshot): void {
  const fresh = snap.steps !== lastSteps;
  lastSteps = snap.steps;
  network.update(snap);
  output.update(snap, fresh);
  if (snap.report) testPanel.update(snap.report);
  toolbar.setEpoch(snap.epoch);
}

const frames = startFrameLoop(draw, () => send({ type: "ack" }), (fps) => {
  if (playing) toolbar.setStatus(`WebAssembly ${perf.backend.toUpperCase()} · ${fps.toFixed(0)} frames/s · worker ${perf.snapshotMs.toFixed(1)} ms + draw ${perf.drawMs.toFixed(1)} ms`);
});
render(store.get());
configure(store.get(), "data");
