// Which main-entry module re-exports each name that src/core.ts defines itself (emit-core.ts).
/**
 * The names src/core.ts defines itself, by the main-entry module that re-exports them (the rest of
 * /core is re-exported from known-values, hidden-errors and read-body, which the main entry exports too).
 */
export const coreNamesFor = {
  guards: ["envelopeNames", "isErrorResponse", "matchErrorEnvelope"],
  catalog: ["vendor", "vendorName", "requestIdHeaders", "statusSummaries", "summarizeStatus", "errorReading", "errorMarks"],
} as const;
