// What the shared check script (checks.js) returns, one entry per package.
export interface CheckResult {
  name: string;
  pass: boolean;
  detail?: string;
}
export interface PackageResult {
  package: string;
  checks: CheckResult[];
  observations: { brokenIssues?: { path: string; keyword: string; message: string }[] };
}

export const failures = (result: PackageResult | undefined): string[] =>
  result ? result.checks.filter((check) => !check.pass).map((check) => `${check.name}: ${check.detail}`) : ["no result"];
