// Batch answers with failed items (HTTP 200) and the legacy wc-api/v3 errors.
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

// The item shape of WC_REST_Controller::batch_items for a failed update.
const failedUpdate = { id: 0, error: { code: "woocommerce_rest_product_invalid_id", message: "Invalid ID.", data: { status: 400 } } };

describe("batch endpoints", () => {
  it("a 200 with a failed item is kind partial: the item, its WP_Error, and the count of saved ones", async () => {
    const body = { create: [{ id: 801, name: "Woo Single #1" }], update: [{ id: 799, name: "Ship Your Idea" }, failedUpdate], delete: [] };
    expect(await parseErrorResponse({ status: 200, body })).toEqual({
      kind: "partial",
      status: 200,
      envelope: "BatchResponse",
      failed: [{ index: 1, id: "0", pointer: "/update/1", errors: [failedUpdate.error] }],
      succeeded: 2,
      body,
    });
  });

  // https://github.com/woocommerce/woocommerce/issues/22848: an update whose id the API could not read.
  it("a failed item with id null is a failed item without id", async () => {
    const error = { code: "woocommerce_rest_product_variation_invalid_id", message: "ID no v\u00e1lido.", data: { status: 400 } };
    const parsed = await parseErrorResponse({ status: 200, body: { update: [{ id: null, error }] } });
    expect(parsed).toMatchObject({ kind: "partial", envelope: "BatchResponse", succeeded: 0 });
    expect(parsed.kind === "partial" && parsed.failed).toEqual([{ index: 0, pointer: "/update/0", errors: [error] }]);
  });

  it.each([
    ["every item saved", { create: [{ id: 801 }], update: [{ id: 799 }] }],
    ["an empty batch", {}],
  ])("%s is no error", (_name, body) => {
    expect(matchErrorEnvelope(body)).toBeUndefined();
  });

  it("a batch over the limit is refused as a whole (413 rest-error), not partial", async () => {
    const body = {
      code: "woocommerce_rest_request_entity_too_large",
      message: "Unable to accept more than 100 items for this request.",
      data: { status: 413 },
    };
    expect(await parseErrorResponse({ status: 413, body })).toMatchObject({ kind: "error", envelope: "WpRestErrorResponse" });
  });
});

describe("legacy wc-api/v3", () => {
  it("errors: [] is no error", () => {
    expect(matchErrorEnvelope({ errors: [] })).toBeUndefined();
  });
});
