import { defineProject } from "vitest/config";
// Node tests: the API server (packages/node/src/dashboard), app logic, and the e2e run in headless Chromium.
export default defineProject({
  test: { name: "dashboard", environment: "node", include: ["test/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
});
