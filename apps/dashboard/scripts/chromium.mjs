// Debian's /usr/bin/chromium, headless, with the flags TOOLCHAIN.md lists (never a Playwright-downloaded browser).
import { chromium } from "playwright-core";

export const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Launches headless Chromium (CHROMIUM_PATH overrides the binary). */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs, headless: true });
}
