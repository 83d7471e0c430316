// Loaded schemas -> VendorModel. Decisions made once here: which definitions are discriminated
// unions of error kinds, and that each union's catch-all wrapper lists exactly its codes.
import type { SchemaProblem } from "../load/schema-error.js";
import { SchemaError, pointerToken } from "../load/schema-error.js";
import type { JsonSchema, LoadedEnvelope, LoadedVendor } from "../load/types.js";
import { definitionKey } from "../load/walk-schema.js";
import { knownValueNames } from "../emit/emit-catalog.js";
import { buildBatches, buildDataErrors } from "./build-batches.js";
import { buildReading } from "./build-reading.js";
import { readSchemaGraph } from "./read-schema.js";
import { buildSdkErrors } from "./build-sdk-errors.js";
import { buildCategories } from "./build-categories.js";
import { extractSurface, readSurfaceEnvelope } from "./surface.js";
import type { SchemaGraph } from "./schema-node.js";
import type { CodeUnionModel, EnvelopeModel, ErrorKindModel, VendorModel } from "./vendor-model.js";

export const PACKAGE_SCOPE = "@commerce-errors";

export function buildModel(loaded: LoadedVendor): VendorModel {
  const problems: SchemaProblem[] = [];
  const codeUnions: CodeUnionModel[] = [];
  const errorKinds: ErrorKindModel[] = [];
  const graphs = new Map<LoadedEnvelope, SchemaGraph>();
  for (const envelope of loaded.envelopes) {
    const read: { pointer: string; reason: string }[] = [];
    graphs.set(envelope, readSchemaGraph(envelope.schema, read));
    problems.push(...read.map((p) => ({ file: envelope.file, ...p })));
    const found = findCodeUnions(envelope, problems);
    codeUnions.push(...found.unions);
    errorKinds.push(...found.kinds);
  }
  const batches = buildBatches(loaded, problems);
  const dataErrors = buildDataErrors(loaded, problems);
  const sdkErrors = buildSdkErrors(loaded, problems);
  const categories = buildCategories(
    loaded,
    {
      knownValues: extractSurface(
        loaded.envelopes.map((envelope) => readSurfaceEnvelope(envelope.schema, graphs.get(envelope))),
        [],
      ).knownValues,
      errorCodes: [...new Set(errorKinds.map((kind) => kind.code))],
      envelopeTitles: loaded.envelopes.map((envelope) => envelope.schema.title as string),
    },
    problems,
  );
  if (problems.length > 0) throw new SchemaError(problems);
  const { vendor, catalog } = loaded;
  const model: VendorModel = {
    name: loaded.name,
    packageName: `${PACKAGE_SCOPE}/${loaded.name}`,
    displayName: vendor.displayName,
    description: vendor.description,
    docs: vendor.docs,
    keywords: vendor.keywords ?? [],
    graphql: vendor.graphql ?? false,
    detect: { hosts: vendor.detect.hosts ?? [], contentTypes: vendor.detect.contentTypes ?? [], headers: vendor.detect.headers ?? [] },
    requestIdHeaders: vendor.requestIdHeaders ?? [],
    idempotencyHeaders: vendor.idempotencyHeaders ?? [],
    credentials: {
      headers: vendor.credentials?.headers ?? [],
      tokens: (vendor.credentials?.tokens ?? []).map(({ prefix, secret }) => ({ prefix, secret })),
    },
    envelopes: loaded.envelopes.map((envelope): EnvelopeModel => {
      const { stem, file, schema } = envelope;
      const graph = graphs.get(envelope)!;
      return {
        stem,
        file,
        id: schema.$id as string,
        title: schema.title as string,
        description: schema.description as string,
        schema,
        graph,
        examples: schema.examples ?? [],
      };
    }),
    codeUnions,
    errorKinds,
    batches,
    dataErrors,
    sdkErrors,
    statusCodes: catalog.statusCodes,
    categories,
    fixtures: loaded.fixtures,
    helpers: loaded.helpers,
    reading: { reading: { envelopes: {} }, marks: { envelopes: {} }, lists: [], readingFunctions: [], markFunctions: [] },
    rateLimits: loaded.rateLimits,
  };
  // The rules may name the package's known-value lists and functions, which the model decides.
  const helperFunctions = loaded.helpers.flatMap((helper) =>
    [...helper.source.matchAll(/^export function (\w+)/gm)].map((match) => match[1] as string),
  );
  model.reading = buildReading(loaded, knownValueNames(model), ["findDataErrors", "readFailedItems", ...helperFunctions], problems);
  if (problems.length > 0) throw new SchemaError(problems);
  return model;
}

export function findCodeUnions(envelope: LoadedEnvelope, problems: SchemaProblem[]) {
  const definitions = envelope.schema.definitions ?? {};
  const unions: CodeUnionModel[] = [];
  const kinds: ErrorKindModel[] = [];
  const problem = (pointer: string, reason: string) => problems.push({ file: envelope.file, pointer, reason });

  for (const [key, def] of Object.entries(definitions)) {
    const discriminator = def.discriminator as { propertyName?: string } | undefined;
    if (!discriminator?.propertyName || !Array.isArray(def.oneOf)) continue;
    const discriminant = discriminator.propertyName;
    const unionTitle = def.title as string;
    const codes: string[] = [];
    (def.oneOf as JsonSchema[]).forEach((branch, index) => {
      const branchKey = typeof branch.$ref === "string" ? definitionKey(branch.$ref) : undefined;
      const target = branchKey === undefined ? undefined : definitions[branchKey];
      const code = (target?.properties as Record<string, JsonSchema> | undefined)?.[discriminant]?.const;
      if (!target || typeof code !== "string") {
        problem(
          `/definitions/${pointerToken(key)}/oneOf/${index}`,
          `must be a $ref to a definition whose "${discriminant}" is a string const`,
        );
        return;
      }
      codes.push(code);
      kinds.push({
        code,
        title: target.title as string,
        description: (target.description as string | undefined) ?? "",
        union: unionTitle,
        discriminant,
      });
    });
    unions.push({
      title: unionTitle,
      key,
      ref: `${envelope.schema.$id}#/definitions/${pointerToken(key)}`,
      file: envelope.file,
      discriminant,
      codes,
    });
    checkCatchAllWrappers(definitions, key, discriminant, codes, problem);
  }
  return { unions, kinds };
}

/** An `if`/`then`/`else` that routes known codes to the union must list exactly the union's codes. */
function checkCatchAllWrappers(
  definitions: Record<string, JsonSchema>,
  unionKey: string,
  discriminant: string,
  codes: string[],
  problem: (pointer: string, reason: string) => void,
): void {
  for (const [key, def] of Object.entries(definitions)) {
    const then = def.then as JsonSchema | undefined;
    if (typeof then?.$ref !== "string" || definitionKey(then.$ref) !== unionKey) continue;
    const listed = ((def.if as JsonSchema | undefined)?.properties as Record<string, JsonSchema> | undefined)?.[discriminant]?.enum;
    const pointer = `/definitions/${pointerToken(key)}/if/properties/${pointerToken(discriminant)}/enum`;
    if (!Array.isArray(listed)) {
      problem(pointer, `must list the codes of ${unionKey}`);
      continue;
    }
    const missing = codes.filter((code) => !listed.includes(code));
    const extra = listed.filter((code) => !codes.includes(code as string));
    if (missing.length > 0) problem(pointer, `misses codes of ${unionKey}: ${missing.join(", ")}`);
    if (extra.length > 0) problem(pointer, `lists codes that ${unionKey} does not have: ${extra.join(", ")}`);
  }
}
