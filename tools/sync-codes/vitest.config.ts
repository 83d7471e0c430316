import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // No wall-clock limits (0 turns them off): on a loaded machine a test is slow, not wrong.
    testTimeout: 0,
    hookTimeout: 0,
  },
});
