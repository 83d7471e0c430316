// The umbrella's leaf module of vendor names: the types every module of the umbrella may import
// without importing any adapter (which is what tied the umbrella into one import cycle).
import type { VendorModel } from "../../model/vendor-model.js";
import { WORKSPACE_HEADER } from "./header.js";

export function vendorNamesModule(models: readonly VendorModel[]): string {
  const envelopes = [...new Set(models.flatMap((model) => model.envelopes.map((envelope) => envelope.title)))].sort();
  return [
    WORKSPACE_HEADER,
    "// Every vendor the umbrella knows (schemas/*/), in tie-break order, and every envelope name.",
    "",
    "/** Every vendor's name, as `vendor` reports it. */",
    `export const vendorNames = [${models.map((model) => JSON.stringify(model.name)).join(", ")}] as const;`,
    "",
    "export type VendorName = (typeof vendorNames)[number];",
    "",
    '/** Every envelope name of every vendor, e.g. "StandardErrorResponse" or "RestV3Error". */',
    `export type EnvelopeName =\n${envelopes.map((title) => `  | ${JSON.stringify(title)}`).join("\n")};`,
    "",
    "/** Each vendor's name as people write it. */",
    "export const displayNames: Readonly<Record<VendorName, string>> = {",
    ...models.map((model) => `  ${JSON.stringify(model.name)}: ${JSON.stringify(model.displayName)},`),
    "};",
    "",
  ].join("\n");
}
