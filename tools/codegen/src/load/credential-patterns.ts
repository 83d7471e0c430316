// vendor.json "credentials.tokens" run on every message commerce-errors logs: each part must
// compile and hold no capturing group (the redactor keeps the prefix as group 1), and the pattern
// that runs must be safe from catastrophic backtracking, or the vendor is refused with the place
// and the reason. The checker's fuzzing is seeded: the same schema always gets the same verdict.
import { checkSync } from "recheck";
import type { SchemaProblem } from "./schema-error.js";
import type { VendorFile } from "./types.js";

export function checkCredentialPatterns(vendor: VendorFile, file: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  (vendor.credentials?.tokens ?? []).forEach((token, index) => {
    const found = (["prefix", "secret"] as const).flatMap((part) => {
      const reason = partProblem(token[part]);
      return reason ? [{ file, pointer: `/credentials/tokens/${index}/${part}`, reason }] : [];
    });
    const reason = found.length === 0 ? backtrackingProblem(`\\b(${token.prefix})${token.secret}`) : undefined;
    problems.push(...found, ...(reason ? [{ file, pointer: `/credentials/tokens/${index}`, reason }] : []));
  });
  return problems;
}

function partProblem(source: string): string | undefined {
  let groups: number;
  try {
    groups = (new RegExp(`${source}|`).exec("") as RegExpExecArray).length - 1;
  } catch (error) {
    return `${JSON.stringify(source)} is not a regular expression: ${(error as Error).message}`;
  }
  return groups > 0 ? `${JSON.stringify(source)} has a capturing group: write (?:...)` : undefined;
}

function backtrackingProblem(pattern: string): string | undefined {
  const diagnostics = checkSync(pattern, "g", { randomSeed: 1 });
  if (diagnostics.status === "safe") return undefined;
  if (diagnostics.status === "vulnerable")
    return `${JSON.stringify(pattern)} is vulnerable to catastrophic backtracking (attack e.g. ${JSON.stringify(diagnostics.attack.pattern)})`;
  return `${JSON.stringify(pattern)} could not be proven safe from catastrophic backtracking`;
}
