// For SDKs that only know their vendor's https hosts: an agent whose connections go to the local
// server in plain HTTP, so the SDK's own request and response code runs unchanged.
import { Agent } from "node:http";
import { connect } from "node:net";

export function localHttpsAgent(serverUrl: string): Agent {
  const port = Number(new URL(serverUrl).port);
  const agent = new Agent({ keepAlive: false }) as Agent & { protocol: string; createConnection: () => unknown };
  // https.request accepts an agent that says it speaks https; the socket it gets is plain TCP.
  agent.protocol = "https:";
  agent.createConnection = () => connect(port, "127.0.0.1");
  return agent;
}
