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
    // Each member named, not the namespace: a namespace in a value keeps every export of the package in a bundle.
    ...models.map((model) => {
      const pkg = identifier(model.name);
      return `  ${JSON.stringify(model.name)}: { vendor: ${pkg}.vendor, statusCodes: ${pkg}.statusCodes, describeStatus: ${pkg}.describeStatus, validateErrorResponse: ${pkg}.validateErrorResponse },`;
    }),
    "};",
    "",
  ].join("\n");
}

/** A vendor's name as a JavaScript identifier: `amazon-sp-api` -> `amazonSpApi`. */
export function identifier(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
