import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    testTimeout: 120_000,
    // Installing a runtime the first time (npm, ~40 MB each) happens in a hook.
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
