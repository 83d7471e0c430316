// A response body reduced to what normalizing needs: nothing, JSON, or text that is not JSON.
// Every vendor package's /core ships the same reader (a size limit, failing or consumed streams);
// an entry passes that of a vendor it bundles anyway, so the umbrella has no reader of its own.
import type { FetchResponseLike, ReadBody } from "@commerce-errors/runtime";

export type DecodedBody = ReadBody;

/** A body already in hand: strings and bytes are parsed as JSON, any other value is taken as parsed. */
export type DecodeErrorBody = (body: unknown, options?: { maxBytes?: number }) => DecodedBody;

/** A fetch Response's stream, read once. Never rejects. */
export type ReadErrorBody = (response: FetchResponseLike, options?: { maxBytes?: number }) => Promise<DecodedBody>;
