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
/** How long the run list waits for the runs a link names to be read and drawn first. */
const LIST_WAITS_MS = 1000;

/** Resolves once `root` holds a chart drawn with its data (cards mark that with data-loaded). */
function firstChart(root: HTMLElement): Promise<void> {
  return new Promise((drawn) => {
    const watch = new MutationObserver(() => {
      if (!root.querySelector("[data-loaded]")) return;
      watch.disconnect();
      drawn();
    });
    watch.observe(root, { subtree: true, attributes: true, attributeFilter: ["data-loaded"] });
  });
}

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
  // Until the run list is in, the runs known are only those a link's prefetch read: no list to draw yet.
  const runCounts = throttle(() => {
    if (ctx.listed) sidebar.renderRuns();
  }, 1000);
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
  let shown = false;
  // A link that names its runs: they are read first and drawn as soon as they are, run list or not. The run
  // list is asked for once the first chart is drawn (a second at most), so that it takes neither the
  // server's one thread nor the page's while the chart is on its way.
  const early = ctx.prefetch();
  void early.then((ok) => {
    if (ok && !shown) {
      shown = true;
      show();
    }
  });
  const listAfter = Promise.race([early.then((ok) => (ok ? firstChart(main) : undefined)), new Promise((wait) => setTimeout(wait, LIST_WAITS_MS))]);
  // The view starts its requests before the (possibly long) run list is laid out.
  void listAfter
    .then(async () => {
      // A view already drawn from a prefetch needs redrawing only if the list changes the runs it shows.
      const drawn = ctx.visible().join("\n");
      await loadRuns();
      return drawn !== ctx.visible().join("\n");
    })
    .then(
      (moved) => {
        if (!shown) {
          shown = true;
          show();
        } else if (moved) view?.update(new Set(["runs"]));
        sidebar.renderRuns();
      },
      (err: unknown) => main.replaceChildren(h("div", { class: "error" }, `Could not list runs: ${String(err)}`)),
    );
}

start(document.getElementById("app")!);
