// AJV standalone code with default options (plus the three our schemas need to compile), written
// to tools/bench/.generated/ once and imported from there: no eval at validation time.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import { BENCH_ROOT, loadEnvelopeSchemas, type Vendor } from "../vendors.js";
import { AJV_OPTIONS } from "./ajv-runtime.js";

const standaloneCode = standaloneModule.default; // CommonJS: the function is the default property

export function ajvStandalonePath(vendor: Vendor): string {
  return `${BENCH_ROOT}.generated/ajv-standalone-${vendor}.mjs`;
}

/** (Re)writes the standalone module when the schemas changed; atomic, so parallel test files are safe. */
export function writeAjvStandalone(vendor: Vendor): string {
  const schemas = loadEnvelopeSchemas(vendor);
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  for (const schema of schemas) ajv.addSchema(schema);
  const exports = Object.fromEntries(schemas.map((schema, index) => [`envelope${index}`, schema.$id as string]));
  const code = `${standaloneCode(ajv, exports)}\nexport const envelopes = [${schemas.map((_, index) => `envelope${index}`).join(", ")}];\n`;
  const path = ajvStandalonePath(vendor);
  if (existsSync(path) && readFileSync(path, "utf8") === code) return path;
  mkdirSync(`${BENCH_ROOT}.generated`, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, path);
  return path;
}

export async function ajvStandalone(vendor: Vendor): Promise<(value: unknown) => boolean> {
  const module = (await import(pathToFileURL(writeAjvStandalone(vendor)).href)) as { envelopes: ((value: unknown) => boolean)[] };
  const validators = module.envelopes;
  return (value) => {
    for (const validate of validators) if (validate(value)) return true;
    return false;
  };
}
