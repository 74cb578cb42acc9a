import { defineProject } from "vitest/config";
export default defineProject({
  test: { name: "privacy-node", environment: "node", include: ["test/**/*.test.ts"], exclude: ["test/**/*.browser.test.ts"] },
});
