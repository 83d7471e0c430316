// @commerce-errors/runtime: what every generated vendor package runs on (the issue collector, the
// body reader, the response and SDK-error parsers, batches and errors in data, status lookup,
// Standard Schema). Written and tested once; the vendor packages import it instead of a copy each.
export * from "./batch.js";
export { resumeAt, stoppedAt } from "./check-stops.js";
export * from "./compiled-rules.js";
export * from "./data-errors.js";
export { EXCLUDED, type EnvelopeFacts, envelopeFacts, FIELD_LIMIT, firstItemTag } from "./envelope-bounds.js";
export * from "./error-category.js";
export * from "./explain.js";
export * from "./http.js";
export * from "./is.js";
export * from "./issue-message.js";
export * from "./json-equal.js";
export * from "./multiple-of.js";
export * from "./length.js";
export * from "./parse.js";
export * from "./path-notation.js";
export * from "./pointer.js";
export * from "./rate-limit.js";
export * from "./read-body.js";
export * from "./read-by-rules.js";
export * from "./retry-wait.js";
export type * from "./reading-rules.js";
export type * from "./schema-node.js";
export { createSdkErrorParser, createSdkErrorParserSync, readSdkError, type SdkErrorCondition, type SdkErrorReading, type SdkErrorRule, type SdkTransportCase } from "./sdk-error.js";
export { matchSdkError, type SdkErrorMatch, type SdkTransportMatch } from "./sdk-error-match.js";
export * from "./standard-schema.js";
export * from "./status.js";
export * from "./validation.js";
