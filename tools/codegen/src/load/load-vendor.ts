// Reads schemas/<vendor>/, checks it against the meta-schemas and our conventions, and proves
// that every schema compiles and every example validates. Collects all problems before failing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createVendorAjv } from "../ajv.js";
import { checkEnvelopeConventions } from "./conventions.js";
import { checkCredentialPatterns } from "./credential-patterns.js";
import { loadRateLimits } from "./load-rate-limits.js";
import { checkAgainstMeta } from "./meta.js";
import { readFixtures } from "./read-fixtures.js";
import { readJson } from "./read-json.js";
import { checkPatterns } from "./regex-safety.js";
import { type SchemaProblem, SchemaError } from "./schema-error.js";
import type {
  CategoriesFile,
  JsonSchema,
  LoadedEnvelope,
  LoadedHelper,
  LoadedVendor,
  ReadingFile,
  StatusCatalogFile,
  VendorFile,
} from "./types.js";

const SCHEMA_SUFFIX = ".schema.json";

export function loadVendor(schemasDir: string, name: string): LoadedVendor {
  const dir = join(schemasDir, name);
  const display = (file: string) => `schemas/${name}/${file}`;
  if (!existsSync(join(dir, "vendor.json"))) {
    throw new SchemaError([{ file: display("vendor.json"), pointer: "", reason: "is missing: every vendor folder needs its metadata" }]);
  }
  const problems: SchemaProblem[] = [];
  const vendor = readJson(join(dir, "vendor.json"), display("vendor.json")) as VendorFile;
  problems.push(...checkAgainstMeta("vendor", vendor, display("vendor.json")));
  if (problems.length === 0 && vendor.name !== name) {
    problems.push({ file: display("vendor.json"), pointer: "/name", reason: `must equal the folder name "${name}"` });
  }
  if (problems.length === 0) problems.push(...checkCredentialPatterns(vendor, display("vendor.json")));
  const catalogPath = join(dir, "status-codes.json");
  if (!existsSync(catalogPath)) {
    problems.push({ file: display("status-codes.json"), pointer: "", reason: "is missing: every vendor documents its status codes" });
  }
  const catalog = existsSync(catalogPath) ? (readJson(catalogPath, display("status-codes.json")) as StatusCatalogFile) : undefined;
  if (catalog) problems.push(...checkCatalog(catalog, display("status-codes.json")));
  const categoriesPath = join(dir, "categories.json");
  if (!existsSync(categoriesPath)) {
    problems.push({
      file: display("categories.json"),
      pointer: "",
      reason: "is missing: every documented code and error status needs a category",
    });
  }
  const categories = existsSync(categoriesPath) ? (readJson(categoriesPath, display("categories.json")) as CategoriesFile) : undefined;
  if (categories) problems.push(...checkAgainstMeta("categories", categories, display("categories.json")));
  const readingPath = join(dir, "reading.json");
  const reading = existsSync(readingPath) ? (readJson(readingPath, display("reading.json")) as ReadingFile) : undefined;
  if (reading) problems.push(...checkAgainstMeta("reading", reading, display("reading.json")));
  if (problems.length > 0) throw new SchemaError(problems);

  const onDisk = readdirSync(dir)
    .filter((file) => file.endsWith(SCHEMA_SUFFIX))
    .sort();
  for (const file of onDisk) {
    const stem = file.slice(0, -SCHEMA_SUFFIX.length);
    if (!vendor.envelopes.includes(stem)) {
      problems.push({ file: display("vendor.json"), pointer: "/envelopes", reason: `does not list "${stem}" (${file} exists)` });
    }
  }
  const envelopes: LoadedEnvelope[] = [];
  vendor.envelopes.forEach((stem, index) => {
    const file = `${stem}${SCHEMA_SUFFIX}`;
    if (!onDisk.includes(file)) {
      problems.push({ file: display("vendor.json"), pointer: `/envelopes/${index}`, reason: `names ${file}, which does not exist` });
      return;
    }
    const schema = readJson(join(dir, file), display(file)) as JsonSchema;
    envelopes.push({ stem, file: display(file), schema });
  });
  if (problems.length > 0) throw new SchemaError(problems);

  for (const envelope of envelopes) problems.push(...checkEnvelopeConventions(envelope, name, envelopes), ...checkPatterns(envelope));
  if (problems.length > 0) throw new SchemaError(problems);
  problems.push(...compileAndCheckExamples(envelopes));
  const rateLimits = loadRateLimits(dir, name, display, problems);
  const { fixtures, problems: fixtureProblems } = readFixtures(dir, display);
  problems.push(...fixtureProblems);
  if (problems.length > 0) throw new SchemaError(problems);

  return {
    name,
    vendor,
    catalog: catalog as StatusCatalogFile,
    categories: categories as CategoriesFile,
    envelopes,
    fixtures,
    helpers: readHelpers(dir, display),
    ...(reading && { reading }),
    rateLimits,
  };
}

function readHelpers(dir: string, display: (file: string) => string): LoadedHelper[] {
  const helpersDir = join(dir, "helpers");
  if (!existsSync(helpersDir)) return [];
  return readdirSync(helpersDir)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .sort()
    .map((file) => ({ name: file, file: display(`helpers/${file}`), source: readFileSync(join(helpersDir, file), "utf8") }));
}

function checkCatalog(catalog: StatusCatalogFile, file: string): SchemaProblem[] {
  const problems = checkAgainstMeta("status-codes", catalog, file);
  if (problems.length > 0) return problems;
  catalog.statusCodes.forEach((entry, index) => {
    const previous = catalog.statusCodes[index - 1];
    if (previous && previous.status >= entry.status) {
      problems.push({
        file,
        pointer: `/statusCodes/${index}/status`,
        reason: `${entry.status} must come after ${previous.status} (ascending, no repeats)`,
      });
    }
  });
  return problems;
}

function compileAndCheckExamples(envelopes: LoadedEnvelope[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const ajv = createVendorAjv();
  for (const envelope of envelopes) {
    let validate: ReturnType<typeof ajv.compile>;
    try {
      validate = ajv.compile(envelope.schema);
    } catch (error) {
      problems.push({ file: envelope.file, pointer: "", reason: `does not compile: ${(error as Error).message}` });
      continue;
    }
    (envelope.schema.examples ?? []).forEach((example, index) => {
      if (validate(example)) return;
      const first = validate.errors?.[0];
      const where = first?.instancePath || "(root)";
      problems.push({
        file: envelope.file,
        pointer: `/examples/${index}`,
        reason: `does not validate against its own schema: at ${where} ${first?.message ?? "invalid"}`,
      });
    });
  }
  return problems;
}
