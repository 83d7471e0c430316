import { describe, expect, it } from "vitest";
import {
  asJsonPointer,
  lastPointerToken,
  pointerFromBracketPath,
  pointerFromDottedPath,
  pointerFromSegments,
} from "../src/json-pointer.js";

describe("JSON Pointers from vendor paths", () => {
  it.each([
    ["0.channel_id", "/0/channel_id"],
    ["0.variants.0.product_id", "/0/variants/0/product_id"],
    ["prices[1].value", "/prices/1/value"],
    ["masterVariant.prices[0]", "/masterVariant/prices/0"],
    ["a/b~c", "/a~1b~0c"],
    ["name", "/name"],
  ])("dotted %s -> %s", (given, want) => {
    expect(pointerFromDottedPath(given)).toBe(want);
  });

  it.each([
    ["line_items[0][price]", "/line_items/0/price"],
    ["metadata[order/id]", "/metadata/order~1id"],
    ["customer", "/customer"],
    ["payment_method_data[billing_details][address][postal_code]", "/payment_method_data/billing_details/address/postal_code"],
  ])("Stripe bracket parameter %s -> %s", (given, want) => {
    expect(pointerFromBracketPath(given)).toBe(want);
  });

  it("GraphQL paths, escaped", () => {
    expect(pointerFromSegments(["cart", 0, "line/items"])).toBe("/cart/0/line~1items");
    expect(pointerFromSegments([])).toBe("");
  });

  it.each([
    ["/data/attributes/quantity", "quantity"],
    ["/data/attributes/a~1b", "a/b"],
    ["/data/", undefined],
    ["", undefined],
  ])("the field %s names is %s", (given, want) => {
    expect(lastPointerToken(given)).toBe(want);
  });

  it.each([
    ["/data/attributes/quantity", "/data/attributes/quantity"],
    ["", ""],
    ["/a~1b/~0", "/a~1b/~0"],
    ["/", "/"],
    [" ", undefined],
    ["data/attributes/name", undefined],
    ["/a~2", undefined],
    ["/a~", undefined],
  ])("%j is passed on as a JSON Pointer: %j", (given, want) => {
    expect(asJsonPointer(given)).toBe(want);
  });
});
