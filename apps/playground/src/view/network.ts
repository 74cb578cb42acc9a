/**
 * The network diagram: feature nodes (click to toggle), hidden and output
 * nodes each showing its output over the input plane, links whose width
 * follows |weight| and colour its sign. Links and bias squares open the
 * weight editor; hovering a node enlarges its heatmap. Links and unit
 * heatmaps are painted by painter.ts in a worker, on a canvas this page
 * hands over; the unit divs above it take the pointer and carry the biases.
 */
import type { Snapshot } from "../model/protocol.js";
import type { NetworkSpec } from "../model/spec.js";
import { FEATURES, type FeatureName } from "../state/schema.js";
import { css, diverging, lutIndex } from "./colors.js";
import { h } from "./dom.js";
import { diagramLayout } from "./layout.js";
import { HoverCard } from "./hover-card.js";
import { LinkSet, type LinkGeometry } from "./links.js";
import { featureNode } from "./feature-node.js";
import type { PainterLayout } from "./painter.js";
import { painterFor } from "./painter-host.js";

export interface DiagramEvents {
  toggleFeature(f: FeatureName): void;
  /** A link (`to` ≥ 0) or a bias square (`to` = -1) was clicked; `value` is its current value. */
  editWeight(layer: number, from: number, to: number, value: number, anchor: DOMRect): void;
}

interface Unit {
  layer: number;
  unit: number;
  bias: HTMLElement;
  el: HTMLElement;
  /** Bias colour row and dead flag last written, to skip unchanged DOM writes. */
  shownBias: number;
  shownDead: boolean;
}

/** How a layer's heatmaps are coloured: hidden outputs as they are, probabilities from [0, 1] to [-1, 1], softmax in class colours. */
function layerKind(spec: NetworkSpec, layer: number): PainterLayout["layers"][number] {
  const isOutput = layer === spec.hidden.length;
  const units = isOutput ? spec.output.units : spec.hidden[layer]!;
  if (isOutput && spec.output.activation === "softmax") return { units, mode: "class", scale: 1, shift: 0 };
  return isOutput && spec.output.activation === "sigmoid" ? { units, mode: "diverging", scale: 2, shift: -1 } : { units, mode: "diverging", scale: 1, shift: 0 };
}

export class NetworkDiagram {
  readonly el = h("div", { class: "diagram" });
  private readonly canvas = h("canvas", { class: "links" });
  private readonly paint = painterFor(this.canvas);
  private links = new LinkSet();
  private units: Unit[] = [];
  private spec?: NetworkSpec;
  private last?: Snapshot;
  private hovered?: Unit;
  private readonly card = new HoverCard();
  private readonly tip = h("div", { class: "link-tip", hidden: true });
  private tipLink?: LinkGeometry;
  private readonly weightOf = (l: LinkGeometry) => this.weight(l);

  constructor(private readonly events: DiagramEvents) {
    this.el.addEventListener("pointermove", (e) => this.pointer(e));
    this.el.addEventListener("pointerleave", () => this.hideTip());
    this.el.addEventListener("click", (e) => {
      if (e.target !== this.canvas || !this.tipLink) return;
      const l = this.tipLink;
      this.events.editWeight(l.layer, l.from, l.to, this.weight(l), new DOMRect(e.clientX, e.clientY, 0, 0));
    });
  }

  /** Rebuilds the diagram for a network (features, hidden sizes, outputs). */
  setNetwork(spec: NetworkSpec, width: number): void {
    this.spec = spec;
    this.last = undefined;
    this.hovered = undefined;
    this.tipLink = undefined;
    const columns = [FEATURES.length, ...spec.hidden, spec.output.units];
    const L = diagramLayout(columns, width);
    const half = L.node / 2;
    this.el.replaceChildren(this.canvas);
    this.el.style.width = `${L.width}px`;
    this.el.style.height = `${L.height}px`;
    this.el.style.setProperty("--node", `${L.node}px`);
    this.canvas.style.width = `${L.width}px`;
    this.canvas.style.height = `${L.height}px`;
    this.links = new LinkSet(Math.min(1, L.node / 32));
    this.units = [];
    const unitXY: number[] = [];

    // Inputs: every feature is drawn; the enabled ones feed layer 0, in spec order.
    FEATURES.forEach((f, i) => {
      this.el.append(featureNode(f, spec.features.includes(f), L.columnX[0]!, L.nodeY(i), () => this.events.toggleFeature(f)));
    });

    const sizes = [spec.features.length, ...spec.hidden, spec.output.units];
    for (let layer = 0; layer < sizes.length - 1; layer++) {
      const col = layer + 1;
      for (let to = 0; to < sizes[layer + 1]!; to++) {
        for (let from = 0; from < sizes[layer]!; from++) {
          const row = layer === 0 ? FEATURES.indexOf(spec.features[from]!) : from;
          this.links.add(layer, from, to, L.columnX[col - 1]! + L.node, L.nodeY(row) + half, L.columnX[col]!, L.nodeY(to) + half);
        }
        this.el.append(this.unitNode(layer, to, L.columnX[col]!, L.nodeY(to)));
        unitXY.push(layer, to, L.columnX[col]!, L.nodeY(to));
      }
    }
    this.el.append(this.card.el, this.tip);
    const layout: PainterLayout = {
      width: L.width, height: L.height, dpr: devicePixelRatio, node: L.node, thin: this.links.thin, ...this.links.packed(),
      units: Float32Array.from(unitXY), layers: sizes.slice(1).map((_, layer) => layerKind(spec, layer)),
    };
    this.paint({ type: "layout", layout });
  }

  private unitNode(layer: number, unit: number, x: number, y: number): HTMLElement {
    const isOutput = layer === this.spec!.hidden.length;
    const bias = h("div", { class: "bias", title: "bias: click to edit" });
    const el = h("div", { class: `node unit${isOutput ? " output" : ""}`, style: `left:${x}px;top:${y}px`, "data-layer": layer, "data-unit": unit });
    el.append(bias);
    const u: Unit = { layer, unit, bias, el, shownBias: -1, shownDead: false };
    bias.addEventListener("click", (e) => {
      e.stopPropagation();
      this.events.editWeight(layer, unit, -1, this.last?.weights[layer]?.bias[unit] ?? 0, bias.getBoundingClientRect());
    });
    el.addEventListener("pointerenter", () => this.showCard(u));
    el.addEventListener("pointerleave", () => this.hideCard());
    this.units.push(u);
    return el;
  }

  private weight(l: LinkGeometry): number {
    const w = this.last?.weights[l.layer];
    return w ? w.kernel[l.from * this.sizeOf(l.layer) + l.to]! : 0;
  }

  private sizeOf(layer: number): number {
    const spec = this.spec!;
    return layer < spec.hidden.length ? spec.hidden[layer]! : spec.output.units;
  }

  /** Sends the frame to the painter (a copy: this page keeps the snapshot), recolours bias squares, marks dead units. */
  update(snap: Snapshot): void {
    if (!this.spec) return;
    this.last = snap;
    this.paint({ type: "frame", frame: { weights: snap.weights, grid: snap.grid } });
    for (const u of this.units) {
      const b = snap.weights[u.layer]?.bias[u.unit] ?? 0;
      if (lutIndex(b) !== u.shownBias) {
        u.shownBias = lutIndex(b);
        u.bias.style.background = css(diverging(b));
      }
      const dead = snap.dead[u.layer]?.[u.unit] === 1;
      if (dead !== u.shownDead) {
        u.shownDead = dead;
        u.el.classList.toggle("dead", dead);
        u.el.title = dead ? "dead unit: its output is constant over the training set" : "";
      }
    }
    if (this.hovered) this.drawCard(this.hovered);
    if (this.tipLink) this.tip.textContent = `weight ${this.weight(this.tipLink).toFixed(3)}`;
  }

  private showCard(u: Unit): void {
    this.hovered = u;
    const spec = this.spec!;
    const isOutput = u.layer === spec.hidden.length;
    const label = isOutput
      ? spec.output.units > 1 ? `output: P(class ${u.unit})` : spec.output.activation === "sigmoid" ? "output: P(blue)" : "output"
      : `layer ${u.layer + 1}, neuron ${u.unit + 1}`;
    this.card.show(label, u.el.getBoundingClientRect(), this.el.getBoundingClientRect());
    this.drawCard(u);
  }

  private drawCard(u: Unit): void {
    const values = this.last?.grid[u.layer];
    if (values && this.spec) this.card.draw(values, layerKind(this.spec, u.layer), u.unit);
  }

  private hideCard(): void {
    this.hovered = undefined;
    this.card.hide();
  }

  /** Hover over the link canvas: the nearest link gets an outline and a tooltip with its weight. */
  private pointer(e: PointerEvent): void {
    if (e.target !== this.canvas) return this.hideTip();
    const host = this.el.getBoundingClientRect();
    const l = this.links.hit(e.clientX - host.left, e.clientY - host.top, this.weightOf);
    if (!l) return this.hideTip();
    if (l !== this.tipLink) this.paint({ type: "hover", link: this.links.links.indexOf(l) });
    this.tipLink = l;
    this.tip.hidden = false;
    this.tip.textContent = `weight ${this.weight(l).toFixed(3)}`;
    this.tip.style.left = `${e.clientX - host.left + 12}px`;
    this.tip.style.top = `${e.clientY - host.top - 28}px`;
    this.canvas.style.cursor = "pointer";
  }

  private hideTip(): void {
    if (!this.tipLink) return;
    this.tipLink = undefined;
    this.tip.hidden = true;
    this.canvas.style.cursor = "";
    this.paint({ type: "hover", link: -1 });
  }
}
