// Kernels vs the plain-TypeScript reference on random data, with odd sizes that hit the SIMD tails.
import { loadKernels, referenceKernels } from "@neurite/kernels";
import { assertClose, assertEqual, randomArray } from "../harness.mjs";

/**
 * Uploads float inputs `f`, int inputs `i` and zeroed outputs `out` (name → length), calls the kernel
 * and returns the outputs, the in-place inputs listed in `read`, and the kernel's return value.
 */
function run(mod, { f = {}, i = {}, out = {}, read = [], call }) {
  const p = {};
  for (const [k, v] of Object.entries(f)) p[k] = mod.uploadFloats(v);
  for (const [k, v] of Object.entries(i)) p[k] = mod.uploadInts(v);
  for (const [k, n] of Object.entries(out)) p[k] = mod.uploadFloats(new Float32Array(n));
  const res = { ret: call(mod.checked, p) };
  for (const [k, n] of Object.entries(out)) res[k] = mod.readFloats(p[k], n);
  for (const k of read) res[k] = mod.readFloats(p[k], f[k].length);
  for (const ptr of Object.values(p)) mod.free(ptr);
  return res;
}

const flat = (v) => (v === undefined ? [] : typeof v === "number" ? [v] : Array.from(v));
const ints = (n, seed, hi) => Int32Array.from(randomArray(n, seed, 0, hi), Math.floor);

/** Each case: a name, a spec for run(), and tolerances (exact: bit-identical required). */
function cases() {
  const list = [];
  const gemmSizes = [[7, 13, 9], [33, 17, 65], [1, 1, 1], [64, 31, 5]];
  for (const [m, n, k] of gemmSizes) {
    for (const [tA, tB] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
      const seed = m * 1000 + n * 10 + k + tA * 3 + tB;
      list.push({
        name: `sgemm ${tA ? "T" : "N"}${tB ? "T" : "N"} ${m}x${n}x${k}`,
        // Sums of k products of values in [-1, 1] are ~√k in size; f32 rounding grows with them.
        atol: 1e-5 * Math.sqrt(k) + 1e-6,
        spec: {
          f: { a: randomArray(m * k, seed), b: randomArray(k * n, seed + 1), c: randomArray(m * n, seed + 2) },
          read: ["c"],
          call: (K, p) => K.sgemm(tA, tB, m, n, k, 0.7, p.a, tA ? m : k, p.b, tB ? k : n, 0.3, p.c, n),
        },
      });
    }
  }
  list.push({ name: "biasAdd + biasGrad 5x19", spec: {
    f: { x: randomArray(95, 1), b: randomArray(19, 2), db: randomArray(19, 3) }, out: { y: 95 }, read: ["db"],
    call: (K, p) => { K.biasAdd(5, 19, p.x, p.b, p.y); K.biasGrad(5, 19, p.x, p.db, 1); },
  } });
  for (const [kind, label] of [[1, "relu"], [4, "sigmoid"], [5, "tanh"], [6, "gelu"], [10, "swish"]]) {
    list.push({ name: `activation ${label} forward + backward n=103`, spec: {
      f: { x: randomArray(103, 10 + kind, -3, 3), dy: randomArray(103, 30 + kind) }, out: { y: 103, dx: 103 },
      call: (K, p) => { K.activation(kind, 103, 0, p.x, p.y); K.activationBackward(kind, 103, 0, p.x, p.y, p.dy, p.dx); },
    } });
  }
  list.push({ name: "softmax + logSoftmax 7x13", spec: {
    f: { x: randomArray(91, 40, -4, 4) }, out: { s: 91, l: 91 },
    call: (K, p) => { K.softmax(7, 13, p.x, p.s); K.logSoftmax(7, 13, p.x, p.l); },
  } });
  list.push({ name: "softmaxCrossEntropy sparse 9x5 (loss + grad)", spec: {
    f: { z: randomArray(45, 41, -3, 3) }, i: { y: ints(9, 42, 5) }, out: { dz: 45 },
    call: (K, p) => K.softmaxCrossEntropy(9, 5, p.z, p.y, 1, 0, p.dz, 1 / 9),
  } });
  list.push({ name: "meanSquaredError 6x7 (loss + grad)", spec: {
    f: { a: randomArray(42, 43), b: randomArray(42, 44) }, out: { d: 42 },
    call: (K, p) => K.meanSquaredError(6, 7, p.a, p.b, 0, p.d, 1 / 6),
  } });
  for (const [op, label, lo] of [[3, "sqrt", 0.01], [4, "exp", -3], [5, "log", 0.01]]) {
    list.push({ name: `unary ${label} n=77`, spec: {
      f: { x: randomArray(77, 50 + op, lo, 3) }, out: { y: 77 }, call: (K, p) => K.unary(op, 77, 0, 0, p.x, p.y),
    } });
  }
  for (const [op, label] of [[0, "add"], [2, "mul"], [3, "div"]]) {
    list.push({ name: `binary ${label} n=77 + broadcast 5x6 by row`, spec: {
      f: { a: randomArray(77, 60 + op), b: randomArray(77, 70 + op, 0.5, 2) }, out: { y: 77, yb: 30 },
      i: { shape: [5, 6], as: [6, 1], bs: [0, 1] },
      call: (K, p) => { K.binary(op, 77, p.a, p.b, p.y); K.binaryBroadcast(op, 2, p.shape, p.as, p.bs, p.a, p.b, p.yb); },
    } });
  }
  for (const [op, label] of [[0, "sum"], [2, "max"]]) {
    list.push({ name: `reduce ${label} [3,7,5] over the middle axis`, spec: {
      f: { x: randomArray(105, 80 + op) }, out: { y: 15 }, call: (K, p) => K.reduce(op, 3, 7, 5, p.x, p.y),
    } });
  }
  list.push({ name: "dot, sum, sumSquares n=1001", spec: {
    f: { x: randomArray(1001, 90), y: randomArray(1001, 91) },
    call: (K, p) => [K.dot(1001, p.x, p.y), K.sum(1001, p.x), K.sumSquares(1001, p.x)],
  } });
  list.push({ name: "adam step n=103 (in place)", spec: {
    f: { p: randomArray(103, 92), g: randomArray(103, 93), m: randomArray(103, 94, -0.1, 0.1), v: randomArray(103, 95, 0, 0.1) },
    read: ["p", "m", "v"],
    call: (K, p) => K.adam(103, p.p, p.g, p.m, p.v, 0.01, 0.9, 0.999, 1e-7, 0.9 ** 3, 0.999 ** 3, 0, 1, 0, 0, 0),
  } });
  list.push({ name: "gatherRows 6 of 9 rows x 11", spec: {
    f: { x: randomArray(99, 96) }, i: { idx: [8, 0, 3, 3, 7, 1] }, out: { y: 66 },
    call: (K, p) => K.gatherRows(6, 11, p.x, p.idx, p.y),
  } });
  // The counter-based generator is integer arithmetic: every flavour must give the same bits.
  list.push({ name: "randomUniform n=37 bit-identical", exact: true, spec: {
    out: { y: 37 }, call: (K, p) => K.randomUniform(37, p.y, 1234, 5, -1, 1),
  } });
  return list;
}

/** Registers one test per kernel case; `wasm` resolves to the flavour this runtime loads. */
export function registerKernelTests(t, wasm) {
  const ref = referenceKernels("f32");
  for (const c of cases()) {
    t.test(`kernel: ${c.name}`, async () => {
      const got = run(await wasm, c.spec);
      const want = run(ref, c.spec);
      for (const key of Object.keys(want)) {
        const g = flat(got[key]);
        const w = flat(want[key]);
        if (c.exact) assertEqual(g, w, key);
        else assertClose(g, w, key, 1e-5, c.atol ?? 1e-6);
      }
    });
  }
}

/** The wasm kernels this runtime picks (NEURITE_FLAVOUR forces scalar). */
export const loadWasm = () => loadKernels();
