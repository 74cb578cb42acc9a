import { api, type Appended } from "./api.js";
import { Context } from "./context.js";
import { h } from "./dom.js";
import { throttle } from "./lazy.js";
import { Live, type LiveStatus } from "./live.js";
import { Sidebar } from "./sidebar.js";
import { fromQuery, Store, VIEWS, type View as ViewName } from "./state.js";
import { CurvesView } from "./views/curves.js";
import { HistogramsView } from "./views/histograms.js";
import { HparamsView } from "./views/hparams.js";
import { ModelView } from "./views/model.js";
import { ScalarsView } from "./views/scalars.js";
import { TextView } from "./views/text.js";
import type { View } from "./views/view.js";

const TITLES: Record<ViewName, string> = { scalars: "Scalars", histograms: "Histograms", curves: "Curves", hparams: "HParams", model: "Model", text: "Text" };
const MAKE: Record<ViewName, (c: Context) => View> = {
  scalars: (c) => new ScalarsView(c),
  histograms: (c) => new HistogramsView(c),
  curves: (c) => new CurvesView(c),
  hparams: (c) => new HparamsView(c),
  model: (c) => new ModelView(c),
  text: (c) => new TextView(c),
};
const STATUS: Record<LiveStatus, string> = { live: "Live", connecting: "Connecting…", off: "Offline" };

/** Wires the state table, the run list, the live stream and the current view together. */
function start(root: HTMLElement): void {
  const store = new Store(fromQuery(location.search.slice(1)), (q) => history.replaceState(null, "", q ? `?${q}` : location.pathname));
  const ctx = new Context(store);
  const sidebar = new Sidebar(ctx);
  const main = h("main", { class: "content" });
  const status = h("span", { class: "status", "data-status": "connecting" }, STATUS.connecting);
  const tabs = VIEWS.map((v) => h("button", { class: "tab", "data-view": v, onclick: () => store.set({ view: v }) }, TITLES[v]));
  root.replaceChildren(h("header", { class: "top" }, h("div", { class: "brand" }, h("span", { class: "logo" }, "◆"), "Neurite", h("span", { class: "brand-sub" }, "dashboard")), h("nav", { class: "tabs" }, ...tabs), status), h("div", { class: "body" }, sidebar.el, main));

  let view: View | undefined;
  const show = () => {
    view?.destroy();
    view = MAKE[store.state.view](ctx);
    main.replaceChildren(view.el);
    for (const t of tabs) t.classList.toggle("on", t.dataset.view === store.state.view);
    void view.render();
  };
  const runCounts = throttle(() => sidebar.renderRuns(), 1000);
  ctx.onRunsUpdated = runCounts;
  const live = new Live(
    (a: Appended) => {
      const fresh = ctx.appended(a);
      view?.appended(a, fresh);
      runCounts();
    },
    (next) => view?.resync?.(next),
    () =>
      void loadRuns().then(() => {
        view?.update(new Set(["runs"]));
        sidebar.renderRuns();
      }),
    (s) => {
      status.dataset.status = s;
      status.textContent = STATUS[s];
    },
  );
  const loadRuns = async () => {
    ctx.setRuns((await api.runs()).runs);
    live.watch(ctx.visible());
  };

  store.subscribe((_st, changed) => {
    sidebar.sync();
    if (changed.has("runs") || changed.has("runFilter")) {
      sidebar.renderRuns();
      live.watch(ctx.visible());
    }
    if (changed.has("view")) show();
    else view?.update(changed);
  });
  // The view starts its requests before the (possibly long) run list is laid out.
  void loadRuns().then(
    () => {
      show();
      sidebar.renderRuns();
    },
    (err: unknown) => main.replaceChildren(h("div", { class: "error" }, `Could not list runs: ${String(err)}`)),
  );
}

start(document.getElementById("app")!);
