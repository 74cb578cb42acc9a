import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";

export default defineProject({
  test: {
    name: "layers-browser",
    include: ["test/**/*.test.ts"],
    // threads.test.ts needs shared memory; vitest's page is not cross-origin isolated (the matrix's isolated Chromium row covers it).
    exclude: ["test/**/*.node.test.ts", "test/threads.test.ts"],
    browser: chromiumBrowser,
  },
});
