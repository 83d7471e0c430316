// Every `pattern` and `patternProperties` key in schemas/ runs on untrusted input in the shipped
// validators: a pattern with catastrophic backtracking (ReDoS) is a schema error.
import { checkSync } from "recheck";
import type { SchemaProblem } from "./schema-error.js";
import { pointerToken } from "./schema-error.js";
import type { LoadedEnvelope } from "./types.js";
import { walkSchema } from "./walk-schema.js";

export function checkPatterns(envelope: LoadedEnvelope): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  walkSchema(envelope.schema, (node, pointer) => {
    const patterns: [string, string][] = [];
    if (typeof node.pattern === "string") patterns.push([`${pointer}/pattern`, node.pattern]);
    for (const key of Object.keys((node.patternProperties as object | undefined) ?? {}))
      patterns.push([`${pointer}/patternProperties/${pointerToken(key)}`, key]);
    for (const [where, source] of patterns) {
      const diagnostics = checkSync(source, "u");
      if (diagnostics.status !== "safe") {
        const why =
          diagnostics.status === "vulnerable"
            ? `is vulnerable to catastrophic backtracking (${diagnostics.complexity.type}; attack e.g. ${JSON.stringify(diagnostics.attack.pattern)})`
            : "could not be proven safe from catastrophic backtracking";
        problems.push({ file: envelope.file, pointer: where, reason: `pattern ${JSON.stringify(source)} ${why}` });
      }
    }
  });
  return problems;
}
