// parseErrorResponse under faults: it resolves, keeps the status code, and says why.
import { describe, expect, it } from "vitest";
import { hostileProxy } from "./hostile-proxy.js";
import { readEnvelopeSchemas } from "./fixtures.js";
import type { VendorPackage } from "./vendor-package.js";

const encoder = new TextEncoder();

function streamOf(chunks: Uint8Array[], failAfter?: number): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (failAfter !== undefined && index === failAfter) return controller.error(new Error("connection reset"));
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

export function describeParsing(pkg: VendorPackage, vendor: string): void {
  const envelopes = readEnvelopeSchemas(vendor);
  const example = envelopes[0]!.examples[0];
  const documented = Number(Object.keys(pkg.statusCodes).find((status) => Number(status) >= 400) ?? 500);

  describe("parseErrorResponse", () => {
    it("reads a documented body from a fetch Response", async () => {
      const response = new Response(JSON.stringify(example), { status: documented, headers: { "content-type": "application/json" } });
      const parsed = await pkg.parseErrorResponse(response);
      expect(parsed).toMatchObject({ kind: "error", status: documented, envelope: envelopes[0]!.title, body: example });
      expect(parsed.statusInfo).toEqual(pkg.describeStatus(documented));
    });

    it("reads a plain { status, headers, body } with a parsed or a string body", async () => {
      await expect(pkg.parseErrorResponse({ status: 400, body: example })).resolves.toMatchObject({ kind: "error", status: 400 });
      await expect(
        pkg.parseErrorResponse({ status: 400, headers: { "Content-Type": "application/json" }, body: JSON.stringify(example) }),
      ).resolves.toMatchObject({ kind: "error", contentType: "application/json" });
      await expect(pkg.parseErrorResponse({ status: 400, body: encoder.encode(JSON.stringify(example)) })).resolves.toMatchObject({
        kind: "error",
      });
    });

    it("an HTML maintenance page is unrecognized, not-json, with its text", async () => {
      const html = "<!doctype html><html><body><h1>Down for Maintenance</h1></body></html>";
      const parsed = await pkg.parseErrorResponse(new Response(html, { status: 503, headers: { "content-type": "text/html" } }));
      expect(parsed).toMatchObject({ kind: "unrecognized", status: 503, reason: "not-json", contentType: "text/html", text: html });
    });

    it("truncated JSON is unrecognized, not-json", async () => {
      const text = JSON.stringify(example).slice(0, 12);
      await expect(pkg.parseErrorResponse(new Response(text, { status: 500 }))).resolves.toMatchObject({
        kind: "unrecognized",
        status: 500,
        reason: "not-json",
      });
    });

    it("an empty body with a JSON content type is empty", async () => {
      const parsed = await pkg.parseErrorResponse(new Response("", { status: 429, headers: { "content-type": "application/json" } }));
      expect(parsed).toMatchObject({ kind: "empty", status: 429, contentType: "application/json" });
      await expect(pkg.parseErrorResponse(new Response(null, { status: 502 }))).resolves.toMatchObject({ kind: "empty", status: 502 });
      await expect(pkg.parseErrorResponse({ status: 204, body: undefined })).resolves.toMatchObject({ kind: "empty", status: 204 });
    });

    it("JSON that is no envelope of this vendor is unrecognized, invalid, with issues", async () => {
      const parsed = await pkg.parseErrorResponse(new Response('{"unexpected":true}', { status: 418 }));
      expect(parsed).toMatchObject({ kind: "unrecognized", status: 418, reason: "invalid", json: { unexpected: true } });
      expect((parsed.issues as unknown[]).length).toBeGreaterThan(0);
    });

    it("a body stream that errors midway is unrecognized, unreadable", async () => {
      const response = new Response(streamOf([encoder.encode('{"errors":[')], 1), { status: 500 });
      await expect(pkg.parseErrorResponse(response)).resolves.toMatchObject({ kind: "unrecognized", status: 500, reason: "unreadable" });
    });

    it("a body already consumed is unrecognized, unreadable", async () => {
      const response = new Response(JSON.stringify(example), { status: 400 });
      await response.text();
      await expect(pkg.parseErrorResponse(response)).resolves.toMatchObject({ kind: "unrecognized", status: 400, reason: "unreadable" });
    });

    it("gzip-declared garbage is unrecognized, not-json", async () => {
      const garbage = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0xff, 0x00]);
      const response = new Response(garbage, { status: 500, headers: { "content-encoding": "gzip", "content-type": "application/json" } });
      await expect(pkg.parseErrorResponse(response)).resolves.toMatchObject({ kind: "unrecognized", status: 500, reason: "not-json" });
    });

    it("a 100 MB body is read only up to maxBytes (1 MiB by default) and reported too-large", async () => {
      const chunk = encoder.encode(" ".repeat(1024 * 1024));
      let pulled = 0;
      const hundredMegabytes = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          if (pulled > 100) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const parsed = await pkg.parseErrorResponse(new Response(hundredMegabytes, { status: 500 }));
      expect(parsed).toMatchObject({ kind: "unrecognized", status: 500, reason: "too-large" });
      expect(pulled).toBeLessThan(5);
      const small = await pkg.parseErrorResponse({ status: 500, body: JSON.stringify(example) }, { maxBytes: 8 });
      expect(small).toMatchObject({ kind: "unrecognized", reason: "too-large" });
    });

    it("never rejects, even on hostile response objects", async () => {
      const hostile = hostileProxy(["get"]);
      await expect(pkg.parseErrorResponse(hostile)).resolves.toMatchObject({ kind: "unrecognized", reason: "unreadable" });
      await expect(pkg.parseErrorResponse(null)).resolves.toMatchObject({ kind: expect.any(String) });
    });
  });
}
