// The compiled training step (DESIGN.md §2): a Sequential chain traced into a
// plan that runPlan replays inside wasm, many steps per crossing.
export { compileRunner, type CompileOptions } from "./runner.js";
export { Unsupported } from "./analyze.js";
