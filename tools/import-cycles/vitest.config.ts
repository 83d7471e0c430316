import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // No wall-clock limit (0): parsing every module is slow on a loaded machine, not wrong.
    testTimeout: 0,
  },
});
