// The committed packages are exactly what the schemas produce (the same check as `pnpm generate --check`).
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { runPipeline } from "../src/pipeline.js";

it("packages/ match schemas/", async () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const { drift } = await runPipeline({ root, check: true });
  expect(drift).toEqual([]);
});
