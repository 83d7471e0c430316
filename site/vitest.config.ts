import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // No wall-clock limits: unpacking the browser the first time and driving it on a loaded machine
    // take what they take (playwright's own step timeouts are off too: page.setDefaultTimeout(0)).
    testTimeout: 0,
    hookTimeout: 0,
  },
});
