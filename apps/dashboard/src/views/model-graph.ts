import type { RunEvent } from "../api.js";

/** A layer as the Model view draws it. */
export interface LayerBox {
  name: string;
  className: string;
  outputShape?: string;
  params?: number;
  activation?: string;
  inbound: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);

/** "(None, 64)" from [null, 64]. */
export function shapeText(shape: unknown): string | undefined {
  if (!Array.isArray(shape)) return undefined;
  return `(${shape.map((d) => (d === null || d === undefined ? "None" : String(d))).join(", ")})`;
}

/** Output shape and param count per layer name, read from the rows of a Keras-style summary. */
export function parseSummary(summary: string): Map<string, { shape: string; params: number }> {
  const rows = new Map<string, { shape: string; params: number }>();
  for (const line of summary.split("\n")) {
    const m = /^\s*(\S+) \(([\w.]+)\)\s+(\(.*?\)|\[.*?\]|\S+)\s+([\d,]+)\s*$/.exec(line);
    if (m) rows.set(m[1]!, { shape: m[3]!, params: Number(m[4]!.replace(/,/g, "")) });
  }
  return rows;
}

/** Names of the layers feeding a functional-model layer (Keras `inbound_nodes`), if the config has them. */
function inboundOf(entry: Obj): string[] {
  const nodes = entry.inbound_nodes;
  if (!Array.isArray(nodes)) return [];
  const names: string[] = [];
  for (const node of nodes) for (const ref of Array.isArray(node) ? node : []) if (Array.isArray(ref) && typeof ref[0] === "string") names.push(ref[0]);
  return names;
}

/**
 * The layers of a model event: its `layers` list when the writer gave one,
 * else built from the Keras-style config, with shapes and params from the
 * summary text. Layers with no inbound names follow the previous layer.
 */
export function modelLayers(e: RunEvent): LayerBox[] {
  const fromSummary = typeof e.summary === "string" ? parseSummary(e.summary) : new Map();
  let boxes: LayerBox[];
  if (Array.isArray(e.layers)) {
    boxes = (e.layers as Obj[]).map((l) => ({
      name: String(l.name),
      className: String(l.className ?? l.class_name ?? "Layer"),
      outputShape: shapeText(l.outputShape) ?? fromSummary.get(String(l.name))?.shape,
      params: typeof l.params === "number" ? l.params : fromSummary.get(String(l.name))?.params,
      activation: typeof l.activation === "string" ? l.activation : undefined,
      inbound: Array.isArray(l.inbound) ? (l.inbound as unknown[]).map(String) : [],
    }));
  } else {
    let cfg = obj(e.config);
    if (cfg && obj(cfg.config) && typeof cfg.class_name === "string") cfg = obj(cfg.config);
    const list = Array.isArray(cfg?.layers) ? (cfg.layers as unknown[]).map(obj).filter((l): l is Obj => l !== undefined) : [];
    boxes = list.map((entry) => {
      const c = obj(entry.config) ?? {};
      const name = String(c.name ?? entry.name ?? entry.class_name);
      const s = fromSummary.get(name);
      return {
        name,
        className: String(entry.class_name ?? "Layer"),
        outputShape: s?.shape ?? (typeof c.units === "number" ? `(None, ${c.units})` : undefined),
        params: s?.params,
        activation: typeof c.activation === "string" ? c.activation : undefined,
        inbound: inboundOf(entry),
      };
    });
    const first = obj(list[0]?.config);
    const input = shapeText(first?.batch_input_shape ?? first?.batchInputShape);
    if (input && boxes.length > 0 && boxes[0]!.className !== "InputLayer") boxes.unshift({ name: "input", className: "Input", outputShape: input, params: 0, inbound: [] });
  }
  return boxes.map((b, i) => ({ ...b, inbound: b.inbound.length > 0 || i === 0 ? b.inbound : [boxes[i - 1]!.name] }));
}

/** A layer placed on the page: row = longest path from an input, column within the row. */
export interface Placed {
  box: LayerBox;
  row: number;
  col: number;
}

/** Rows by longest path from the inputs, so branches sit side by side and merges below both. */
export function layoutLayers(boxes: LayerBox[]): { placed: Placed[]; rows: number; cols: number } {
  const rowOf = new Map<string, number>();
  for (const b of boxes) rowOf.set(b.name, Math.max(-1, ...b.inbound.map((n) => rowOf.get(n) ?? -1)) + 1);
  const perRow = new Map<number, number>();
  const placed = boxes.map((box) => {
    const row = rowOf.get(box.name)!;
    const col = perRow.get(row) ?? 0;
    perRow.set(row, col + 1);
    return { box, row, col };
  });
  return { placed, rows: Math.max(0, ...placed.map((p) => p.row + 1)), cols: Math.max(1, ...perRow.values()) };
}
