// What an issue is: the rule it breaks and where. Its own module so that the collector (explain.ts)
// and the wording (issue-message.ts) both depend on it and not on each other.

/** The rule an issue breaks: a JSON Schema keyword, or `exception` for a value that threw when read. */
export type IssueKeyword =
  | "type"
  | "required"
  | "const"
  | "enum"
  | "minItems"
  | "maxItems"
  | "minLength"
  | "maxLength"
  | "minProperties"
  | "maxProperties"
  | "minimum"
  | "maximum"
  | "exclusiveMinimum"
  | "exclusiveMaximum"
  | "multipleOf"
  | "pattern"
  | "uniqueItems"
  | "contains"
  | "propertyNames"
  | "additionalItems"
  | "dependencies"
  | "not"
  | "anyOf"
  | "oneOf"
  | "discriminator"
  | "false schema"
  | "exception";

/** One problem found in a value: where (JSON Pointer into the value), which rule, its parameters, and why. */
export interface ValidationIssue {
  path: string;
  keyword: IssueKeyword;
  /** What the rule asked for, e.g. `{ type: "integer" }` or `{ missingProperty: "message" }` (AJV's names). */
  params: Record<string, unknown>;
  message: string;
}
