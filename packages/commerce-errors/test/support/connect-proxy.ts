// A local HTTP CONNECT proxy that tunnels every connection to the local vendor server, whatever host
// the client asked for: for SDKs that only know their vendor's hosts but take a proxy setting.
import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";

export interface ConnectProxy {
  host: string;
  port: number;
  /** The CONNECT targets the clients asked for, in order (e.g. `checkout-test.adyen.com:443`). */
  targets: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(serverUrl: string): Promise<ConnectProxy> {
  const serverPort = Number(new URL(serverUrl).port);
  const targets: string[] = [];
  const open = new Set<Socket>();
  const proxy: Server = createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => client.destroy());
    client.once("data", (head) => {
      // "CONNECT host:port HTTP/1.1\r\n...": the request line names the target the client wanted.
      targets.push(head.toString("latin1").split(" ")[1] ?? "");
      const upstream = connect(serverPort, "127.0.0.1", () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.pipe(client);
        client.pipe(upstream);
      });
      open.add(upstream);
      upstream.on("close", () => open.delete(upstream));
      upstream.on("error", () => client.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
