// formatMessage fills Magento's placeholders as its Phrase renderer does.
import { describe, expect, it } from "vitest";
import { formatMessage, isWebapiErrorResponse } from "../src/index.js";

describe("formatMessage", () => {
  it("fills %1, %2 from an array of parameters", () => {
    expect(
      formatMessage({
        message: 'The product that was requested doesn\'t exist. Verify the product and try again. SKU: "%1"',
        parameters: ["24-MB01"],
      }),
    ).toBe('The product that was requested doesn\'t exist. Verify the product and try again. SKU: "24-MB01"');
    expect(formatMessage({ message: "%1 of %2", parameters: [1, 10] })).toBe("1 of 10");
  });

  it("fills %name from an object of parameters", () => {
    const body = { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: "email" } };
    expect(isWebapiErrorResponse(body)).toBe(true);
    expect(formatMessage(body)).toBe('"email" is required. Enter and try again.');
  });

  it("does not confuse %1 with %10, and leaves unknown placeholders alone", () => {
    const parameters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    expect(formatMessage({ message: "%10/%1/%11/%missing", parameters })).toBe("j/a/%11/%missing");
  });

  it("renders values as PHP does: null and false empty, true 1", () => {
    expect(formatMessage({ message: "[%a][%b][%c][%d]", parameters: { a: null, b: false, c: true, d: 2.5 } })).toBe("[][][1][2.5]");
  });

  it("numbered placeholders also read numeric object keys (PHP arrays encoded as objects)", () => {
    expect(formatMessage({ message: "%1 and %2", parameters: { 0: "first", 1: "second" } })).toBe("first and second");
  });

  it("returns the message unchanged without parameters", () => {
    expect(formatMessage({ message: "Consumer is not authorized to access %resources" })).toBe(
      "Consumer is not authorized to access %resources",
    );
  });
});
