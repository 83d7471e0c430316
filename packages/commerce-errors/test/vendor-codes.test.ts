import { errorCodes } from "@commerce-errors/commercetools";
import { describe, expect, it } from "vitest";
import { documentedErrorCodes } from "../src/vendors/commercetools.js";

// The adapter reads documented codes from knownValues so that a bundle does not carry errorCodes' descriptions.
describe("commercetools documented codes", () => {
  it("are exactly the codes of errorCodes", () => {
    expect([...documentedErrorCodes].sort()).toEqual(errorCodes.map((entry) => entry.code).sort());
  });
});
