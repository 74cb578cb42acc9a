import type { BuildResult } from "esbuild";
export declare function build(options?: { outdir?: string; minify?: boolean }): Promise<BuildResult>;
