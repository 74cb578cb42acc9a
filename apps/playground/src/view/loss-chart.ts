/** Train and test loss over time, as the Playground's small chart: dark for training, grey for test. */
import { hiDpiCanvas } from "./dom.js";

/** Past this many points the history halves (every other point kept), so drawing stays cheap on long runs. */
const MAX_POINTS = 800;

export class LossChart {
  readonly canvas: HTMLCanvasElement;
  private train: number[] = [];
  private test: number[] = [];

  constructor(private readonly width = 300, private readonly height = 64) {
    this.canvas = hiDpiCanvas(width, height, "loss-chart");
  }

  reset(): void {
    this.train = [];
    this.test = [];
    this.draw();
  }

  push(train: number, test: number): void {
    this.train.push(train);
    this.test.push(test);
    if (this.train.length > MAX_POINTS) {
      this.train = this.train.filter((_, i) => i % 2 === 0);
      this.test = this.test.filter((_, i) => i % 2 === 0);
    }
    this.draw();
  }

  private draw(): void {
    const ctx = this.canvas.getContext("2d")!;
    const { width: w, height: hgt } = this;
    ctx.clearRect(0, 0, w, hgt);
    const all = [...this.train, ...this.test].filter(Number.isFinite);
    if (all.length === 0) return;
    const max = Math.max(...all) * 1.05 || 1;
    const n = Math.max(2, this.train.length);
    const line = (ys: number[], color: string, width: number) => {
      ctx.beginPath();
      let started = false;
      ys.forEach((y, i) => {
        if (!Number.isFinite(y)) return;
        const px = (i / (n - 1)) * (w - 2) + 1;
        const py = hgt - 2 - (y / max) * (hgt - 4);
        if (started) ctx.lineTo(px, py);
        else ctx.moveTo(px, py);
        started = true;
      });
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.stroke();
    };
    line(this.test, "#9aa0a6", 1.5);
    line(this.train, "#202124", 1.5);
  }
}
