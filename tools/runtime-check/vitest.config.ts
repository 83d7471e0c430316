import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // No wall-clock limits: installing a runtime the first time (npm, ~40 MB each, in a hook) and
    // running the matrix take as long as a loaded machine needs; a hung step shows in the log.
    testTimeout: 0,
    hookTimeout: 0,
    fileParallelism: false,
  },
});
