// The /core subpath: the same code as the main entry (not a copy), status summaries that agree with
// the catalog, every open field's documented values, and the body reader under faults.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readEnvelopeSchemas } from "./fixtures.js";
import type { VendorPackage } from "./vendor-package.js";

type ReadBody = { kind: "empty" } | { kind: "json"; value: unknown; text?: string } | { kind: "text"; reason: string; text?: string };

/** What `<package>/core` exports, as the suite sees it. */
export interface VendorCore {
  [name: string]: unknown;
  vendorName: string;
  requestIdHeaders: readonly string[];
  statusSummaries: Readonly<Record<number, { status: number; text: string; retry: string }>>;
  summarizeStatus(status: number): { status: number; text: string; retry: string } | undefined;
  knownErrorCodes: readonly string[];
  readErrorBody(response: unknown, options?: { maxBytes?: number }): Promise<ReadBody>;
  decodeErrorBody(body: unknown, options?: { maxBytes?: number }): ReadBody;
}

const encoder = new TextEncoder();

function failingStream(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new Error("connection reset"));
      sent = true;
      controller.enqueue(encoder.encode('{"errors": ['));
    },
  });
}

/** A node-fetch 2 style Response: headers with get(), bodyUsed, and a Node Readable body (async iterable Buffers). */
function nodeStreamResponse(chunks: string[]) {
  return { status: 500, headers: new Headers(), bodyUsed: false, body: Readable.from(chunks.map((chunk) => Buffer.from(chunk))) };
}

export function describeCore(pkg: VendorPackage, core: VendorCore, vendor: string): void {
  const example = readEnvelopeSchemas(vendor)[0]!.examples[0];
  const text = JSON.stringify(example);

  describe("/core", () => {
    it("exports the main entry's own functions and data, not copies", () => {
      const shared = Object.keys(core).filter((name) => name in pkg);
      expect(shared).toEqual(expect.arrayContaining(["vendor", "envelopeNames", "matchErrorEnvelope", "isErrorResponse"]));
      for (const name of shared) expect(core[name], name).toBe((pkg as unknown as Record<string, unknown>)[name]);
    });

    it("has the vendor's name and request-id headers apart, the very values of `vendor`", () => {
      expect(core.vendorName).toBe(vendor);
      expect(core.vendorName).toBe(pkg.vendor.name);
      expect(core.requestIdHeaders).toBe(pkg.vendor.requestIdHeaders);
    });

    it("summarizes every documented status as the catalog describes it, and no other", () => {
      for (const status of Object.keys(pkg.statusCodes).map(Number)) {
        const { text, retry } = pkg.describeStatus(status)!;
        expect(core.summarizeStatus(status)).toEqual({ status, text, retry });
      }
      expect(Object.keys(core.statusSummaries)).toEqual(Object.keys(pkg.statusCodes));
      expect(core.summarizeStatus(299)).toBeUndefined();
    });

    it("has one constant per open field, each the list knownValues holds", () => {
      const lists = Object.entries(core).filter(([name]) => /^known[A-Z]/.test(name) && name !== "knownErrorCodes");
      expect(lists).toHaveLength(Object.keys(pkg.knownValues).length);
      for (const list of Object.values(pkg.knownValues)) expect(lists.some(([, value]) => value === list)).toBe(true);
    });

    it("knows the documented error codes without their descriptions", () => {
      expect(core.knownErrorCodes).toEqual([...new Set(pkg.errorCodes.map((entry) => entry.code))]);
    });

    const given: { name: string; body: () => unknown; options?: { maxBytes: number }; want: ReadBody }[] = [
      { name: "a JSON string", body: () => text, want: { kind: "json", value: example, text } },
      { name: "JSON bytes", body: () => encoder.encode(text), want: { kind: "json", value: example, text } },
      { name: "an already parsed body", body: () => example, want: { kind: "json", value: example } },
      { name: "null", body: () => null, want: { kind: "empty" } },
      { name: "whitespace", body: () => " \n", want: { kind: "empty" } },
      { name: "HTML", body: () => "<h1>502</h1>", want: { kind: "text", reason: "not-json", text: "<h1>502</h1>" } },
      {
        name: "a body over maxBytes",
        body: () => "x".repeat(20),
        options: { maxBytes: 8 },
        want: { kind: "text", reason: "too-large", text: "xxxxxxxx" },
      },
    ];
    it.each(given)("decodeErrorBody: $name", ({ body, options, want }) => {
      expect(core.decodeErrorBody(body(), options)).toEqual(want);
    });

    it.each([
      { name: "a JSON Response", response: () => new Response(text), want: { kind: "json", value: example, text } },
      { name: "an empty Response", response: () => new Response(null, { status: 429 }), want: { kind: "empty" } },
      {
        name: "an HTML Response",
        response: () => new Response("<p>down</p>"),
        want: { kind: "text", reason: "not-json", text: "<p>down</p>" },
      },
      {
        name: "a body over maxBytes",
        response: () => new Response("y".repeat(64)),
        options: { maxBytes: 10 },
        want: { kind: "text", reason: "too-large", text: "yyyyyyyyyy" },
      },
      { name: "a failing stream", response: () => new Response(failingStream()), want: { kind: "text", reason: "unreadable" } },
      { name: "a plain {status, body}", response: () => ({ status: 400, body: text }), want: { kind: "json", value: example, text } },
      // node-fetch 2 (commerce-sdk-isomorphic on Node): the body is a Node stream, read as the WHATWG one is.
      { name: "a Node stream body", response: () => nodeStreamResponse([text]), want: { kind: "json", value: example, text } },
      {
        name: "a Node stream body over maxBytes, not read further",
        response: () => nodeStreamResponse(["z".repeat(6), "z".repeat(6), "z".repeat(6)]),
        options: { maxBytes: 8 },
        want: { kind: "text", reason: "too-large", text: "zzzzzzzz" },
      },
    ] as { name: string; response: () => unknown; options?: { maxBytes: number }; want: ReadBody }[])(
      "readErrorBody: $name",
      async ({ response, options, want }) => {
        await expect(core.readErrorBody(response(), options)).resolves.toEqual(want);
      },
    );

    it("readErrorBody: a consumed body is unreadable, and the Response is read once", async () => {
      const response = new Response(text);
      await response.text();
      await expect(core.readErrorBody(response)).resolves.toEqual({ kind: "text", reason: "unreadable" });
      const fresh = new Response(text);
      await core.readErrorBody(fresh);
      expect(fresh.bodyUsed).toBe(true);
    });
  });
}
