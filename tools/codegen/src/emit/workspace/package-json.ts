// The vendor lists inside hand-kept package.json files: the umbrella's entries, stubs, dependencies,
// description and keywords, and the workspace packages that depend on every vendor (bench, checks,
// site). Only those keys change; every other key stays as the maintainer wrote it.
import type { VendorModel } from "../../model/vendor-model.js";

type Json = Record<string, unknown>;

/** Packages that use every vendor package: their `@commerce-errors/<vendor>` dependencies follow schemas/. */
export const VENDOR_DEPENDENTS = ["tools/bench", "tools/package-check", "tools/runtime-check", "site"] as const;

export const UMBRELLA_DIR = "packages/commerce-errors";

const UMBRELLA_KEYWORDS_BEFORE = ["commerce", "errors", "error-handling", "validation", "json-schema"];
const UMBRELLA_KEYWORDS_AFTER = ["cli"];

const subpath = (file: string) => ({
  import: { types: `./dist/esm/${file}.d.ts`, node: `./dist/node/${file}.js`, default: `./dist/esm/${file}.js` },
  require: { types: `./dist/cjs/${file}.d.ts`, default: `./dist/cjs/${file}.js` },
});

/** `commerce-errors/<vendor>` for resolvers that ignore the exports map (TypeScript node10, old bundlers). */
export function entryStub(model: VendorModel): Json {
  return {
    $comment: `For resolvers that ignore the exports map (TypeScript moduleResolution node10, old bundlers): commerce-errors/${model.name}.`,
    main: `../dist/cjs/entries/${model.name}.js`,
    module: `../dist/esm/entries/${model.name}.js`,
    types: `../dist/cjs/entries/${model.name}.d.ts`,
    sideEffects: false,
  };
}

/**
 * The umbrella's package.json: "." first, then one subpath per vendor, then its other subpaths as
 * they are; the stubs in `files`; the vendor packages (and the runtime) as dependencies.
 */
export function umbrellaPackageJson(pkg: Json, models: readonly VendorModel[], workspacePackages: ReadonlySet<string>): Json {
  const names = new Set(models.map((model) => model.name));
  const exportsMap = (pkg.exports ?? {}) as Json;
  // A vendor's subpath points into dist/*/entries/; the others (./catalog, ./package.json) are hand-kept.
  const isVendorSubpath = (key: string) => names.has(key.slice(2)) || JSON.stringify(exportsMap[key]).includes("/entries/");
  const files = ((pkg.files ?? []) as string[]).filter((file) => {
    const stub = /^([a-z0-9-]+)\/package\.json$/.exec(file);
    return !stub || !isVendorSubpath(`./${stub[1]}`);
  });
  const displayNames = [...models].map((model) => model.displayName).sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  return {
    ...pkg,
    description: `One error shape for every commerce API: detects the vendor of an error body (${displayNames.join(", ")}), normalizes it (code, message, per-field details with JSON Pointers, retry advice, request id), throws it as CommerceApiError, and validates captured bodies from the command line.`,
    keywords: [...UMBRELLA_KEYWORDS_BEFORE, ...models.flatMap((model) => [model.name, ...model.keywords]), ...UMBRELLA_KEYWORDS_AFTER],
    exports: Object.fromEntries([
      [".", exportsMap["."]],
      ...models.map((model) => [`./${model.name}`, subpath(`entries/${model.name}`)]),
      ...Object.entries(exportsMap).filter(([key]) => key !== "." && !isVendorSubpath(key)),
    ]),
    files: [...files, ...models.map((model) => `${model.name}/package.json`)],
    dependencies: withVendorDependencies((pkg.dependencies ?? {}) as Record<string, string>, models, workspacePackages, "workspace:^"),
  };
}

/** A dependent's package.json with its vendor dependencies, in the field that holds them, set to schemas/'s vendors. */
export function dependentPackageJson(pkg: Json, models: readonly VendorModel[], workspacePackages: ReadonlySet<string>): Json {
  const field = Object.keys((pkg.dependencies ?? {}) as Json).some((name) => isVendorDependency(name, models, workspacePackages))
    ? "dependencies"
    : "devDependencies";
  return {
    ...pkg,
    [field]: withVendorDependencies((pkg[field] ?? {}) as Record<string, string>, models, workspacePackages, "workspace:*"),
  };
}

function withVendorDependencies(
  dependencies: Record<string, string>,
  models: readonly VendorModel[],
  workspacePackages: ReadonlySet<string>,
  range: string,
): Record<string, string> {
  const kept = Object.entries(dependencies).filter(([name]) => !isVendorDependency(name, models, workspacePackages));
  const vendors = models.map((model): [string, string] => [model.packageName, range]);
  return Object.fromEntries([...kept, ...vendors].sort(([a], [b]) => a.localeCompare(b)));
}

/** `@commerce-errors/<x>` where x is a vendor now, or any name that is not another workspace package (a removed vendor). */
function isVendorDependency(name: string, models: readonly VendorModel[], workspacePackages: ReadonlySet<string>): boolean {
  const match = /^@commerce-errors\/([a-z0-9-]+)$/.exec(name);
  return !!match && isVendorName(match[1] as string, new Set(models.map((model) => model.name)), workspacePackages);
}

function isVendorName(name: string, vendors: ReadonlySet<string>, workspacePackages: ReadonlySet<string>): boolean {
  return vendors.has(name) || !workspacePackages.has(name);
}
