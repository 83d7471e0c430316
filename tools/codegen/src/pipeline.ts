// For each vendor: load -> model -> emit; then check against packages/ or stage and swap in.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { emitChecks } from "./emit/emit-checks.js";
import { emitCatalog } from "./emit/emit-catalog.js";
import { emitCore } from "./emit/emit-core.js";
import { emitEntry } from "./emit/emit-entry.js";
import { emitEvidence } from "./emit/emit-evidence.js";
import { emitExplainData } from "./emit/emit-explain-data.js";
import { emitGuards } from "./emit/emit-guards.js";
import { emitPackageFiles } from "./emit/emit-package-files.js";
import { emitRateLimits } from "./emit/emit-rate-limits.js";
import { emitReadme } from "./emit/emit-readme.js";
import { emitTests } from "./emit/emit-tests.js";
import { emitTypes } from "./emit/emit-types.js";
import { emitValidators } from "./emit/emit-validators.js";
import { withVendorTable } from "./emit/emit-vendor-table.js";
import { emitWorkspace } from "./emit/workspace/emit-workspace.js";
import type { GeneratedFile } from "./emit/generated-file.js";
import { listVendors } from "./load/list-vendors.js";
import { loadVendor } from "./load/load-vendor.js";
import { type SchemaProblem, SchemaError } from "./load/schema-error.js";
import { buildModel } from "./model/build-model.js";
import type { VendorModel } from "./model/vendor-model.js";
import { type ChangesetResult, changesetFor } from "./write/changeset.js";
import { type Drift, type VendorOutput, findDrift, stageAndSwap } from "./write/stage.js";
import { UsageError } from "./usage-error.js";

export interface PipelineOptions {
  root: string;
  /** Only these vendors; all when empty. */
  vendors?: string[];
  /** Compare with packages/ instead of writing. */
  check?: boolean;
  /** Write a changeset for each package whose surface the schemas changed since HEAD (default true). */
  changesets?: boolean;
}

export interface PipelineResult {
  vendors: string[];
  drift: Drift[];
  models: VendorModel[];
  changesets: ChangesetResult[];
}

export { listVendors, UsageError };

export async function emitVendor(model: VendorModel, existingPackageJson?: Record<string, unknown>): Promise<GeneratedFile[]> {
  const files = [
    ...(await emitTypes(model)),
    ...emitValidators(model),
    ...emitChecks(model),
    ...emitExplainData(model),
    ...emitGuards(model),
    ...emitCatalog(model),
    ...emitCore(model),
    ...emitEvidence(model),
    ...emitEntry(model),
    ...emitPackageFiles(model, existingPackageJson),
    ...emitRateLimits(model),
    ...emitReadme(model),
    ...emitTests(model),
  ];
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const known = listVendors(options.root);
  const vendors = options.vendors?.length ? options.vendors : known;
  for (const vendor of vendors) {
    if (!known.includes(vendor)) throw new UsageError(`unknown vendor "${vendor}" (schemas/ has: ${known.join(", ")})`);
  }
  const problems: SchemaProblem[] = [];
  const models: VendorModel[] = [];
  for (const vendor of vendors) {
    try {
      models.push(buildModel(loadVendor(join(options.root, "schemas"), vendor)));
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new SchemaError(problems);

  const outputs: VendorOutput[] = [];
  for (const model of models) {
    outputs.push({ vendor: model.name, files: await emitVendor(model, readPackageJson(options.root, model.name)) });
  }
  // The files that list every vendor are written only when every vendor was generated.
  const whole = vendors.length === known.length;
  const workspace = whole ? emitWorkspace(options.root, models) : { files: [], stale: [] };
  const rootFiles = whole ? [...rootReadme(options.root, models), ...workspace.files] : [];
  const drift = options.check
    ? findDrift(options.root, outputs, rootFiles, workspace.stale)
    : stageAndSwap(options.root, outputs, rootFiles, workspace.stale);
  const changesets: ChangesetResult[] = [];
  if (!options.check && options.changesets !== false && existsSync(join(options.root, ".changeset"))) {
    for (const model of models) {
      const result = changesetFor(options.root, model);
      if (result) changesets.push(result);
    }
  }
  return { vendors, drift, models, changesets };
}

/** The root README's vendor table, regenerated only when every vendor was. */
function rootReadme(root: string, models: VendorModel[]): GeneratedFile[] {
  const path = join(root, "README.md");
  if (!existsSync(path)) return [];
  const updated = withVendorTable(readFileSync(path, "utf8"), models);
  return updated === undefined ? [] : [{ path: "README.md", content: updated }];
}

function readPackageJson(root: string, vendor: string): Record<string, unknown> | undefined {
  const path = join(root, "packages", vendor, "package.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>) : undefined;
}
