import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { io, layers, sequential, type Layer, type Model } from "@neurite/layers";
import type { ArraySpec, FromWorker, Logs, ModelSpec, OptimizerSpec, ToWorker, TrainSpec, WeightSnapshot } from "./protocol.js";

export type Post = (msg: FromWorker, transfer?: Transferable[]) => void;

const LAYERS = ["dense", "dropout", "activation", "batchNormalization", "flatten"] as const;
const OPTIMIZERS = ["sgd", "adam", "adamw", "rmsprop", "adagrad"] as const;

/** A Sequential model from a layer list; the first layer gets the input shape. */
export function buildModel(spec: ModelSpec): Model {
  if (!spec || !Array.isArray(spec.inputShape) || !Array.isArray(spec.layers) || spec.layers.length === 0) {
    throw new NeuriteError("BAD_ARGUMENT", "trainInWorker: model needs inputShape (number[]) and a non-empty layers list");
  }
  return sequential(spec.layers.map(({ type, ...args }, i) => {
    if (!(LAYERS as readonly string[]).includes(type)) {
      throw new NeuriteError("BAD_ARGUMENT", `trainInWorker: layer ${i} has unknown type "${type}"; known: ${LAYERS.join(", ")}`);
    }
    const factory = layers[type] as unknown as (a: Record<string, unknown>) => Layer;
    return factory(i === 0 ? { ...args, inputShape: spec.inputShape } : args);
  }));
}

function optimizer(spec: OptimizerSpec | OptimizerSpec["name"]): nt.Optimizer {
  const { name, ...options } = typeof spec === "string" ? { name: spec } : spec;
  if (!(OPTIMIZERS as readonly string[]).includes(name)) {
    throw new NeuriteError("BAD_ARGUMENT", `trainInWorker: unknown optimizer "${name}"; known: ${OPTIMIZERS.join(", ")}`);
  }
  return (nt.optimizers[name] as (o: Record<string, unknown>) => nt.Optimizer)(options);
}

const tensorOf = (a: ArraySpec, what: string): nt.Tensor => {
  if (!a || !(a.data instanceof Float32Array || a.data instanceof Int32Array) || !Array.isArray(a.shape)) {
    throw new NeuriteError("BAD_ARGUMENT", `trainInWorker: ${what} must be {data: Float32Array | Int32Array, shape: number[]}`);
  }
  return nt.tensor(a.data, a.shape);
};

function snapshot(model: Model): WeightSnapshot[] {
  return model.weights.map((v) => ({ name: v.name, shape: [...v.shape], data: v.data() as Float32Array }));
}

const buffers = (ws: WeightSnapshot[]) => ws.map((w) => w.data.buffer as ArrayBuffer);
const now = () => performance.now();
/** Lets queued messages (stop, getWeights, predict) in between epochs. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

/** An error as data: NeuriteError keeps its code across the worker boundary (structured clone drops it). */
const described = (e: unknown) => ({ code: e instanceof NeuriteError ? e.code : undefined, message: e instanceof Error ? e.message : String(e) });

function makeModel(spec: TrainSpec["model"]): Model {
  return "artifacts" in spec ? io.modelFromArtifacts(spec.artifacts, { compile: false }, "trainInWorker model") : buildModel(spec);
}

/**
 * The worker's side: trains on "train", answers "getWeights"/"predict" (also while training, between
 * epochs), and stops after the current epoch on "stop". Runs anywhere; worker.ts connects it to `self`.
 */
export function createSession(post: Post): (msg: ToWorker) => Promise<void> {
  let model: Model | undefined;
  let training = false;
  const fail = (id: number, e: unknown) => post({ type: "failed", id, ...described(e) });

  async function train(spec: TrainSpec): Promise<void> {
    if (training) throw new NeuriteError("BAD_ARGUMENT", "trainInWorker: this worker is already training");
    training = true;
    try {
      if (spec.seed !== undefined) nt.setSeed(spec.seed);
      model = makeModel(spec.model);
      model.compile({ optimizer: optimizer(spec.compile.optimizer), loss: spec.compile.loss, metrics: spec.compile.metrics });
      const fit = spec.fit ?? {};
      const interval = spec.batchIntervalMs ?? 50;
      let epoch = 0;
      let pending: number[] = [];
      let first = 0;
      let lastLogs: Logs = {};
      let lastPost = now();
      let lastBreath = now();
      const flush = () => {
        if (pending.length > 0) post({ type: "batch", epoch, firstBatch: first, losses: pending, logs: lastLogs });
        pending = [];
        lastPost = now();
      };
      const progress = {
        onEpochBegin: (e: number) => {
          epoch = e;
        },
        onBatchesEnd: (firstBatch: number, losses: number[], logs: Logs) => {
          if (pending.length === 0) first = firstBatch;
          pending.push(...losses);
          lastLogs = logs;
          if (now() - lastPost >= interval) flush();
        },
        onEpochEnd: async (e: number, logs: Logs = {}) => {
          flush();
          post({ type: "epoch", epoch: e, logs });
          if (now() - lastBreath > 16) {
            await breathe();
            lastBreath = now();
          }
        },
      };
      const x = tensorOf(spec.x, "x");
      const y = tensorOf(spec.y, "y");
      const val = fit.validation && ([tensorOf(fit.validation.x, "validation x"), tensorOf(fit.validation.y, "validation y")] as [nt.Tensor, nt.Tensor]);
      try {
        const history = await model.fit(x, y, {
          epochs: fit.epochs, batchSize: fit.batchSize, shuffle: fit.shuffle, validationSplit: fit.validationSplit,
          validationData: val, verbose: 0, callbacks: [progress],
        });
        const weights = snapshot(model);
        post({ type: "done", history: history.history, epochs: history.epoch, weights }, buffers(weights));
      } finally {
        for (const t of [x, y, ...(val ?? [])]) t.dispose();
      }
    } finally {
      training = false;
    }
  }

  return async (msg) => {
    switch (msg.type) {
      case "train":
        try {
          await train(msg.spec);
        } catch (e) {
          post({ type: "error", ...described(e) });
        }
        return;
      case "stop":
        if (model) model.stopTraining = true;
        return;
      case "getWeights":
        if (!model) return fail(msg.id, new NeuriteError("NOT_FOUND", "trainInWorker: no model yet (training has not started)"));
        try {
          const weights = snapshot(model);
          post({ type: "weights", id: msg.id, weights }, buffers(weights));
        } catch (e) {
          fail(msg.id, e);
        }
        return;
      case "predict":
        if (!model) return fail(msg.id, new NeuriteError("NOT_FOUND", "trainInWorker: no model yet (training has not started)"));
        try {
          const m = model;
          const y = nt.tidy(() => m.predict(tensorOf(msg.x, "predict x")));
          const out = { data: y.data() as Float32Array, shape: [...y.shape] };
          y.dispose();
          post({ type: "prediction", id: msg.id, y: out }, [out.data.buffer as ArrayBuffer]);
        } catch (e) {
          fail(msg.id, e);
        }
        return;
      default:
        post({ type: "error", code: "BAD_ARGUMENT", message: `trainInWorker: unknown message ${JSON.stringify((msg as { type?: unknown }).type)}` });
    }
  };
}
