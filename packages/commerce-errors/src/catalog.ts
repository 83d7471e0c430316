// `commerce-errors/catalog`: each vendor package's whole status catalog and validator, by vendor
// name. NormalizedError.statusInfo keeps a status's text and retry advice; the vendor's meaning and
// troubleshooting advice, and the issues of a body no envelope accepts, are here (and in the CLI).
// A separate entry, so that fromError and its friends never load the full vendor packages.
import type { StatusCodeInfo, ValidationResult } from "@commerce-errors/runtime";
import { type VendorPackage, vendorPackages as packages } from "./generated/catalog-packages.js";
import type { VendorName } from "./generated/vendor-names.js";

function packageOf(vendor: VendorName): VendorPackage {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the package targets ES2020
  if (!Object.prototype.hasOwnProperty.call(packages, vendor)) throw new TypeError(`Unknown vendor "${vendor}"`);
  return packages[vendor];
}

/** The vendor's name as people write it (vendor.json `displayName`). */
export function displayNameOf(vendor: VendorName): string {
  return packageOf(vendor).vendor.displayName;
}

/** What the vendor documents for an HTTP status: text, meaning, retry advice, troubleshooting. */
export function describeStatus(vendor: VendorName, status: number): StatusCodeInfo | undefined {
  return packageOf(vendor).describeStatus(status);
}

/** The statuses the vendor documents, ascending. */
export function documentedStatuses(vendor: VendorName): number[] {
  return Object.keys(packageOf(vendor).statusCodes)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The vendor package's validateErrorResponse: on failure, every issue at its JSON Pointer. Never throws on the body. */
export function validateErrorBody(vendor: VendorName, body: unknown): ValidationResult<unknown> {
  return packageOf(vendor).validateErrorResponse(body);
}

export type { StatusCodeInfo, ValidationResult } from "@commerce-errors/runtime";
