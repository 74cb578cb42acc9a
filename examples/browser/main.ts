// The browser example's script: `import * as nt from "neurite"` resolves to the browser entry,
// whose ready() streams the kernels from kernels-simd.wasm next to this file (check.mjs builds
// and serves it). It trains on XOR, draws the decision map and leaves the result in window.result.
import * as nt from "neurite";

const log = (line: string) => (document.getElementById("log")!.textContent += `${line}\n`);

const source = await nt.ready();
log(`kernels: ${nt.backendFlavour()}, loaded by ${source}`);
nt.setSeed(1);

const { x, y } = nt.datasets.playground("xor", { n: 400, noise: 0.05 });
const model = nt.sequential([
  nt.layers.dense({ units: 8, activation: "tanh", inputShape: [2] }),
  nt.layers.dense({ units: 8, activation: "tanh" }),
  nt.layers.dense({ units: 1, activation: "sigmoid" }),
]);
model.compile({ optimizer: nt.optimizers.adam({ learningRate: 0.03 }), loss: "binaryCrossentropy", metrics: ["accuracy"] });
const history = await model.fit(x, y, {
  epochs: 60, batchSize: 16, verbose: 0,
  callbacks: [{ onEpochEnd: (epoch, logs) => { if (epoch % 10 === 9) log(`epoch ${epoch + 1}: loss ${logs!.loss!.toFixed(4)}`); } }],
});
const [loss, accuracy] = model.evaluate(x, y) as number[];
log(`accuracy ${accuracy!.toFixed(3)}, loss ${loss!.toFixed(4)}`);

// The points lie in [-5, 5]²; the map shows [-6, 6]², as the Playground does, one cell per pixel.
const canvas = document.getElementById("map") as HTMLCanvasElement;
const side = canvas.width;
const grid = nt.tensor(Array.from({ length: side * side }, (_, i) => [((i % side) / (side - 1)) * 12 - 6, 6 - (Math.floor(i / side) / (side - 1)) * 12]));
const p = model.predict(grid).data();
const image = canvas.getContext("2d")!.createImageData(side, side);
p.forEach((v, i) => image.data.set(v > 0.5 ? [70, 130, 180, 255] : [245, 165, 60, 255], 4 * i));
canvas.getContext("2d")!.putImageData(image, 0, 0);

Object.assign(window, { result: { source, flavour: nt.backendFlavour(), accuracy, loss, epochs: history.epoch.length } });
