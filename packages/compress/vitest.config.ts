import { defineProject } from "vitest/config";
export default defineProject({
  test: { name: "compress-node", environment: "node", include: ["test/**/*.test.ts"], exclude: ["test/**/*.browser.test.ts"] },
});
