// Writes the changeset a schema edit calls for. One file per vendor and base commit, rewritten on
// every run: re-running never duplicates it, and it disappears when the edit is undone.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type SurfaceChange, diffSurface, highestBump } from "../model/diff-surface.js";
import { surfaceOf } from "../model/surface.js";
import type { VendorModel } from "../model/vendor-model.js";
import { readCommittedVendor } from "./git-base.js";

export interface ChangesetResult {
  file: string;
  bump: string;
  changes: SurfaceChange[];
}

export function changesetFor(root: string, model: VendorModel): ChangesetResult | undefined {
  const base = readCommittedVendor(root, model.name);
  if (!base) return undefined; // not a git checkout: nothing to compare with
  const file = join(".changeset", `${model.name}-schemas-${base.commit}.md`);
  const path = join(root, file);
  const changes = base.unchanged
    ? []
    : base.model
      ? diffSurface(surfaceOf(base.model), surfaceOf(model))
      : [{ bump: "minor" as const, summary: "first release" }];
  const bump = highestBump(changes);
  if (!bump) {
    if (existsSync(path)) unlinkSync(path);
    return undefined;
  }
  const content = [
    "---",
    `"${model.packageName}": ${bump}`,
    "---",
    "",
    ...changes.map((change) => `- ${model.name}: ${change.summary} (${change.bump})`),
    "",
  ].join("\n");
  if (!existsSync(path) || readFileSync(path, "utf8") !== content) writeFileSync(path, content);
  return { file, bump, changes };
}
