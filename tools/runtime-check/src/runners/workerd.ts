// workerd through miniflare: a worker that imports every package answers one validation request
// (POST the cases, get the results). No compatibility flags: no nodejs_compat, no Node globals.
import { Miniflare } from "miniflare";
import { bundleChecks } from "../bundle-entry.js";
import type { Cases } from "../cases.js";
import { allSpecifiers } from "../cases.js";
import type { PackageResult } from "../results.js";

const workerHost = `export default {
  async fetch(request) {
    const cases = await request.json();
    return Response.json(await runChecks(modules, cases));
  },
};`;

export async function runInWorkerd(cases: Cases): Promise<PackageResult[]> {
  const script = await bundleChecks(allSpecifiers(cases), workerHost, "neutral");
  const miniflare = new Miniflare({ modules: true, script, compatibilityDate: "2026-07-01" });
  try {
    const response = await miniflare.dispatchFetch("http://127.0.0.1/check", { method: "POST", body: JSON.stringify(cases) });
    if (!response.ok) throw new Error(`worker answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as PackageResult[];
  } finally {
    await miniflare.dispose();
  }
}
