// A test harness small enough to run unchanged in Node, Bun, Deno and a browser page:
// no test-runner globals, no node: imports, results returned as plain data.

/** A failed expectation; its message names what differed. */
export class AssertionError extends Error {
  name = "AssertionError";
}

/** Collects tests and explicit skips; `run()` executes them in order. */
export function createHarness() {
  const tests = [];
  return {
    test(name, fn) {
      tests.push({ name, fn });
    },
    /** A test that cannot run here; the reason is printed in the report. */
    skip(name, reason) {
      tests.push({ name, reason });
    },
    async run(onResult = () => {}) {
      const results = [];
      for (const t of tests) {
        const started = now();
        let r;
        if (t.reason !== undefined) r = { name: t.name, status: "skip", reason: t.reason };
        else {
          try {
            const out = await t.fn();
            // A test may decide at run time that it cannot run (a package not built yet).
            r = out && typeof out === "object" && "skip" in out ? { name: t.name, status: "skip", reason: out.skip } : { name: t.name, status: "pass" };
          } catch (e) {
            r = { name: t.name, status: "fail", error: describe(e) };
          }
        }
        r.ms = Math.round(now() - started);
        results.push(r);
        onResult(r);
      }
      const count = (s) => results.filter((r) => r.status === s).length;
      return { results, passed: count("pass"), failed: count("fail"), skipped: count("skip") };
    },
  };
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

function describe(e) {
  if (e instanceof Error) return `${e.name}${e.code ? ` [${e.code}]` : ""}: ${e.message}`;
  return String(e);
}

export function assert(cond, message) {
  if (!cond) throw new AssertionError(message);
}

/** Deep equality through JSON (plain data: numbers, strings, arrays, objects). */
export function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${what}: got ${a.slice(0, 200)}, expected ${e.slice(0, 200)}`);
}

/** |a - e| <= atol + rtol·|e| elementwise (NaN equals NaN), naming the first bad index. */
export function assertClose(actual, expected, what, rtol = 1e-5, atol = 1e-6) {
  const a = typeof actual === "number" ? [actual] : actual;
  const e = typeof expected === "number" ? [expected] : expected;
  if (a.length !== e.length) throw new AssertionError(`${what}: length ${a.length}, expected ${e.length}`);
  for (let i = 0; i < e.length; i++) {
    if (a[i] === e[i] || (Number.isNaN(a[i]) && Number.isNaN(e[i]))) continue;
    if (!(Math.abs(a[i] - e[i]) <= atol + rtol * Math.abs(e[i]))) {
      throw new AssertionError(`${what}: index ${i}: got ${a[i]}, expected ${e[i]} (rtol ${rtol}, atol ${atol})`);
    }
  }
}

/** FNV-1a (32-bit) over the bytes of typed arrays: a cheap, synchronous fingerprint of exact bits. */
export function fnv1a(arrays) {
  let h = 0x811c9dc5;
  for (const arr of arrays) {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Deterministic data independent of the library's RNG (mulberry32). */
export function randomArray(n, seed, lo = -1, hi = 1) {
  let a = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = lo + (hi - lo) * (((t ^ (t >>> 14)) >>> 0) / 4294967296);
  }
  return out;
}
