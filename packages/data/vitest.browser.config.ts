import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";

// The same suite in Debian's headless Chromium: csv-parse's browser build and digits as JSON modules.
export default defineProject({
  test: {
    name: "data-browser",
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.node.test.ts"],
    browser: chromiumBrowser,
  },
  // Pre-bundled up front, so Vite does not reload the page mid-run when it discovers it.
  optimizeDeps: { include: ["csv-parse/browser/esm"] },
});
