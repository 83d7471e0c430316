// Everything outside packages/<vendor>/ that follows the list of vendors: the umbrella's vendor
// wiring (names, catalog map, one entry per vendor, its package.json) and the vendor lists of the
// workspace packages that use every vendor. Written only when the whole schemas/ was generated.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listVendors } from "../../load/list-vendors.js";
import type { VendorModel } from "../../model/vendor-model.js";
import type { GeneratedFile } from "../generated-file.js";
import { readerModule } from "../emit-reading.js";
import { catalogPackagesModule } from "./catalog-packages.js";
import { WORKSPACE_HEADER } from "./header.js";
import { UMBRELLA_DIR, VENDOR_DEPENDENTS, dependentPackageJson, entryStub, umbrellaPackageJson } from "./package-json.js";
import { vendorEntryModule, vendorRateLimitRulesModule, vendorRegistryModule } from "./umbrella-modules.js";
import { credentialsModule, idempotencyHeadersModule } from "./vendor-http-facts.js";
import { vendorNamesModule } from "./vendor-names.js";

export interface WorkspaceOutput {
  /** Paths relative to the repository root. */
  files: GeneratedFile[];
  /** Generated files of a vendor that is gone. */
  stale: string[];
}

const GENERATED_DIR = `${UMBRELLA_DIR}/src/generated`;
const ENTRIES_DIR = `${UMBRELLA_DIR}/src/entries`;

export function emitWorkspace(root: string, models: readonly VendorModel[]): WorkspaceOutput {
  if (!existsSync(join(root, UMBRELLA_DIR, "package.json"))) return { files: [], stale: [] };
  const workspacePackages = listWorkspacePackages(root);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8")) as Record<string, unknown>;
  const files: GeneratedFile[] = [
    { path: `${GENERATED_DIR}/vendor-names.ts`, content: vendorNamesModule(models) },
    { path: `${GENERATED_DIR}/catalog-packages.ts`, content: catalogPackagesModule(models) },
    { path: `${GENERATED_DIR}/registry.ts`, content: vendorRegistryModule(models) },
    { path: `${GENERATED_DIR}/rate-limit-rules.ts`, content: vendorRateLimitRulesModule(models) },
    { path: `${GENERATED_DIR}/idempotency-headers.ts`, content: idempotencyHeadersModule(models) },
    { path: `${GENERATED_DIR}/credentials.ts`, content: credentialsModule(models) },
    ...models.flatMap((model) => [
      { path: `${GENERATED_DIR}/reading-${model.name}.ts`, content: readerModule(model, WORKSPACE_HEADER) },
      { path: `${ENTRIES_DIR}/${model.name}.ts`, content: vendorEntryModule(model) },
      { path: `${UMBRELLA_DIR}/${model.name}/package.json`, content: json(entryStub(model)) },
    ]),
    {
      path: `${UMBRELLA_DIR}/package.json`,
      content: json(umbrellaPackageJson(readJson(`${UMBRELLA_DIR}/package.json`), models, workspacePackages)),
    },
    ...VENDOR_DEPENDENTS.filter((dir) => existsSync(join(root, dir, "package.json"))).map((dir) => ({
      path: `${dir}/package.json`,
      content: json(dependentPackageJson(readJson(`${dir}/package.json`), models, workspacePackages)),
    })),
  ];
  const emitted = new Set(files.map((file) => file.path));
  return { files, stale: listGenerated(root).filter((path) => !emitted.has(path)) };
}

/** The names of the workspace's own packages that are not vendors (`@commerce-errors/<name>`). */
function listWorkspacePackages(root: string): Set<string> {
  const names = new Set<string>();
  const vendors = new Set(listVendors(root));
  for (const dir of ["packages", "tools"]) {
    for (const entry of existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }) : []) {
      const path = join(root, dir, entry.name, "package.json");
      if (!entry.isDirectory() || !existsSync(path) || vendors.has(entry.name)) continue;
      const name = (JSON.parse(readFileSync(path, "utf8")) as { name?: string }).name ?? "";
      if (name.startsWith("@commerce-errors/")) names.add(name.slice("@commerce-errors/".length));
    }
  }
  return names;
}

/** Files this emitter wrote earlier: everything in src/generated/, entries and stubs that carry its marks. */
function listGenerated(root: string): string[] {
  const found: string[] = [];
  const list = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }) : []);
  for (const entry of list(GENERATED_DIR)) if (entry.isFile()) found.push(`${GENERATED_DIR}/${entry.name}`);
  for (const entry of list(ENTRIES_DIR)) {
    const path = `${ENTRIES_DIR}/${entry.name}`;
    if (entry.isFile() && readFileSync(join(root, path), "utf8").startsWith(WORKSPACE_HEADER)) found.push(path);
  }
  for (const entry of list(UMBRELLA_DIR)) {
    const path = `${UMBRELLA_DIR}/${entry.name}/package.json`;
    if (entry.isDirectory() && existsSync(join(root, path)) && readFileSync(join(root, path), "utf8").includes('"../dist/cjs/entries/'))
      found.push(path);
  }
  return found;
}
