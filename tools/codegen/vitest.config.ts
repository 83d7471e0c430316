import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    testTimeout: 60_000,
    // Hooks run the whole pipeline on a temporary workspace (changeset, schema-error tests): as slow as a test.
    hookTimeout: 60_000,
  },
});
