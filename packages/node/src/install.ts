import { installProgress } from "./progress.js";

let installed = false;

/** Node-specific wiring: progress bars for fit(verbose: 1). Idempotent. */
export function installNode(): void {
  if (installed) return;
  installed = true;
  installProgress();
}
