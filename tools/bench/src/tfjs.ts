// TensorFlow.js with the wasm backend, set up once per process.
import * as tf from "@tensorflow/tfjs-core";
import { getThreadsCount } from "@tensorflow/tfjs-backend-wasm";

export interface TfjsMatMul {
  /** Backend details for the report (threads, SIMD). */
  describe: string;
  prepare(a: Float32Array, aShape: [number, number], b: Float32Array, bShape: [number, number], ta: boolean, tb: boolean): {
    run(): void;
    result(): Float32Array;
    dispose(): void;
  };
}

export async function setupTfjs(): Promise<TfjsMatMul> {
  if (!(await tf.setBackend("wasm"))) throw new Error("tfjs: the wasm backend failed to initialise");
  await tf.ready();
  const simd = await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
  return {
    describe: `wasm backend, ${simd ? "SIMD" : "no SIMD"}, ${getThreadsCount()} thread(s)`,
    prepare(a, aShape, b, bShape, ta, tb) {
      const x = tf.tensor2d(a, aShape), y = tf.tensor2d(b, bShape);
      return {
        run: () => tf.matMul(x, y, ta, tb).dispose(),
        result: () => {
          const out = tf.matMul(x, y, ta, tb);
          const values = out.dataSync() as Float32Array;
          out.dispose();
          return values;
        },
        dispose: () => tf.dispose([x, y]),
      };
    },
  };
}
