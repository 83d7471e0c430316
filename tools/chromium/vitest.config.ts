import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // No wall-clock limit: unpacking the browser the first time takes as long as the machine needs.
    testTimeout: 0,
    hookTimeout: 0,
  },
});
