import { defineProject } from "vitest/config";
// Unit tests (state codec, features, model logic) run in node; test/*.e2e.test.ts drives the built app in headless Chromium.
export default defineProject({
  test: {
    name: "playground",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One file at a time: the e2e test measures frames per second, and parallel unit tests would take its CPU.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
