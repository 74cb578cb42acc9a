/** The middle column: hidden-layer and neuron +/− controls above the network diagram. */
import type { Snapshot } from "../model/protocol.js";
import { paramCount, type NetworkSpec } from "../model/spec.js";
import { FEATURES, MAX_LAYERS, MAX_UNITS, type FeatureName } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { h } from "./dom.js";
import { diagramLayout } from "./layout.js";
import { NetworkDiagram, type DiagramEvents } from "./network.js";

const DIAGRAM_WIDTH = 560;

export class NetworkPanel {
  readonly diagram: NetworkDiagram;
  private readonly layerCount = h("span", { class: "layer-count" });
  private readonly params = h("span", { class: "params" });
  private readonly unitControls = h("div", { class: "unit-controls" });

  constructor(host: HTMLElement, private readonly store: Store, onEdit: DiagramEvents["editWeight"]) {
    this.diagram = new NetworkDiagram({
      toggleFeature: (f: FeatureName) => store.update((st) => ({ features: st.features.includes(f) ? st.features.filter((x) => x !== f) : [...st.features, f] })),
      editWeight: onEdit,
    });
    const addLayer = h("button", { class: "round", title: "add a hidden layer", "aria-label": "add a hidden layer", onclick: () => this.layers(+1) }, "+");
    const removeLayer = h("button", { class: "round", title: "remove the last hidden layer", "aria-label": "remove a hidden layer", onclick: () => this.layers(-1) }, "−");
    host.append(
      h("div", { class: "column-head network-head" }, addLayer, removeLayer, this.layerCount, this.params),
      h("div", { class: "diagram-wrap" }, this.unitControls, this.diagram.el),
    );
  }

  private layers(delta: number): void {
    this.store.update((st) => ({ hidden: delta > 0 ? (st.hidden.length < MAX_LAYERS ? [...st.hidden, 2] : st.hidden) : st.hidden.slice(0, -1) }));
  }

  private units(layer: number, delta: number): void {
    this.store.update((st) => ({ hidden: st.hidden.map((u, i) => (i === layer ? Math.min(MAX_UNITS, Math.max(1, u + delta)) : u)) }));
  }

  setNetwork(spec: NetworkSpec): void {
    this.diagram.setNetwork(spec, DIAGRAM_WIDTH);
    const n = spec.hidden.length;
    this.layerCount.textContent = `${n} hidden layer${n === 1 ? "" : "s"}`;
    this.params.textContent = `${paramCount(spec).toLocaleString("en-US")} parameters`;
    const L = diagramLayout([FEATURES.length, ...spec.hidden, spec.output.units], DIAGRAM_WIDTH);
    this.unitControls.style.width = `${DIAGRAM_WIDTH}px`;
    this.unitControls.replaceChildren(
      h("div", { class: "col-title", style: `left:${L.columnX[0]! + L.node / 2}px` }, "Features"),
      ...spec.hidden.map((u, i) =>
        h(
          "div",
          { class: "col-title units", style: `left:${L.columnX[i + 1]! + L.node / 2}px` },
          h("span", { class: "unit-buttons" },
            h("button", { class: "round small", "aria-label": `add a neuron to layer ${i + 1}`, onclick: () => this.units(i, +1) }, "+"),
            h("button", { class: "round small", "aria-label": `remove a neuron from layer ${i + 1}`, onclick: () => this.units(i, -1) }, "−")),
          h("span", {}, `${u} neuron${u === 1 ? "" : "s"}`),
        )
      ),
      h("div", { class: "col-title", style: `left:${L.columnX[n + 1]! + L.node / 2}px` }, "Output"),
    );
  }

  update(snap: Snapshot): void {
    this.diagram.update(snap);
  }
}
