// The one place an issue's keyword and params become a sentence. Issues carry both, so a caller
// who wants other words (or another language) formats them from `keyword` and `params` instead.
import type { IssueKeyword } from "./issue.js";

export function issueMessage(keyword: IssueKeyword, params: Record<string, unknown>): string {
  switch (keyword) {
    case "type": {
      const type = String(params.type);
      return `must be ${type.includes(",") ? type.split(",").join(" or ") : type}`;
    }
    case "required":
      return `must have required property "${String(params.missingProperty)}"`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "enum":
      return "must be one of the allowed values";
    case "minItems":
      return `must have at least ${String(params.limit)} items`;
    case "maxItems":
      return `must have at most ${String(params.limit)} items`;
    case "minProperties":
      return `must have at least ${String(params.limit)} properties`;
    case "maxProperties":
      return `must have at most ${String(params.limit)} properties`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case "multipleOf":
      return `must be a multiple of ${String(params.multipleOf)}`;
    case "minLength":
      return `must have at least ${String(params.limit)} characters`;
    case "maxLength":
      return `must have at most ${String(params.limit)} characters`;
    case "uniqueItems":
      return `must not have duplicate items (items ${String(params.j)} and ${String(params.i)} are equal)`;
    case "contains":
      return "must contain at least 1 valid item";
    case "propertyNames":
      return `property name "${String(params.propertyName)}" is invalid`;
    case "additionalItems":
      return `must have at most ${String(params.limit)} items`;
    case "dependencies":
      return `must have property "${String(params.missingProperty)}" when property "${String(params.property)}" is present`;
    case "oneOf":
      return "must match exactly one schema in oneOf";
    case "pattern":
      return `must match pattern "${String(params.pattern)}"`;
    case "not":
      return "must not match the excluded shape";
    case "anyOf":
      return "must match a schema in anyOf";
    case "discriminator":
      return `"${String(params.tagValue)}" is not a documented ${String(params.tag)}`;
    case "false schema":
      return "is not allowed";
    case "exception":
      return String(params.reason);
  }
}
