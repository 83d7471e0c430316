// Elastic Path: `errors` as an array or a single object of {status, title, detail, source, request_id}.
import {
  envelopeNames,
  errorCategories,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/elasticpath/core";
import type { ElasticPathErrorResponse, ErrorItem } from "@commerce-errors/elasticpath";
import { asJsonPointer, pointerFromDottedPath } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter, type VendorVocabulary } from "./adapter.js";

type Envelopes = {
  ElasticPathErrorResponse: ElasticPathErrorResponse;
};

function errorItems(body: ElasticPathErrorResponse): ErrorItem[] {
  return Array.isArray(body.errors) ? body.errors : [body.errors];
}

/** There is no stable machine code: `title` is the category ("Failed Validation", "Not Found"). */
function itemCode(item: ErrorItem): string | undefined {
  return item.code ?? item.title;
}

/** A rate-limit error may carry only its status ({"errors":[{"status":429}]}). */
function itemMessage(item: ErrorItem): string {
  return item.detail ?? item.description ?? item.title ?? `HTTP ${String(item.status)}`;
}

/** `source` is a plain field name ("enabled", "data") on most services, a JSON:API object on a few. */
function errorDetail(item: ErrorItem): ErrorDetail {
  const source = item.source;
  let pointer: string | undefined;
  let field: string | undefined;
  if (typeof source === "string") [pointer, field] = [pointerFromDottedPath(source), source];
  else if (source?.pointer !== undefined) {
    pointer = asJsonPointer(source.pointer);
    // A pointer that is not one (JSON:API requires RFC 6901) is kept as the field only.
    field = pointer === undefined ? source.pointer : source.parameter;
  } else field = source?.parameter;
  const code = itemCode(item);
  return {
    ...(code !== undefined && { code }),
    message: itemMessage(item),
    ...(pointer !== undefined && { pointer }),
    ...(field !== undefined && { field }),
  };
}

export const elasticpath = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    ElasticPathErrorResponse: (body) => {
      const items = errorItems(body);
      const first = items[0];
      return {
        code: first && itemCode(first),
        message: first && itemMessage(first),
        details: items.map(errorDetail),
        requestId: items.find((item) => item.request_id)?.request_id,
      };
    },
  },
);

/** What marks a response as elasticpath's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const elasticpathVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    ElasticPathErrorResponse: (body) => {
      const items = errorItems(body);
      const reasons: string[] = [];
      if (items.some((item) => item.request_id !== undefined)) reasons.push("request_id in the error (Elastic Path)");
      if (items.some((item) => typeof item.source === "string")) reasons.push("source is a plain field name (Elastic Path)");
      return reasons;
    },
  },
};
