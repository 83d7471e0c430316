// What the generator offers other tools (the testkit, the bench): one loader, one model, one IR.
export { loadVendor } from "./load/load-vendor.js";
export type { JsonSchema } from "./load/types.js";
export { buildModel } from "./model/build-model.js";
export { type ReadOptions, type ReadProblem, readSchemaGraph } from "./model/read-schema.js";
export type * from "./model/schema-node.js";
export type { VendorModel } from "./model/vendor-model.js";
export { listVendors } from "./pipeline.js";
export { type ExplainableSchema, type ValidationIssue, explain } from "@commerce-errors/runtime";
export { type CheckModule, compileCheckModule } from "./emit/check-module.js";
