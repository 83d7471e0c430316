// Messages a shopper may see, by the stable `messageKey` of a normalized error: one per category,
// one per shopper-facing code (schemas/<vendor>/categories.json `shopperMessages`). English only:
// translations are yours to plug in, never machine-invented here.
import type { ErrorCategory } from "../classify/classify.js";

/** The keys of shopper-facing codes (tools/codegen/meta/categories.schema.json lists the same). */
export type ShopperCodeKey =
  | "card-declined"
  | "insufficient-funds"
  | "card-expired"
  | "incorrect-card-details"
  | "payment-authentication-required"
  | "payment-method-unsupported"
  | "out-of-stock"
  | "invalid-address"
  | "coupon-invalid"
  | "invalid-credentials"
  | "email-in-use"
  | "quantity-not-allowed"
  | "price-changed";

export type ShopperMessageKey = ErrorCategory | ShopperCodeKey;

/**
 * English messages, written for shoppers: an incident on your side (an expired API token, a 500)
 * reads as "Something went wrong", never as its technical cause.
 */
export const englishMessages: Readonly<Record<ShopperMessageKey, string>> = {
  authentication: "Something went wrong on our side. Please try again later.",
  permission: "Something went wrong on our side. Please try again later.",
  "not-found": "We couldn't find what you were looking for. It may no longer be available.",
  validation: "Some of the information you entered isn't valid. Please check it and try again.",
  conflict: "This was changed in the meantime. Please refresh and try again.",
  "rate-limit": "We're very busy right now. Please try again in a moment.",
  "payment-declined": "Your payment was declined. Please try a different payment method.",
  "out-of-stock": "Sorry, an item in your cart is out of stock.",
  idempotency: "Something went wrong on our side. Please try again later.",
  server: "Something went wrong on our side. Please try again later.",
  unavailable: "The service is temporarily unavailable. Please try again in a moment.",
  transport: "We couldn't connect. Please check your connection and try again.",
  unknown: "Something went wrong. Please try again later.",
  "card-declined": "Your card was declined. Please try a different card or payment method.",
  "insufficient-funds": "Your card has insufficient funds. Please try a different card.",
  "card-expired": "Your card has expired. Please use a different card.",
  "incorrect-card-details": "Some of your card details are incorrect. Please check them and try again.",
  "payment-authentication-required": "Your bank needs you to confirm this payment. Please complete the verification and try again.",
  "payment-method-unsupported": "This payment method isn't supported for this purchase. Please choose another one.",
  "invalid-address": "The address doesn't look right. Please check it and try again.",
  "coupon-invalid": "This coupon code isn't valid for your cart.",
  "invalid-credentials": "The email or password is incorrect.",
  "email-in-use": "An account with this email address already exists.",
  "quantity-not-allowed": "This quantity isn't available for this item. Please change it and try again.",
  "price-changed": "A price in your cart has changed. Please review your cart and try again.",
};

export interface ShopperMessageOptions {
  /**
   * Your translation: called with the key (`"card-expired"`, `"payment-declined"`, ...) and the
   * English text; return the message to show, or `undefined` to fall back to `messages`, then English.
   */
  translate?: (key: string, english: string) => string | undefined;
  /** Your own texts by key (e.g. one locale's catalog); missing keys fall back to English. */
  messages?: Readonly<Partial<Record<string, string>>>;
}

/** The message for `error.messageKey`, through your translation when given. Never throws. */
export function shopperMessage(error: { messageKey?: string; category?: string }, options: ShopperMessageOptions = {}): string {
  const table = englishMessages as Readonly<Record<string, string>>;
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the package targets ES2020
  const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
  const key = [error.messageKey, error.category].find((each): each is string => typeof each === "string" && has(table, each)) ?? "unknown";
  const english = table[key] as string;
  let translated: string | undefined;
  try {
    translated = options.translate?.(key, english);
  } catch {
    translated = undefined;
  }
  const own = options.messages && has(options.messages, key) ? options.messages[key] : undefined;
  return translated ?? own ?? english;
}
