// Shopper messages by messageKey: English for every key, your translation plugged in (README
// "Observability / Messages for shoppers").
import { readFileSync } from "node:fs";
import { errorCategoryNames } from "@commerce-errors/runtime";
import { fromError } from "commerce-errors";
import { englishMessages, shopperMessage } from "commerce-errors/messages";
import { describe, expect, it } from "vitest";

const meta = JSON.parse(readFileSync(new URL("../../../../tools/codegen/meta/categories.schema.json", import.meta.url), "utf8"));
const codeKeys: string[] = meta.definitions.shopperMessageKey.enum;

const error = fromError({
  status: 402,
  body: {
    error: { type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
  },
});

/** Your i18n library's lookup, e.g. i18next's t(key, { defaultValue }); here one German text. */
const german: Record<string, string> = { "checkout.errors.insufficient-funds": "Ihre Karte ist nicht ausreichend gedeckt." };
const i18n = { t: (key: string, options: { defaultValue: string }) => german[key] ?? options.defaultValue };
const germanMessages = { "payment-declined": "Ihre Zahlung wurde abgelehnt." };

describe("shopperMessage (README)", () => {
  it("the English message of the most specific key", () => {
    expect(shopperMessage(error)).toBe("Your card has insufficient funds. Please try a different card.");
  });

  it("your translation through translate, English where it has none", () => {
    expect(shopperMessage(error, { translate: (key) => i18n.t(`checkout.errors.${key}`, { defaultValue: "" }) || undefined })).toBe(
      "Ihre Karte ist nicht ausreichend gedeckt.",
    );
    const declined = { ...error.toJSON(), messageKey: "card-expired" };
    expect(shopperMessage(declined, { translate: (key) => i18n.t(`checkout.errors.${key}`, { defaultValue: "" }) || undefined })).toBe(
      "Your card has expired. Please use a different card.",
    );
  });

  it("your own catalog by key; missing keys fall back to English", () => {
    expect(shopperMessage({ messageKey: "payment-declined" }, { messages: germanMessages })).toBe("Ihre Zahlung wurde abgelehnt.");
    expect(shopperMessage(error, { messages: germanMessages })).toBe(englishMessages["insufficient-funds"]);
  });
});

describe("englishMessages", () => {
  it("has a message for every category and every shopper code key of categories.json's vocabulary", () => {
    expect(Object.keys(englishMessages).sort()).toEqual([...new Set([...errorCategoryNames, ...codeKeys])].sort()); // out-of-stock is both
  });

  it("tells a shopper nothing technical about an incident", () => {
    for (const key of ["authentication", "permission", "server", "idempotency"] as const)
      expect(englishMessages[key]).toMatch(/^Something went wrong/);
  });

  it("an unknown key or a throwing translation falls back to English", () => {
    expect(shopperMessage({ messageKey: "no-such-key", category: "validation" })).toBe(englishMessages.validation);
    expect(shopperMessage({ messageKey: "toString" })).toBe(englishMessages.unknown);
    expect(
      shopperMessage(error, {
        translate: () => {
          throw new Error("i18n not ready");
        },
      }),
    ).toBe(englishMessages["insufficient-funds"]);
  });
});
