// The umbrella's lists of what vendors send in requests: idempotency-key headers (a request with
// one is safe to replay) and credentials (redacted from everything it logs), from each vendor.json.
import type { VendorModel } from "../../model/vendor-model.js";
import { WORKSPACE_HEADER } from "./header.js";

const lowerCaseSet = (names: readonly string[]) => [...new Set(names.map((name) => name.toLowerCase()))].sort();
const list = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(", ")}]`;

export function idempotencyHeadersModule(models: readonly VendorModel[]): string {
  return [
    WORKSPACE_HEADER,
    '// Every vendor\'s idempotency-key request headers (vendor.json "idempotencyHeaders"), lower-case.',
    `export const vendorIdempotencyHeaders: readonly string[] = ${list(lowerCaseSet(models.flatMap((model) => model.idempotencyHeaders)))};`,
    "",
  ].join("\n");
}

export function credentialsModule(models: readonly VendorModel[]): string {
  const tokens = models.flatMap((model) =>
    model.credentials.tokens.map(({ prefix, secret }) => `  ${String(new RegExp(`\\b(${prefix})${secret}`, "g"))}, // ${model.name}`),
  );
  return [
    WORKSPACE_HEADER,
    '// What vendors count as credentials (vendor.json "credentials"): redacted from everything commerce-errors logs.',
    "",
    "/** Header and key names whose value is a credential, lower-case. */",
    `export const vendorCredentialHeaders: readonly string[] = ${list(lowerCaseSet(models.flatMap((model) => model.credentials.headers)))};`,
    "",
    "/** Each vendor's key formats: group 1 (the prefix, which says which key it was) is kept, the rest replaced. */",
    tokens.length === 0
      ? "export const vendorTokenPatterns: readonly RegExp[] = [];"
      : ["export const vendorTokenPatterns: readonly RegExp[] = [", ...tokens, "];"].join("\n"),
    "",
  ].join("\n");
}
