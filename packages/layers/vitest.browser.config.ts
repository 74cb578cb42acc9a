import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";

export default defineProject({
  test: {
    name: "layers-browser",
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.node.test.ts"],
    browser: chromiumBrowser,
  },
});
