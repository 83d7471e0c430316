// A Sentry ingest endpoint on 127.0.0.1: the real @sentry/node transport posts its envelopes here,
// so the tests see exactly what Sentry would receive and nothing leaves the machine.
import { createServer, type Server } from "node:http";
import { gunzipSync } from "node:zlib";

export interface SentryReceiver {
  /** The DSN to pass to Sentry.init. */
  dsn: string;
  /** The events received so far (the `event` items of each envelope). */
  events: Record<string, any>[];
  close(): Promise<void>;
}

export async function startSentryReceiver(): Promise<SentryReceiver> {
  const events: Record<string, any>[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const text = (request.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
      // An envelope: a header line, then (item header, item payload) line pairs.
      const lines = text.split("\n").filter(Boolean);
      for (let index = 1; index + 1 < lines.length; index += 2) {
        const item = JSON.parse(lines[index] as string) as { type?: string };
        if (item.type === "event") events.push(JSON.parse(lines[index + 1] as string));
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    dsn: `http://public@127.0.0.1:${port}/1`,
    events,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
