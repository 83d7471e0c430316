/** commerce-errors/sentry: a `beforeSend` that fingerprints, tags and filters CommerceApiErrors (README: "Observability"). */
export { commerceBeforeSend, type SentryEventLike, type SentryOptions } from "./observe/sentry.js";
