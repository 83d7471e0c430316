import { describe, expectTypeOf, it } from "vitest";
import { detectVendor, normalizeError, type EnvelopeName, type RetryDecision, type VendorName } from "../src/index.js";

describe("types", () => {
  it("vendor names come from the registry", () => {
    expectTypeOf<VendorName>().toEqualTypeOf<
      "bigcommerce" | "commercelayer" | "commercetools" | "elasticpath" | "magento" | "medusa" | "paypal" | "saleor" | "sfcc" | "shopify" | "stripe" | "woocommerce"
    >();
    expectTypeOf<"RestV3Error">().toExtend<EnvelopeName>();
    expectTypeOf<"ScapiProblemDetails" | "WpRestErrorResponse" | "MutationUserErrorsResponse">().toExtend<EnvelopeName>();
    expectTypeOf<"SomethingElse">().not.toExtend<EnvelopeName>();
  });

  it("retry narrows on kind", () => {
    const { retry } = normalizeError({ status: 409, body: {} });
    expectTypeOf(retry).toEqualTypeOf<RetryDecision>();
    if (retry.kind === "after-refetch") expectTypeOf(retry.currentVersion).toEqualTypeOf<number | undefined>();
    if (retry.kind === "with-backoff") expectTypeOf(retry.afterMs).toEqualTypeOf<number | undefined>();
  });

  it("options take known vendors only", () => {
    // @ts-expect-error vtex is not a vendor of this package
    normalizeError({ status: 400, body: {} }, { vendor: "vtex" });
    normalizeError({ status: 400, body: {} }, { vendor: "shopify" });
    expectTypeOf(detectVendor({})[0]?.envelope).toEqualTypeOf<EnvelopeName | undefined>();
  });
});
