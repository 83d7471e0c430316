// What kind of failure a normalized error is, whose fault, and whether it is an incident: from the
// vendor's classification data (/core `errorCategories`, generated from schemas/<vendor>/categories.json),
// never from a vendor's name. Blame and expected follow from the category alone, so they mean the
// same for every vendor.
import { categorize, type ErrorCategory, type ErrorCategoryData, shopperMessageKeyOf } from "@commerce-errors/runtime";
import type { ErrorDetail } from "../normalized-error.js";

export type { ErrorCategory } from "@commerce-errors/runtime";

export type { ErrorBlame } from "./blame.js";

import type { ErrorBlame } from "./blame.js";

/** What a category says, for every vendor alike (README: "Classification"). */
const traits: Readonly<Record<ErrorCategory, { blame: ErrorBlame; expected: boolean }>> = {
  authentication: { blame: "client", expected: false },
  permission: { blame: "client", expected: false },
  "not-found": { blame: "client", expected: true },
  validation: { blame: "client", expected: true },
  conflict: { blame: "client", expected: true },
  "rate-limit": { blame: "client", expected: false },
  "payment-declined": { blame: "client", expected: true },
  "out-of-stock": { blame: "client", expected: true },
  idempotency: { blame: "client", expected: false },
  server: { blame: "vendor", expected: false },
  unavailable: { blame: "vendor", expected: false },
  transport: { blame: "network", expected: false },
  unknown: { blame: "vendor", expected: false },
};

export interface Classification {
  category: ErrorCategory;
  blame: ErrorBlame;
  expected: boolean;
  /** The shopper message key of a code that has one (a detail's first: the issuer's decline code), else the category's (commerce-errors/messages). */
  messageKey: string;
}

export interface ClassifyFacts {
  status: number | undefined;
  envelope: string;
  reason?: string | undefined;
  code: string | undefined;
  details: readonly ErrorDetail[];
}

/**
 * Never throws. A transport failure is `transport` (an abort is the caller's own choice: blame
 * client, expected); an `unknown` 4xx blames the request.
 */
export function classify(data: ErrorCategoryData | undefined, facts: ClassifyFacts): Classification {
  const codes = [facts.code, ...facts.details.map((detail) => detail.code)];
  if (facts.envelope === "transport") {
    const aborted = facts.reason === "abort";
    return { category: "transport", blame: aborted ? "client" : "network", expected: aborted, messageKey: "transport" };
  }
  const category = categorize(data, { codes, status: facts.status, envelope: facts.envelope });
  const { expected } = traits[category];
  const blame =
    category === "unknown" && facts.status !== undefined && facts.status >= 400 && facts.status < 500 ? "client" : traits[category].blame;
  return { category, blame, expected, messageKey: shopperMessageKeyOf(data, [...codes.slice(1), facts.code]) ?? category };
}
