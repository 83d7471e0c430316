// Debian's Chromium through playwright-core, headless, with background networking off (the
// machine's network is closed); a missing browser fails in CI and skips elsewhere.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumMissing = existsSync(chromiumPath)
  ? undefined
  : `${chromiumPath} is missing: apt-get install chromium (Debian package)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
