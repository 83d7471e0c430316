// The vendored JSON-Schema-Test-Suite (draft7, required tests): its groups, and the remote
// documents its references name, keyed by their URI (served from memory, no network).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./json-schema-test-suite/", import.meta.url));

export interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}

export interface SuiteGroup {
  /** `file.json: group description`. */
  name: string;
  file: string;
  schema: unknown;
  tests: SuiteTest[];
}

export function readSuiteGroups(): SuiteGroup[] {
  const dir = join(root, "tests/draft7");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(dir, file), "utf8")) as Omit<SuiteGroup, "name" | "file">[]).map((group) => ({
        ...group,
        name: `${file}: ${(group as unknown as { description: string }).description}`,
        file,
      })),
    );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The documents a schema of the suite may reference by absolute URI: the suite's remotes (as
 * `http://localhost:1234/<path>`) and the draft-07 meta-schema (AJV's copy).
 */
export function suiteDocuments(): Record<string, unknown> {
  const remotes = join(root, "remotes");
  const documents: Record<string, unknown> = {};
  for (const file of filesUnder(remotes)) {
    documents[`http://localhost:1234/${relative(remotes, file).split("\\").join("/")}`] = JSON.parse(readFileSync(file, "utf8"));
  }
  const require = createRequire(import.meta.url);
  documents["http://json-schema.org/draft-07/schema"] = require("ajv/dist/refs/json-schema-draft-07.json");
  return documents;
}
