import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";

export default defineProject({
  test: {
    name: "layers-browser",
    include: ["test/**/*.test.ts"],
    // threads.test.ts needs shared memory; vitest's page is not cross-origin isolated (the matrix's isolated Chromium row covers it).
    // The transfer digits and fine-tune suites read the MNIST files and TF.js fixtures through node:fs/node:url.
    exclude: ["test/**/*.node.test.ts", "test/threads.test.ts", "test/transfer/digits.test.ts", "test/transfer/fine-tune.test.ts"],
    browser: chromiumBrowser,
  },
});
