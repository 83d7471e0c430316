// How well validateErrorResponse points at what is wrong: every valid fixture and schema example of
// every vendor, one leaf at a time broken (a string becomes a number, any other value a string),
// then two independent leaves at once. A hit: an issue at exactly the broken pointer (both, for
// two). Only breaks that make the body invalid count. The figures of the nearest-envelope issue.
import { listVendors } from "@commerce-errors/codegen";
import { REPO_ROOT, vendorModel } from "./vendors.js";

interface VendorPackage {
  isErrorResponse(value: unknown): boolean;
  validateErrorResponse(value: unknown): { valid: boolean; issues?: { path: string }[] };
}

/** Every vendor package of schemas/, by name. */
export const MUTATED_PACKAGES: Record<string, VendorPackage> = Object.fromEntries(
  await Promise.all(
    listVendors(REPO_ROOT).map(async (vendor) => [vendor, (await import(`@commerce-errors/${vendor}`)) as VendorPackage] as const),
  ),
);

/** A missed break: the body, the pointer(s) broken and where the issues pointed instead. */
export interface Miss {
  vendor: string;
  body: string;
  broken: string[];
  reported: string[];
}

export interface MutationFigures {
  single: { cases: number; hits: number };
  double: { cases: number; hits: number };
  misses: Miss[];
}

/** The valid bodies of a vendor: its fixtures that pass isErrorResponse, then its schemas' examples. */
export function validBodies(vendor: string, pkg: VendorPackage): { name: string; body: unknown }[] {
  const model = vendorModel(vendor);
  const bodies: { name: string; body: unknown }[] = [];
  for (const fixture of model.fixtures) {
    if (pkg.isErrorResponse(fixture.body)) bodies.push({ name: `fixtures/${fixture.name}.json`, body: structuredClone(fixture.body) });
  }
  for (const envelope of model.envelopes) {
    envelope.examples.forEach((body, i) => {
      if (pkg.isErrorResponse(body)) bodies.push({ name: `${envelope.stem}.schema.json#/examples/${i}`, body: structuredClone(body) });
    });
  }
  return bodies;
}

/** The JSON Pointer of every leaf (string, number, boolean, null) below the root. */
export function leaves(value: unknown, pointer = ""): string[] {
  if (typeof value !== "object" || value === null) return pointer === "" ? [] : [pointer];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => leaves(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
}

/** A copy of the body with the leaf at the pointer broken: a string becomes a number, anything else a string. */
export function breakLeaf(body: unknown, pointer: string): unknown {
  const copy = structuredClone(body);
  const tokens = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let parent = copy as Record<string, unknown>;
  for (const token of tokens.slice(0, -1)) parent = parent[token] as Record<string, unknown>;
  const last = tokens.at(-1)!;
  parent[last] = typeof parent[last] === "string" ? 12345 : "broken";
  return copy;
}

const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

export function measureMutations(packages: Record<string, VendorPackage> = MUTATED_PACKAGES): MutationFigures {
  const figures: MutationFigures = { single: { cases: 0, hits: 0 }, double: { cases: 0, hits: 0 }, misses: [] };
  for (const [vendor, pkg] of Object.entries(packages)) {
    for (const { name, body } of validBodies(vendor, pkg)) {
      const breakable = leaves(body).filter((pointer) => !pkg.isErrorResponse(breakLeaf(body, pointer)));
      const reported = (broken: unknown) => (pkg.validateErrorResponse(broken).issues ?? []).map((issue) => issue.path);
      for (const pointer of breakable) {
        const paths = reported(breakLeaf(body, pointer));
        figures.single.cases++;
        if (paths.includes(pointer)) figures.single.hits++;
        else figures.misses.push({ vendor, body: name, broken: [pointer], reported: paths });
      }
      // Two independent breaks: each leaf with the one half the list away (deterministic, spread out).
      const half = Math.ceil(breakable.length / 2);
      for (let i = 0; i + half < breakable.length; i++) {
        const [a, b] = [breakable[i]!, breakable[i + half]!];
        if (related(a, b)) continue;
        const paths = reported(breakLeaf(breakLeaf(body, a), b));
        figures.double.cases++;
        if (paths.includes(a) && paths.includes(b)) figures.double.hits++;
        else figures.misses.push({ vendor, body: name, broken: [a, b], reported: paths });
      }
    }
  }
  return figures;
}
