// The browser of these tests: @sparticuz/chromium's Chromium from the npm registry, unpacked and
// launched by tools/chromium (headless, background networking off). Nothing is skipped: a browser
// that cannot be had fails the run.
export { launchChromium } from "@commerce-errors/chromium";
