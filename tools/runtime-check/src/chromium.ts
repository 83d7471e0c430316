// The browser of the matrix: @sparticuz/chromium's Chromium from the npm registry, unpacked into the
// runtimes cache and launched by tools/chromium (playwright-core, headless, background networking off).
export { chromiumLabel, launchChromium } from "@commerce-errors/chromium";
