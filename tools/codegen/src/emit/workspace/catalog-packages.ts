// `commerce-errors/catalog`'s map from vendor name to the whole vendor package.
import type { VendorModel } from "../../model/vendor-model.js";
import { WORKSPACE_HEADER } from "./header.js";

export function catalogPackagesModule(models: readonly VendorModel[]): string {
  return [
    WORKSPACE_HEADER,
    "// Each vendor package, whole (catalog, validator): only the catalog entry imports this module.",
    'import type { StatusCodeInfo, ValidationResult } from "@commerce-errors/runtime";',
    'import type { VendorName } from "./vendor-names.js";',
    ...models.map((model) => `import * as ${identifier(model.name)} from "${model.packageName}";`),
    "",
    "/** What the catalog uses of a vendor package. */",
    "export interface VendorPackage {",
    "  vendor: { readonly displayName: string };",
    "  statusCodes: Readonly<Record<number, StatusCodeInfo>>;",
    "  describeStatus(status: number): StatusCodeInfo | undefined;",
    "  validateErrorResponse(value: unknown): ValidationResult<unknown>;",
    "}",
    "",
    "export const vendorPackages: Readonly<Record<VendorName, VendorPackage>> = {",
    ...models.map((model) => `  ${JSON.stringify(model.name)}: ${identifier(model.name)},`),
    "};",
    "",
  ].join("\n");
}

/** A vendor's name as a JavaScript identifier: `amazon-sp-api` -> `amazonSpApi`. */
export function identifier(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
