// One local HTTP server on 127.0.0.1 that replays vendor error responses: status, vendor headers, body.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** An object or array is sent as JSON (content-type application/json unless given); a string as is; nothing for an empty body. */
  body?: unknown;
  /** Close the connection without answering (a reset the client sees as a network error). */
  hangUp?: boolean;
  /** Answer this late (for client timeouts; keep it to milliseconds). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTML page as a load balancer sends it in front of any API. */
export const htmlBadGateway: Reply = {
  status: 502,
  headers: { "content-type": "text/html" },
  body: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
};

/** A 429 with no body and no Retry-After. */
export const emptyTooManyRequests: Reply = { status: 429, headers: { "content-length": "0" } };

export interface VendorServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Replies for a path (query ignored), one per request in order; the last one repeats. */
  route(path: string, ...replies: Reply[]): void;
  requests(path: string): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

export async function startVendorServer(): Promise<VendorServer> {
  const routes = new Map<string, Reply[]>();
  const seen: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      // A client talking through a plain-HTTP proxy sends the absolute URL.
      const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
      const recorded = { method: request.method ?? "GET", path, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      const replies = routes.get(path);
      const index = seen.filter((each) => each.path === path).length;
      seen.push(recorded);
      const reply = replies?.[Math.min(index, replies.length - 1)] ?? { status: 404, body: { message: `no route for ${path}` } };
      if (reply.hangUp) {
        request.socket.destroy();
        return;
      }
      const isJson = reply.body !== undefined && typeof reply.body !== "string";
      const text = reply.body === undefined ? "" : isJson ? JSON.stringify(reply.body) : String(reply.body);
      const send = () => {
        if (response.destroyed) return;
        response.writeHead(reply.status, { ...(isJson && { "content-type": "application/json" }), ...reply.headers });
        response.end(text);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    route: (path, ...replies) => void routes.set(path, replies),
    requests: (path) => seen.filter((each) => each.path === path),
    reset: () => {
      routes.clear();
      seen.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A port nothing listens on: connecting to it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
