// Node only: reads the text form that scripts/build.mjs writes next to the
// wasm, to prove the SIMD flavour's GEMM hot loops really are v128 code (asc
// -O3 may scalarise) and the scalar flavour has none.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Function bodies of a .wat file by name ("assembly/dense/sgemm" etc.). */
function functions(flavour: "simd" | "scalar"): Map<string, string> {
  const wat = readFileSync(new URL(`../dist/kernels-${flavour}.wat`, import.meta.url), "utf8");
  const out = new Map<string, string>();
  for (const chunk of wat.split("\n (func $").slice(1)) {
    out.set(chunk.slice(0, chunk.search(/[\s(]/)), chunk);
  }
  return out;
}

const count = (text: string, op: string) => text.split(op).length - 1;

describe("dense wasm code", () => {
  const simd = functions("simd");
  const scalar = functions("scalar");

  it("the SIMD micro-kernel's k loop is 4 load-splats, 2 v128 loads, 8 f32x4 mul+add", () => {
    const body = simd.get("assembly/gemm-kernel/kernelPacked");
    expect(body, "kernelPacked is not inlined away").toBeDefined();
    const loop = body!.slice(body!.indexOf("loop $"), body!.indexOf("br $while-continue"));
    expect(count(loop, "v128.load32_splat")).toBe(4);
    expect(count(loop, "v128.load ") + count(loop, "v128.load\n")).toBe(2);
    expect(count(loop, "f32x4.mul")).toBe(8);
    expect(count(loop, "f32x4.add")).toBe(8);
  });

  it("the direct paths, packing and bias kernels use v128 in the SIMD flavour only", () => {
    const names = [
      "assembly/gemm-direct/rowProductC", "assembly/gemm-direct/rowProductCT", "assembly/gemm-dot/dotProduct",
      "assembly/gemm-pack/packA", "assembly/gemm-pack/packB", "assembly/dense/biasAdd", "assembly/dense/biasGrad",
    ];
    for (const name of names) {
      expect(simd.get(name), name).toMatch(/f32x4\.|v128\.load|i8x16\.shuffle/);
    }
    for (const [name, body] of scalar) {
      if (/^assembly\/(dense|gemm-)/.test(name)) expect(body, name).not.toMatch(/v128|f32x4|i8x16/);
    }
    expect(scalar.has("assembly/dense/sgemm")).toBe(true);
  });
});
