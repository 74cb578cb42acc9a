import type { Sequential } from "./sequential.js";

/**
 * Sequential, for modules that Sequential itself depends on (the trainer and
 * the compiled step): importing it there would close the cycle
 * Sequential → Model → Trainer → Sequential. sequential.ts fills this in.
 */
export const sequentialRef: { cls?: typeof Sequential } = {};
