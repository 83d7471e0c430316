// For fetch users: pass a 2xx response through, turn anything else into a thrown CommerceApiError.
import type { VendorScope } from "../from-error/recognize.js";
import type { ReadErrorBody } from "../normalize/decoded-body.js";
import { normalizeDecodedBody } from "../normalize/normalize-error.js";
import type { FetchResponseLike } from "@commerce-errors/runtime";
import type { VendorName } from "../generated/vendor-names.js";
import { CommerceApiError } from "./commerce-api-error.js";

export interface AssertOkOptions {
  /** Read the body as this vendor's instead of detecting the vendor (the response URL is a hint too). */
  vendor?: VendorName | undefined;
  /** Read at most this many bytes of an error body (default 1 MiB, the vendor packages' DEFAULT_MAX_BODY_BYTES). */
  maxBytes?: number | undefined;
}

/**
 * Resolves to `response` when its status is 2xx. Otherwise reads the body once, whatever it is
 * (JSON, HTML, empty, too large, already consumed), and rejects with a CommerceApiError whose
 * `cause` is the response. Among the scope's vendors; `assertOk` is this bound to an entry's (entries/).
 */
export async function assertOkAmong<R extends FetchResponseLike & { url?: string }>(
  scope: VendorScope,
  readBody: ReadErrorBody,
  response: R,
  options: AssertOkOptions = {},
): Promise<R> {
  if (response.status >= 200 && response.status < 300) return response;
  // Read first, whatever the body is; detection happens afterwards on what was read.
  const decoded = await readBody(response, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  const normalized = normalizeDecodedBody(
    decoded,
    { status: response.status, headers: response.headers },
    { vendor: options.vendor, url: response.url || undefined },
    scope,
  );
  throw new CommerceApiError(normalized, { cause: response });
}
