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
    case "minProperties":
      return `must have at least ${String(params.limit)} properties`;
    case "minimum":
      return `must be >= ${String(params.limit)}`;
    case "minLength":
      return `must have at least ${String(params.limit)} characters`;
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
