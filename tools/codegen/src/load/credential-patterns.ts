// vendor.json "credentials.tokens" run on every message commerce-errors logs: each part must
// compile, hold no capturing group (the redactor keeps the prefix as group 1) and be safe from
// catastrophic backtracking, or the vendor is refused with the place and the reason.
import { checkSync } from "recheck";
import type { SchemaProblem } from "./schema-error.js";
import type { VendorFile } from "./types.js";

export function checkCredentialPatterns(vendor: VendorFile, file: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  (vendor.credentials?.tokens ?? []).forEach((token, index) => {
    for (const part of ["prefix", "secret"] as const) {
      const reason = patternProblem(token[part]);
      if (reason) problems.push({ file, pointer: `/credentials/tokens/${index}/${part}`, reason });
    }
    if (problems.length === 0) {
      const whole = `\\b(${token.prefix})${token.secret}`;
      if (checkSync(whole, "g").status !== "safe") {
        problems.push({
          file,
          pointer: `/credentials/tokens/${index}`,
          reason: `${JSON.stringify(whole)} could not be proven safe from catastrophic backtracking`,
        });
      }
    }
  });
  return problems;
}

function patternProblem(source: string): string | undefined {
  let groups: number;
  try {
    groups = (new RegExp(`${source}|`).exec("") as RegExpExecArray).length - 1;
  } catch (error) {
    return `${JSON.stringify(source)} is not a regular expression: ${(error as Error).message}`;
  }
  if (groups > 0) return `${JSON.stringify(source)} has a capturing group: write (?:...)`;
  const diagnostics = checkSync(source, "");
  if (diagnostics.status === "vulnerable")
    return `${JSON.stringify(source)} is vulnerable to catastrophic backtracking (attack e.g. ${JSON.stringify(diagnostics.attack.pattern)})`;
  if (diagnostics.status !== "safe") return `${JSON.stringify(source)} could not be proven safe from catastrophic backtracking`;
  return undefined;
}
