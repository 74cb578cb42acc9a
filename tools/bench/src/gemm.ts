// `gemm`: GF/s of Neurite's sgemm (SIMD and scalar flavours) against
// @tensorflow/tfjs-backend-wasm's matMul and the f32x4 peak loop, for every
// transpose combination, in one process with interleaved rounds.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { loadKernelsSync, type KernelModule } from "@neurite/kernels";
import { setupTfjs, type TfjsMatMul } from "./tfjs.js";
import { interleave, median, medianRatio, type Contestant } from "./measure.js";
import { loadPeak } from "./peak.js";
import { machineLines, packageVersion, table, writeSection } from "./report.js";

/** m×k×n: op(A) is m×k, op(B) is k×n, C is m×n. */
const SHAPES = ["128x784x128", "128x128x64", "256x256x256", "512x512x512", "1024x1024x1024", "32x64x64", "10x2x8"];
const OPS: Record<string, [number, number]> = { "A·B": [0, 0], "Aᵀ·B": [1, 0], "A·Bᵀ": [0, 1], "Aᵀ·Bᵀ": [1, 1] };
const OP_KEYS: Record<string, string> = { NN: "A·B", TN: "Aᵀ·B", NT: "A·Bᵀ", TT: "Aᵀ·Bᵀ" };
const RESULTS = fileURLToPath(new URL("../../../bench/RESULTS.md", import.meta.url));

/** The targets, checked per row. */
function target(shape: string, vsTfjs: number, vsPeak: number): string {
  const checks: string[] = [];
  if (["256x256x256", "512x512x512", "1024x1024x1024"].includes(shape)) checks.push(vsPeak >= 0.9 ? "✓ ≥0.9× peak" : "✗ <0.9× peak");
  if (["128x784x128", "512x512x512"].includes(shape)) checks.push(vsTfjs >= 1.25 ? "✓ ≥1.25× tfjs" : "✗ <1.25× tfjs");
  if (shape === "10x2x8") checks.push(vsTfjs >= 20 ? "✓ ≥20× tfjs" : "✗ <20× tfjs");
  return checks.join(", ");
}

/** Deterministic data in [-1, 1) so every contestant multiplies the same numbers. */
function data(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

interface Case { shape: string; op: string; m: number; k: number; n: number; ta: number; tb: number }

/** One flavour's call with operands resident in its memory; `free` releases them. */
function ourGemm(mod: KernelModule, c: Case, a: Float32Array, b: Float32Array) {
  const pa = mod.uploadFloats(a), pb = mod.uploadFloats(b), pc = mod.allocFloats(c.m * c.n);
  const lda = c.ta ? c.m : c.k, ldb = c.tb ? c.k : c.n;
  return {
    run: () => mod.raw.sgemm(c.ta, c.tb, c.m, c.n, c.k, 1, pa, lda, pb, ldb, 0, pc, c.n),
    result: () => mod.readFloats(pc, c.m * c.n),
    free: () => [pa, pb, pc].forEach((p) => mod.free(p)),
  };
}

function checkSame(label: string, ours: ArrayLike<number>, theirs: ArrayLike<number>): void {
  let scale = 1e-6, err = 0;
  for (let i = 0; i < theirs.length; i++) {
    scale = Math.max(scale, Math.abs(theirs[i]!));
    err = Math.max(err, Math.abs(ours[i]! - theirs[i]!));
  }
  if (err > 1e-4 * scale) throw new Error(`gemm ${label}: results differ from tfjs by ${err} (scale ${scale})`);
}

function runCase(c: Case, simd: KernelModule, scalar: KernelModule, tfjs: TfjsMatMul, peak: Awaited<ReturnType<typeof loadPeak>>, rounds: number) {
  const a = data(c.m * c.k, 1 + c.m), b = data(c.k * c.n, 2 + c.n);
  const ours = ourGemm(simd, c, a, b), slow = ourGemm(scalar, c, a, b);
  const theirs = tfjs.prepare(a, c.ta ? [c.k, c.m] : [c.m, c.k], b, c.tb ? [c.n, c.k] : [c.k, c.n], c.ta === 1, c.tb === 1);
  try {
    ours.run();
    slow.run();
    checkSame(`${c.shape} ${c.op} simd`, ours.result(), theirs.result());
    checkSame(`${c.shape} ${c.op} scalar`, slow.result(), theirs.result());
    const contestants: Contestant[] = [
      { name: "peak", run: peak.run }, { name: "simd", run: ours.run },
      { name: "tfjs", run: theirs.run }, { name: "scalar", run: slow.run },
    ];
    const t = interleave(contestants, rounds, 10);
    const flops = 2 * c.m * c.n * c.k;
    const gf = (ms: number[]) => median(ms.map((x) => flops / x / 1e6));
    const peakGf = t.get("peak")!.map((x) => peak.flops / x / 1e6);
    const simdGf = t.get("simd")!.map((x) => flops / x / 1e6);
    return {
      simd: gf(t.get("simd")!), scalar: gf(t.get("scalar")!), tfjs: gf(t.get("tfjs")!), peak: median(peakGf),
      simdUs: median(t.get("simd")!) * 1e3, tfjsUs: median(t.get("tfjs")!) * 1e3,
      vsTfjs: medianRatio(t.get("tfjs")!, t.get("simd")!), vsPeak: medianRatio(simdGf, peakGf),
    };
  } finally {
    ours.free();
    slow.free();
    theirs.dispose();
  }
}

const fmt = (x: number, digits = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits));

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rounds: { type: "string", default: "7" },
      shapes: { type: "string", default: SHAPES.join(",") },
      ops: { type: "string", default: "NN,TN,NT,TT" },
      out: { type: "string", default: RESULTS },
      "no-write": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("gemm [--rounds 7] [--shapes 128x784x128,...] [--ops NN,TN,NT,TT] [--out bench/RESULTS.md] [--no-write]");
    return;
  }
  const rounds = Math.max(1, Number(values.rounds));
  const [simd, scalar] = [loadKernelsSync({ flavour: "simd" }), loadKernelsSync({ flavour: "scalar" })];
  const tfjs = await setupTfjs();
  const peak = await loadPeak();
  const rows: string[][] = [];
  const peaks: number[] = [];
  const started = performance.now();
  for (const shape of values.shapes.split(",")) {
    const [m, k, n] = shape.split("x").map(Number) as [number, number, number];
    for (const key of values.ops.split(",")) {
      const op = OP_KEYS[key] ?? key;
      const [ta, tb] = OPS[op]!;
      const r = runCase({ shape, op, m, k, n, ta, tb }, simd, scalar, tfjs, peak, rounds);
      peaks.push(r.peak);
      const row = [
        shape.replaceAll("x", "×"), op, fmt(r.simd), fmt(r.scalar), fmt(r.tfjs, 2), fmt(r.simdUs, 2), fmt(r.tfjsUs, 1),
        `${fmt(r.vsTfjs, 2)}×`, r.vsPeak.toFixed(2), target(shape, r.vsTfjs, r.vsPeak),
      ];
      console.log(row.join("  "));
      rows.push(row);
    }
  }
  const seconds = (performance.now() - started) / 1e3;
  const body = [
    "## GEMM: sgemm vs tfjs-wasm matMul vs the f32x4 peak loop",
    "",
    ...machineLines(),
    `- Packages: @neurite/kernels ${await packageVersion("@neurite/kernels")}, @tensorflow/tfjs-core ${await packageVersion("@tensorflow/tfjs-core")}, ` +
      `@tensorflow/tfjs-backend-wasm ${await packageVersion("@tensorflow/tfjs-backend-wasm")} (${tfjs.describe}), assemblyscript ${await packageVersion("assemblyscript")}`,
    `- Peak loop: ${fmt(median(peaks))} GF/s (median over all rounds); ${rounds} interleaved rounds per row, ${seconds.toFixed(0)} s in all`,
    "",
    table(["m×k×n", "op", "SIMD GF/s", "scalar GF/s", "tfjs GF/s", "SIMD µs", "tfjs µs", "SIMD ÷ tfjs", "SIMD ÷ peak", "target"], rows, 2),
    "",
    "Shapes are m×k×n: op(A) is m×k, op(B) is k×n, C = op(A)·op(B) is m×n (row-major, alpha = 1, beta = 0);",
    "for tfjs, `tf.matMul(a, b, transposeA, transposeB)` on resident tensors, the result disposed after each call.",
    "GF/s = 2·m·n·k / time. The peak loop (tools/bench/assembly/peak.ts) runs 12 independent chains of",
    "f32x4.mul then f32x4.add and counts 4 flops per instruction, the GEMM convention. Each row times all",
    "contestants in the same process, rotating their order over the rounds; a timed repetition lasts ≥ 10 ms",
    "(a single call when that is longer). GF/s and µs are medians; the ratios are medians of per-round ratios.",
    "",
    "Why SIMD ÷ peak stays near 0.7 rather than 0.9 (measured, not guessed): V8's code for the 4×8",
    "micro-kernel (`node --print-wasm-code`) spends 31 instructions per k step on 16 f32x4 mul/add:",
    "4 load-splats, 2 loads, 3 `lea` (V8 cannot fold a load-splat's offset into its address), 2 pointer",
    "increments, the loop's stack check and compare-and-branch. Zen 3 dispatches 6 instructions a cycle,",
    "so a step costs ≥ 5 cycles where its mul/adds need 4; the peak loop has 53 instructions per 48",
    "mul/adds and is limited by the FP pipes instead. In an L1-resident probe (tools/bench/scratch, quiet",
    "machine) this kernel reaches 0.80–0.83 of the peak loop; pre-broadcasting A at packing time (no",
    "load-splat, no `lea`: 29 instructions) reaches 0.86–0.89 and a 2×16 tile 0.84–0.86 — but the",
    "pre-broadcast A panel is 4× larger to pack and the whole sgemm adds ~12% for packing, tile stores",
    "and calls, so no variant gets the full GEMM to 0.9. Bigger tiles spill (V8 hoists every load of a",
    "step ahead of its arithmetic, so 6 loaded registers + 8 accumulators + 1 temporary already use 15 of",
    "the 15 allocatable xmm registers), and k-unrolling spills an accumulator. A fused multiply-add",
    "(relaxed SIMD) would halve the arithmetic, but Node 20 has it only behind a flag. When another",
    "tenant shares the core, sgemm loses more than the peak loop (it needs more issue slots): compare",
    "rows against the load average above.",
  ].join("\n");
  if (!values["no-write"]) {
    await writeSection(values.out, "gemm", body);
    console.log(`wrote the gemm section of ${values.out}`);
  }
}
