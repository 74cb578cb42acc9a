import { defineProject } from "vitest/config";
export default defineProject({
  test: { name: "browser-node", environment: "node", include: ["test/**/*.test.ts"], exclude: ["test/**/*.browser.test.ts"], testTimeout: 60_000 },
});
