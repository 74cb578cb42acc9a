import { defineProject } from "vitest/config";
export default defineProject({
  test: { name: "bench-node", environment: "node", include: ["test/**/*.test.ts"] },
});
