// Modules the build (scripts/build.ts) writes from schemas/ and the workspace's packages.
declare module "virtual:vendor-packages" {
  import type { VendorPackage } from "./vendor-package.js";
  /** vendor name (schemas/<vendor>) -> the package's module. */
  export const vendorPackages: Record<string, VendorPackage>;
}
declare module "virtual:examples" {
  import type { ExampleBody } from "./examples.js";
  /** Every schema example of every vendor, in schemas/ order. */
  export const examples: ExampleBody[];
}
