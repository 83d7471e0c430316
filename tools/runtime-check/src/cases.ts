// The cases every runtime checks, built once on the host from schemas/: each envelope's examples,
// the status to send them with, the vendor's fixtures (real responses, with status and headers), and a broken body per vendor (a documented example with one
// required member removed or mistyped, chosen as the first mutation the package rejects here).
// Everything comes from the generator's loader and model, the reading the packages were built from.
import { type VendorModel, buildModel, listVendors as listSchemaVendors, loadVendor } from "@commerce-errors/codegen";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const umbrellaPackage = "commerce-errors";
/** Sent with every example: a client error every vendor documents in its catalog. */
const exampleStatus = 400;

export interface Example {
  envelope: string;
  body: unknown;
}
/** A real response from schemas/<vendor>/fixtures/: what parseErrorResponse must make of it. */
export interface FixtureCase {
  name: string;
  status: number;
  headers: Record<string, string>;
  kind: "error" | "partial" | "empty" | "unrecognized" | "success";
  envelope?: string;
  body: unknown;
}
export interface VendorCase {
  vendor: string;
  package: string;
  status: number;
  examples: Example[];
  fixtures: FixtureCase[];
  broken: { body: unknown; from: string; mutation: string };
}
export interface Cases {
  umbrella: string;
  vendors: VendorCase[];
}

interface ValidatingPackage {
  validateErrorResponse(value: unknown): { valid: boolean };
}

export function listVendors(): string[] {
  return listSchemaVendors(repositoryRoot);
}

export const vendorPackageName = (vendor: string) => `@commerce-errors/${vendor}`;

function readExamples(model: VendorModel): { examples: Example[]; required: Map<string, string[]> } {
  const examples: Example[] = [];
  const required = new Map<string, string[]>();
  for (const envelope of model.envelopes) {
    required.set(envelope.title, (envelope.schema.required as string[] | undefined) ?? []);
    for (const body of envelope.examples) examples.push({ envelope: envelope.title, body });
  }
  return { examples, required };
}

function readFixtures(model: VendorModel): FixtureCase[] {
  return model.fixtures.map((fixture) => ({
    name: fixture.name,
    status: fixture.status,
    headers: fixture.headers ?? {},
    kind: fixture.kind,
    ...(fixture.envelope && { envelope: fixture.envelope }),
    body: fixture.body,
  }));
}

/** Mutations of one body, most telling first: a required member gone, then mistyped. */
function* mutations(body: unknown, required: string[]): Generator<{ body: unknown; mutation: string }> {
  if (Array.isArray(body)) {
    yield { body: [42], mutation: "items replaced by a number" };
    return;
  }
  if (typeof body !== "object" || body === null) return;
  for (const key of required) {
    const { [key]: _removed, ...rest } = body as Record<string, unknown>;
    yield { body: rest, mutation: `required "${key}" removed` };
  }
  for (const key of required) yield { body: { ...body, [key]: 12345 }, mutation: `"${key}" set to a number` };
  for (const key of Object.keys(body)) yield { body: { ...body, [key]: [true] }, mutation: `"${key}" set to [true]` };
}

function brokenBody(pkg: ValidatingPackage, examples: Example[], required: Map<string, string[]>): VendorCase["broken"] {
  for (const example of examples) {
    for (const candidate of mutations(example.body, required.get(example.envelope) ?? [])) {
      if (!pkg.validateErrorResponse(candidate.body).valid) return { ...candidate, from: example.envelope };
    }
  }
  throw new Error("no mutation of any example is rejected: the validator accepts everything");
}

export async function buildCases(): Promise<Cases> {
  const vendors: VendorCase[] = [];
  for (const vendor of listVendors()) {
    const name = vendorPackageName(vendor);
    const pkg = (await import(name)) as ValidatingPackage;
    const model = buildModel(loadVendor(`${repositoryRoot}schemas`, vendor));
    const { examples, required } = readExamples(model);
    vendors.push({
      vendor,
      package: name,
      status: exampleStatus,
      examples,
      fixtures: readFixtures(model),
      broken: brokenBody(pkg, examples, required),
    });
  }
  return { umbrella: umbrellaPackage, vendors };
}

/** The packages the matrix reports on: every vendor package and the umbrella. */
export const allPackages = (cases: Cases) => [...cases.vendors.map((v) => v.package), cases.umbrella];

/**
 * Every specifier a runtime loads: each vendor package, its /core and the umbrella's entry for it
 * (checked with the vendor package, checks.js checkSubpaths), and the umbrella.
 */
export const allSpecifiers = (cases: Cases) => [
  ...cases.vendors.flatMap((v) => [v.package, `${v.package}/core`, `${cases.umbrella}/${v.vendor}`]),
  cases.umbrella,
];
