// Every TypeScript block of every README type-checks against the built packages (a block that imports
// ky with ky 2 and with ky 1), and the blocks that can run do, against a local replay server.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listVendors } from "@commerce-errors/codegen";
import { transform } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, startVendorServer, type VendorServer } from "../../../packages/commerce-errors/test/support/vendor-server.js";
import { allBlocks, type CodeBlock, repositoryRoot } from "../src/blocks.js";
import { type TypedBlock, typecheck, typedBlocks } from "../src/typecheck.js";
import { documentedExamples } from "./schemas.js";

const blocksDir = fileURLToPath(new URL("../test-results/blocks/", import.meta.url));
const typescript = allBlocks().filter((block) => block.lang === "ts");
const typed = typedBlocks(typescript);

describe("every TypeScript block type-checks against the built packages", () => {
  const diagnostics = typecheck(blocksDir, typed);

  it("finds the blocks (the root, the umbrella's and every vendor's README)", () => {
    const readmes = new Set(typescript.map((block) => block.readme));
    expect(readmes).toContain("README.md");
    expect(readmes).toContain("packages/commerce-errors/README.md");
    for (const vendor of listVendors(repositoryRoot)) expect(readmes).toContain(`packages/${vendor}/README.md`);
    expect(typed.some((block) => block.file.endsWith("-ky1.ts"))).toBe(true);
  });

  for (const { block, file } of typed) {
    it(`${block.readme}:${block.line}${file.endsWith("-ky1.ts") ? " (with ky 1)" : ""}`, () => {
      expect(diagnostics.filter((d) => d.file === file).map((d) => `${d.line}: ${d.text}`)).toEqual([]);
    });
  }

  it("would report a block that does not type-check (the check is real)", () => {
    const wrong: CodeBlock = {
      readme: "probe/README.md",
      lang: "ts",
      line: 1,
      code: 'import { parseErrorResponse } from "@commerce-errors/stripe";\nconst parsed = await parseErrorResponse(response);\nif (parsed.kind === "error") parsed.envelope satisfies "NoSuchEnvelope";\n',
    };
    const found = typecheck(join(blocksDir, "..", "blocks-probe"), typedBlocks([wrong]));
    expect(found.map((d) => d.text).join("\n")).toMatch(/TS1360|does not satisfy/);
  });
});

// ---------------------------------------------------------------------------------------------
// Running: each runnable block, compiled by esbuild, in a fresh `node` with the names it leaves to
// the reader defined (setup.mjs) and its URL on the replay server.

let server: VendorServer;
beforeAll(async () => {
  server = await startVendorServer();
  writeFileSync(join(blocksDir, "setup.mjs"), setupModule);
});
afterAll(() => server?.close());

const setupModule = `// Defines what a README block leaves to its reader, from README_GLOBALS (JSON).
const given = JSON.parse(process.env.README_GLOBALS ?? "{}");
Object.assign(globalThis, given);
const note = (text) => console.log("README-CHECK " + text);
globalThis.scheduleRetry = () => note("scheduleRetry");
globalThis.retryWithVersion = (version) => note("retryWithVersion " + version);
globalThis.callTheApi = async () => {
  const response = await fetch(globalThis.url);
  if (!response.ok) throw response; // what a fetch wrapper that throws its Response gives a catch
  return response.json();
};
`;

async function runBlock(typedBlock: TypedBlock, globals: Record<string, unknown>): Promise<{ code: number | null; output: string }> {
  const { code } = await transform(typedBlock.source, { loader: "ts", format: "esm", target: "es2022" });
  const file = join(blocksDir, typedBlock.file.replace(/\.ts$/, ".run.mjs"));
  writeFileSync(file, `import "./setup.mjs";\n${code}`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file],
      { cwd: blocksDir, env: { PATH: process.env.PATH ?? "", README_GLOBALS: JSON.stringify(globals) } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

const find = (readme: string, includes: string, variant: "ky1" | "" = ""): TypedBlock => {
  const found = typed.filter(
    (b) =>
      b.block.readme === readme &&
      b.block.code.includes(includes) &&
      b.file.endsWith(variant === "ky1" ? "-ky1.ts" : ".ts") &&
      (variant === "ky1" || !b.file.endsWith("-ky1.ts")),
  );
  if (found.length !== 1) throw new Error(`${found.length} blocks of ${readme} contain ${JSON.stringify(includes)}`);
  return found[0]!;
};

const conflict409 = documentedExamples("commercetools", "error-response")[0];
let routeCount = 0;
/** A fresh path on the replay server with these replies; its full URL. */
function route(...replies: Reply[]): string {
  const path = `/readme/${++routeCount}`;
  server.route(path, ...replies);
  return `${server.url}${path}`;
}

describe("the runnable blocks run against the replay server", () => {
  it("README.md: commercetools' 409 gives retryWithVersion the current version", async () => {
    const url = route({ status: 409, body: conflict409 });
    const run = await runBlock(find("README.md", "isConcurrentModificationError"), { url, body: "{}" });
    expect(run).toEqual({ code: 0, output: "README-CHECK retryWithVersion 2\n" });
  });

  const vendors = listVendors(repositoryRoot);
  for (const vendor of vendors) {
    const readme = `packages/${vendor}/README.md`;
    it(`${readme}: parseErrorResponse and fromSdkError read the vendor's documented body`, async () => {
      const pkg = (await import(`@commerce-errors/${vendor}`)) as {
        matchErrorEnvelope(value: unknown): string | undefined;
        envelopeNames: readonly string[];
      };
      // The first documented example that is an error envelope (not a 2xx batch) of this vendor.
      const examples = documentedExamples(vendor);
      const example = examples.find((body) => pkg.matchErrorEnvelope(body) !== undefined)!;
      const envelope = pkg.matchErrorEnvelope(example)!;
      const url = route({ status: 400, body: example });
      const main = await runBlock(find(readme, "isErrorResponse(JSON.parse(capturedBody))"), {
        url,
        init: {},
        capturedBody: JSON.stringify(example),
      });
      expect(main.code).toBe(0);
      expect(main.output).toContain(`${envelope} `); // console.error(parsed.envelope, parsed.body)
      const sdk = await runBlock(find(readme, "fromSdkError(error)"), { url });
      expect(sdk.code).toBe(0);
      expect(sdk.output).toContain(`${envelope} `);
    });
  }

  const umbrella = "packages/commerce-errors/README.md";
  for (const variant of ["", "ky1"] as const) {
    it(`${umbrella}: the ky retry example (ky ${variant === "ky1" ? "1" : "2"}) retries a 429 and then reads the answer`, async () => {
      const url = route(
        { status: 429, headers: { "retry-after": "0" }, body: { errors: "Too many" } },
        { status: 200, body: { ok: true } },
      );
      const run = await runBlock(find(umbrella, "kyRetryOptions(ky,", variant), { url, json: { query: "{ shop { name } }" }, headers: {} });
      expect(run).toEqual({ code: 0, output: "" });
      expect(server.requests(new URL(url).pathname).map((r) => r.method)).toEqual(["POST", "POST"]);
    });
  }

  it(`${umbrella}: the p-retry example replays a 503 with Retry-After`, async () => {
    const url = route({ status: 503, headers: { "retry-after": "0" } }, { status: 200, body: { ok: true } });
    const run = await runBlock(find(umbrella, "pRetryOptions({ retries: 3"), { url, key: "key-1", body: "{}" });
    expect(run).toEqual({ code: 0, output: "" });
    const requests = server.requests(new URL(url).pathname);
    expect(requests.map((r) => r.headers["idempotency-key"])).toEqual(["key-1", "key-1"]);
  });

  it(`${umbrella}: assertOk throws commercetools' 409 as a CommerceApiError`, async () => {
    const url = route({ status: 409, body: conflict409 });
    expect(await runBlock(find(umbrella, "assertOk(await fetch(url, init))"), { url, init: {} })).toEqual({ code: 0, output: "" });
  });

  it(`${umbrella}: CommerceApiError.toJSON / fromJSON, normalizeError and detectVendor examples run`, async () => {
    const caught = { status: 409, body: conflict409 };
    expect(await runBlock(find(umbrella, "CommerceApiError.fromJSON("), { caught })).toEqual({ code: 0, output: "" });
    expect(await runBlock(find(umbrella, "No such price"), { headers: { "request-id": "req_8dC2Lw9fQ1" } })).toEqual({
      code: 0,
      output: "",
    });
    expect(await runBlock(find(umbrella, "connect.stripe.com/oauth/token"), {})).toEqual({ code: 0, output: "" });
  });
});
