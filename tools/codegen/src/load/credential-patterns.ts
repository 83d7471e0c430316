// vendor.json "credentials.tokens" run on every message commerce-errors logs, so their form is
// restricted to what cannot backtrack: a prefix without quantifiers (fixed text, classes and
// `(?:a|b)` choices of fixed text) and a secret that is one character class with a count. That is
// linear by construction and checked in microseconds, where a ReDoS prover takes seconds and its
// verdict depends on the machine's load. A token that breaks the form is refused with its place.
import type { SchemaProblem } from "./schema-error.js";
import type { VendorFile } from "./types.js";

/** One character class (or \d, \w, \s, \S ...) with a count: `[A-Za-z0-9]{24,}`, `\w{8,64}`. */
const SECRET_FORM = /^(?:\[(?:\\.|[^\]\\])+\]|\\[dDwWsS])\{\d+(?:,\d*)?\}$/;

export function checkCredentialPatterns(vendor: VendorFile, file: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  (vendor.credentials?.tokens ?? []).forEach((token, index) => {
    const at = (part: string) => `/credentials/tokens/${index}/${part}`;
    const prefix = syntaxProblem(token.prefix) ?? prefixFormProblem(token.prefix);
    if (prefix) problems.push({ file, pointer: at("prefix"), reason: prefix });
    const secret = syntaxProblem(token.secret) ?? (SECRET_FORM.test(token.secret) ? undefined : secretFormProblem(token.secret));
    if (secret) problems.push({ file, pointer: at("secret"), reason: secret });
  });
  return problems;
}

function syntaxProblem(source: string): string | undefined {
  let groups: number;
  try {
    groups = (new RegExp(`${source}|`).exec("") as RegExpExecArray).length - 1;
  } catch (error) {
    return `${JSON.stringify(source)} is not a regular expression: ${(error as Error).message}`;
  }
  return groups > 0 ? `${JSON.stringify(source)} has a capturing group: write (?:...)` : undefined;
}

function prefixFormProblem(source: string): string | undefined {
  const bare = source
    .replace(/\\./g, "")
    .replace(/\[(?:\\.|[^\]\\])*\]/g, "")
    .replace(/\(\?:/g, "(");
  return /[*+?{}]/.test(bare)
    ? `${JSON.stringify(source)} has a quantifier: a prefix is fixed text, classes and (?:a|b) choices`
    : undefined;
}

const secretFormProblem = (source: string) =>
  `${JSON.stringify(source)} is not one character class with a count (e.g. [A-Za-z0-9]{24,}), the form that cannot backtrack`;
