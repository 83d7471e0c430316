// PayPal: the current REST error {name, message, debug_id, details[{issue, field, location}], links},
// the legacy v1 form with information_link, and the OAuth token endpoint's {error, error_description}.
// debug_id (also the Paypal-Debug-Id header) is what PayPal support asks for.
import {
  envelopeNames,
  errorCategories,
  knownErrorDetailIssue,
  knownRestErrorResponseName,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/paypal/core";
import type {
  ErrorDetail as PayPalErrorDetail,
  LegacyErrorDetail,
  LegacyErrorResponse,
  OAuthErrorResponse,
  RestErrorResponse,
} from "@commerce-errors/paypal";
import { pointerFromDottedPath } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter, type VendorVocabulary } from "./adapter.js";
import { readOAuthError } from "./oauth.js";

type Envelopes = {
  RestErrorResponse: RestErrorResponse;
  LegacyErrorResponse: LegacyErrorResponse;
  OAuthErrorResponse: OAuthErrorResponse;
};

const errorNames = /* @__PURE__ */ new Set(knownRestErrorResponseName);
const issues = /* @__PURE__ */ new Set(knownErrorDetailIssue);

const paypalUrl = /^https:\/\/([a-z0-9-]+\.)*paypal\.com\//;

/**
 * `field` is a JSON Pointer into the body (`/purchase_units/0/amount`) or a legacy dotted path
 * (`items[0].receiver`); in the path or the query it is a parameter name, with no pointer.
 */
function where(detail: PayPalErrorDetail | LegacyErrorDetail): Pick<ErrorDetail, "pointer" | "field"> {
  const { field, location } = detail;
  if (!field) return {};
  if (location !== undefined && location !== "body") return { field };
  return { pointer: field.startsWith("/") ? field : pointerFromDottedPath(field), field };
}

/** v2: `issue` is the specific, machine-readable reason; `description` explains it. */
function detailOf(detail: PayPalErrorDetail): ErrorDetail {
  return { code: detail.issue, message: detail.description ?? detail.issue, ...where(detail) };
}

/** Legacy v1: `issue` is prose ("may not be null"), not a code. */
function legacyDetailOf(detail: LegacyErrorDetail): ErrorDetail {
  return { message: detail.issue, ...where(detail) };
}

function vocabulary(body: {
  debug_id?: string | undefined;
  information_link?: string | undefined;
  links?: readonly { href: string; rel: string }[] | undefined;
}): string[] {
  const infoLink = body.information_link ?? body.links?.find((link) => link.rel === "information_link")?.href;
  return [
    ...(body.debug_id !== undefined ? ["debug_id (PayPal)"] : []),
    ...(infoLink !== undefined && paypalUrl.test(infoLink) ? ["information_link to paypal.com"] : []),
  ];
}

export const paypal = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    RestErrorResponse: (body) => ({
      code: body.name,
      message: body.message,
      details: (body.details ?? []).map(detailOf),
      requestId: body.debug_id,
      retry: body.name === "RATE_LIMIT_REACHED" ? { kind: "with-backoff" } : undefined,
    }),
    LegacyErrorResponse: (body) => ({
      code: body.name,
      message: body.message,
      details: (body.details ?? []).map(legacyDetailOf),
      requestId: body.debug_id,
    }),
    OAuthErrorResponse: (body) => ({ ...readOAuthError(body), requestId: body.correlation_id }),
  },
);

/** What marks a response as paypal's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const paypalVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    RestErrorResponse: (body) => {
      const issue = body.details?.find((detail) => issues.has(detail.issue))?.issue;
      return [
        ...(errorNames.has(body.name) ? [`documented PayPal error name ${body.name}`] : []),
        ...(issue !== undefined ? [`documented PayPal issue ${issue}`] : []),
        ...vocabulary(body),
      ];
    },
    LegacyErrorResponse: vocabulary,
    OAuthErrorResponse: (body) => [...(body.correlation_id !== undefined ? ["correlation_id (PayPal OAuth)"] : []), ...vocabulary(body)],
  },
};
