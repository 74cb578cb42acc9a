import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";

// The same kernel suite, run in Debian's headless Chromium.
export default defineProject({
  test: {
    name: "kernels-browser",
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.node.test.ts"],
    browser: chromiumBrowser,
  },
});
