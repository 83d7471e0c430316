import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // CI sums every package's test-results/vitest.json (scripts/test-summary.mjs).
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
    // No wall-clock limits (0 turns them off): on a loaded machine a test is slow, not wrong.
    testTimeout: 0,
    hookTimeout: 0,
  },
});
