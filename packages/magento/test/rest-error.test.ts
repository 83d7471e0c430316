// Adobe Commerce REST error bodies that are not in schemas/magento/fixtures, with their public sources.
import { describe, expect, it } from "vitest";
import { parseErrorResponse } from "../src/index.js";

describe("Adobe Commerce REST errors", () => {
  it.each([
    [
      "the 2.4.7 rate-limiting 429 writes trace: null",
      // https://github.com/AdobeDocs/commerce-webapi/blob/02ffbf31239dd9a1c8fcc71fe9598095b58a2957/src/pages/get-started/rate-limiting.md
      { status: 429, body: { message: "Too Many Requests", trace: null } },
      { kind: "error", envelope: "WebapiErrorResponse" },
    ],
    ["a developer-mode trace is a string", { status: 400, body: { message: "Bad", trace: "#0 {main}" } }, { kind: "error" }],
    ["a trace of another type is no Magento error", { status: 400, body: { message: "Bad", trace: 1 } }, { kind: "unrecognized" }],
  ])("%s", async (_name, response, want) => {
    expect(await parseErrorResponse(response)).toMatchObject(want);
  });
});
