/** The top bar: reset / play-pause / step, the epoch counter, and the training settings. */
import {
  ACTIVATIONS, LEARNING_RATES, OPTIMIZERS, REGULARIZATION_RATES, REGULARIZATIONS, SPEEDS, type ActivationName, type OptimizerName, type Problem,
  type RegularizationName, type AppState,
} from "../state/schema.js";
import type { Store } from "../state/store.js";
import { select, type Bound } from "./controls.js";
import { byId, h } from "./dom.js";

export interface Player {
  toggle(): void;
  step(): void;
  reset(): void;
}

const NAMES: Record<ActivationName | RegularizationName | OptimizerName, string> = {
  relu: "ReLU", tanh: "Tanh", sigmoid: "Sigmoid", linear: "Linear", none: "None", l1: "L1", l2: "L2",
  sgd: "SGD", momentum: "Momentum", adam: "Adam", rmsprop: "RMSprop",
};

const ICON_PLAY = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z"/></svg>';
const ICON_PAUSE = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 5h4v14H6zM14 5h4v14h-4z"/></svg>';
const ICON_RESET = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5V1L7 6l5 5V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z"/></svg>';
const ICON_STEP = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 5v14l9-7zM16 5h2v14h-2z"/></svg>';

function iconButton(id: string, label: string, svg: string, onclick: () => void, extra = ""): HTMLButtonElement {
  const b = h("button", { id, class: `icon ${extra}`, title: label, "aria-label": label, onclick });
  b.innerHTML = svg;
  return b;
}

export class Toolbar {
  private readonly play: HTMLButtonElement;
  private readonly epoch = h("span", { class: "epoch-value", id: "epoch" }, "000,000");
  private readonly status = byId("status");
  private readonly controls: Bound[];

  constructor(host: HTMLElement, store: Store, player: Player) {
    this.play = iconButton("play", "Run / pause", ICON_PLAY, () => player.toggle(), "play");
    const num = (v: number) => [v, String(v)] as const;
    this.controls = [
      select(store, "learning-rate", "Learning rate", LEARNING_RATES.map(num), (s) => s.learningRate, (v) => ({ learningRate: v })),
      select(store, "activation", "Activation", ACTIVATIONS.map((a) => [a, NAMES[a]] as const), (s) => s.activation, (v) => ({ activation: v })),
      select(store, "regularization", "Regularization", REGULARIZATIONS.map((r) => [r, NAMES[r]] as const), (s) => s.regularization, (v) => ({ regularization: v })),
      select(store, "regularization-rate", "Regularization rate", REGULARIZATION_RATES.map(num), (s) => s.regularizationRate, (v) => ({ regularizationRate: v })),
      select(store, "problem", "Problem type", [["classification", "Classification"], ["regression", "Regression"]] as const, (s): Problem => s.problem, (v) => ({ problem: v })),
      select(store, "optimizer", "Optimizer", OPTIMIZERS.map((o) => [o, NAMES[o]] as const), (s) => s.optimizer, (v) => ({ optimizer: v })),
      select(store, "speed", "Epochs / frame", SPEEDS.map((v) => [v, v === 0 ? "Max" : String(v)] as const), (s) => s.speed, (v) => ({ speed: v })),
    ];
    host.append(
      h("div", { class: "player" },
        iconButton("reset", "Reset the network", ICON_RESET, () => player.reset()),
        this.play,
        iconButton("step", "Train one epoch", ICON_STEP, () => player.step())),
      h("div", { class: "control epoch" }, h("span", { class: "control-label" }, "Epoch"), this.epoch),
      ...this.controls.map((c) => c.el),
    );
  }

  render(s: AppState): void {
    for (const c of this.controls) c.render(s);
  }

  setPlaying(playing: boolean): void {
    this.play.innerHTML = playing ? ICON_PAUSE : ICON_PLAY;
    this.play.classList.toggle("playing", playing);
  }

  setEpoch(n: number): void {
    this.epoch.textContent = String(n).padStart(6, "0").replace(/(\d{3})$/, ",$1");
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }
}
