/** commerce-errors/otel: record a CommerceApiError on an OpenTelemetry span (README: "Observability"). */
export { commerceErrorAttributes, recordCommerceError, type OtelOptions, type SpanLike } from "./observe/otel.js";
