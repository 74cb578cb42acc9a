import { defineProject } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";

export default defineProject({
  test: {
    name: "browser-chromium",
    include: ["test/**/*.browser.test.ts"],
    browser: chromiumBrowser,
  },
});
