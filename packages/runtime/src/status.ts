// The status-code catalog's shape and lookup.

/** What a client should do about a failed request. */
export type RetryAdvice = "no" | "with-backoff" | "after-refetch";

export interface StatusCodeInfo {
  status: number;
  text: string;
  meaning: string;
  retry: RetryAdvice;
  /** The vendor's own advice, where documented. */
  troubleshooting: string[];
}

/** What the commerce-errors umbrella keeps of a status: its text and what to do, not the long-form advice. */
export type StatusSummary = Pick<StatusCodeInfo, "status" | "text" | "retry">;

/** Own-property lookup, so that inherited keys never answer. */
export function lookupStatus<Info>(statusCodes: Readonly<Record<number, Info>>, status: number): Info | undefined {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the packages target ES2020
  return Object.prototype.hasOwnProperty.call(statusCodes, status) ? statusCodes[status] : undefined;
}
