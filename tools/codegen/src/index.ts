// What the generator offers other tools (the testkit, the bench, the site, sync-codes, the checks):
// one loader, one model, one IR. Every reader of schemas/ goes through loadVendor + buildModel.
export { listVendors } from "./load/list-vendors.js";
export { loadVendor } from "./load/load-vendor.js";
export { type FixtureKind, type LoadedFixture, fixtureProblem } from "./load/read-fixtures.js";
export { type SchemaProblem, SchemaError } from "./load/schema-error.js";
export type { JsonSchema, LoadedEnvelope, LoadedVendor } from "./load/types.js";
export { buildModel } from "./model/build-model.js";
export { type ReadOptions, type ReadProblem, readSchemaGraph } from "./model/read-schema.js";
export type * from "./model/schema-node.js";
export type { EnvelopeModel, VendorModel } from "./model/vendor-model.js";
export { type ExplainableSchema, type ValidationIssue, explain } from "@commerce-errors/runtime";
export { type CheckModule, compileCheckModule } from "./emit/check-module.js";
