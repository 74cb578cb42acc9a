/**
 * Draws the diagram's links and unit heatmaps onto one canvas. It needs no
 * DOM, so it runs in its own worker on an OffscreenCanvas: committing a large
 * canvas from the page's thread every frame cost more than the frame had.
 * Links of equal quantised width and colour share one stroke and are only
 * redrawn when one of them would look different; the unit heatmaps are opaque
 * tiles blitted from one atlas.
 */
import { GRID } from "../model/grid.js";
import type { Weights } from "../model/protocol.js";
import { css, diverging, lutIndex } from "./colors.js";
import { linkWidth } from "./layout.js";
import { NODE_STEP, paintClassUnit, paintUnit } from "./paint.js";

export interface PainterLayout {
  /** CSS pixels and device pixel ratio of the canvas. */
  width: number;
  height: number;
  dpr: number;
  node: number;
  /** Link width scale (thinner links for small nodes). */
  thin: number;
  /** Per link: layer, from, to. */
  ends: Int32Array;
  /** Per link: the Bézier's 8 coordinates. */
  curves: Float32Array;
  /** Per unit: layer, unit, x, y. */
  units: Float32Array;
  /** Per layer after the inputs: width, and how its heatmaps are coloured. */
  layers: { units: number; mode: "diverging" | "class"; scale: number; shift: number }[];
}

export interface PainterFrame {
  weights: Weights[];
  grid: Float32Array[];
}

export type PainterMessage =
  | { type: "init"; canvas: OffscreenCanvas }
  | { type: "layout"; layout: PainterLayout }
  | { type: "frame"; frame: PainterFrame }
  /** The link under the pointer (-1: none) gets an outline. */
  | { type: "hover"; link: number };

/** Colour levels per sign for batching strokes (the weight's exact colour differs by < 1/64 of the scale). */
const SHADES = 64;
const SIDE = GRID / NODE_STEP;

type Ctx = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function surface(w: number, h: number): OffscreenCanvas | HTMLCanvasElement {
  return typeof OffscreenCanvas !== "undefined" ? new OffscreenCanvas(w, h) : Object.assign(document.createElement("canvas"), { width: w, height: h });
}

export class DiagramPainter {
  private layout?: PainterLayout;
  private frameData?: PainterFrame;
  private hovered = -1;
  private shown = new Int32Array(0);
  private shownHover = -1;
  private atlas: OffscreenCanvas | HTMLCanvasElement = surface(1, 1);
  private atlasImg = new ImageData(1, 1);
  private tile = new ImageData(SIDE, SIDE);

  constructor(private readonly canvas: OffscreenCanvas | HTMLCanvasElement) {}

  private get ctx(): Ctx {
    return this.canvas.getContext("2d") as Ctx;
  }

  receive(m: PainterMessage): void {
    if (m.type === "layout") this.setLayout(m.layout);
    else if (m.type === "frame") this.frame(m.frame);
    else if (m.type === "hover") {
      this.hovered = m.link;
      this.draw();
    }
  }

  setLayout(l: PainterLayout): void {
    this.layout = l;
    this.frameData = undefined;
    this.hovered = -1;
    this.shown = new Int32Array(0);
    this.canvas.width = Math.round(l.width * l.dpr);
    this.canvas.height = Math.round(l.height * l.dpr);
    this.ctx.setTransform(l.dpr, 0, 0, l.dpr, 0, 0);
    const n = l.units.length / 4;
    this.atlas = surface(Math.max(1, SIDE * n), SIDE);
    this.atlasImg = new ImageData(Math.max(1, SIDE * n), SIDE);
    this.draw();
  }

  frame(f: PainterFrame): void {
    const l = this.layout;
    if (!l) return;
    this.frameData = f;
    const n = l.units.length / 4;
    const atlas = new Uint32Array(this.atlasImg.data.buffer);
    const tile = new Uint32Array(this.tile.data.buffer);
    for (let i = 0; i < n; i++) {
      const layer = l.units[4 * i]!;
      const unit = l.units[4 * i + 1]!;
      const values = f.grid[layer];
      const kind = l.layers[layer];
      if (!values || !kind) continue;
      if (kind.mode === "class") paintClassUnit(this.tile, values, kind.units, unit, NODE_STEP);
      else paintUnit(this.tile, values, kind.units, unit, 255, kind.scale, kind.shift, NODE_STEP);
      for (let r = 0; r < SIDE; r++) atlas.set(tile.subarray(r * SIDE, (r + 1) * SIDE), r * SIDE * n + i * SIDE);
    }
    (this.atlas.getContext("2d") as Ctx).putImageData(this.atlasImg, 0, 0);
    this.draw();
  }

  private weight(i: number): number {
    const l = this.layout!;
    const w = this.frameData?.weights[l.ends[3 * i]!];
    if (!w) return 0;
    const units = l.layers[l.ends[3 * i]!]!.units;
    return w.kernel[l.ends[3 * i + 1]! * units + l.ends[3 * i + 2]!] ?? 0;
  }

  /** Links (when any would look different), then every unit tile, white until the first frame. */
  private draw(): void {
    const l = this.layout;
    if (!l) return;
    const ctx = this.ctx;
    this.drawLinks(ctx, l);
    const n = l.units.length / 4;
    ctx.imageSmoothingEnabled = true;
    ctx.fillStyle = "#fff";
    for (let i = 0; i < n; i++) {
      const x = l.units[4 * i + 2]!;
      const y = l.units[4 * i + 3]!;
      if (this.frameData) ctx.drawImage(this.atlas, i * SIDE, 0, SIDE, SIDE, x, y, l.node, l.node);
      else ctx.fillRect(x, y, l.node, l.node);
    }
  }

  private drawLinks(ctx: Ctx, l: PainterLayout): void {
    const count = l.ends.length / 3;
    const widthOf = (w: number) => linkWidth(w) * l.thin;
    const keys = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const w = this.weight(i);
      keys[i] = Math.round(widthOf(w) * 2) * 1024 + Math.round((lutIndex(w) / 510) * 2 * SHADES);
    }
    if (this.hovered === this.shownHover && keys.length === this.shown.length && keys.every((k, i) => k === this.shown[i])) return;
    this.shown = keys;
    this.shownHover = this.hovered;
    ctx.clearRect(0, 0, l.width, l.height);
    const buckets = new Map<number, number[]>();
    keys.forEach((k, i) => {
      const b = buckets.get(k);
      if (b) b.push(i);
      else buckets.set(k, [i]);
    });
    const curve = (i: number) => {
      const c = l.curves;
      ctx.moveTo(c[8 * i]!, c[8 * i + 1]!);
      ctx.bezierCurveTo(c[8 * i + 2]!, c[8 * i + 3]!, c[8 * i + 4]!, c[8 * i + 5]!, c[8 * i + 6]!, c[8 * i + 7]!);
    };
    ctx.lineCap = "round";
    ctx.globalAlpha = 0.85;
    for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
      ctx.beginPath();
      for (const i of buckets.get(key)!) curve(i);
      ctx.lineWidth = Math.floor(key / 1024) / 2;
      ctx.strokeStyle = css(diverging((key % 1024) / SHADES - 1));
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    if (this.hovered >= 0 && this.hovered < count) {
      const w = this.weight(this.hovered);
      ctx.beginPath();
      curve(this.hovered);
      ctx.lineWidth = widthOf(w) + 3;
      ctx.strokeStyle = "rgba(32, 33, 36, 0.55)";
      ctx.stroke();
      ctx.lineWidth = widthOf(w);
      ctx.strokeStyle = css(diverging(w));
      ctx.stroke();
    }
  }
}
