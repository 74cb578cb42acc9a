import { defineProject } from "vitest/config";
export default defineProject({
  test: { name: "node-node", environment: "node", include: ["test/**/*.test.ts"], exclude: ["test/**/*.browser.test.ts"] },
});
