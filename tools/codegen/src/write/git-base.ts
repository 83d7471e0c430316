// A vendor's schemas as last committed (git HEAD), read by the same loader and model as the working
// tree, so that a changeset diffs two surfaces the generator reads the same way.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadVendor } from "../load/load-vendor.js";
import { SchemaError } from "../load/schema-error.js";
import { buildModel } from "../model/build-model.js";
import type { VendorModel } from "../model/vendor-model.js";

export type CommittedVendor =
  /** schemas/<vendor>/ in the working tree is HEAD's (nothing staged, changed or untracked): same files, same surface. */
  | { commit: string; unchanged: true }
  | {
      commit: string;
      unchanged: false;
      /**
       * The committed model. Undefined when the vendor is not in HEAD yet (a new package), or when
       * its committed schemas do not load: a state the generator rejects is no base to diff against.
       */
      model?: VendorModel;
    };

function git(root: string, args: string[]): Buffer | undefined {
  try {
    return execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Undefined when root is not a git checkout with a commit. */
export function readCommittedVendor(root: string, vendor: string): CommittedVendor | undefined {
  const commit = git(root, ["rev-parse", "--short=12", "HEAD"])?.toString("utf8").trim();
  if (!commit) return undefined;
  const folder = `schemas/${vendor}/`;
  const status = git(root, ["--no-optional-locks", "status", "--porcelain", "--untracked-files=all", "--", folder]);
  if (status !== undefined && status.length === 0) return { commit, unchanged: true };
  return { commit, unchanged: false, model: committedModel(root, vendor, folder) };
}

/** Writes HEAD's schemas/<vendor>/ into a temporary schemas/ folder and loads it there. */
function committedModel(root: string, vendor: string, folder: string): VendorModel | undefined {
  const listing = git(root, ["ls-tree", "-r", "-z", "--name-only", "HEAD", "--", folder]);
  const files = listing?.toString("utf8").split("\0").filter(Boolean) ?? [];
  if (files.length === 0) return undefined;
  const copy = mkdtempSync(join(tmpdir(), "commerce-errors-base-"));
  try {
    for (const file of files) {
      const content = git(root, ["show", `HEAD:${file}`]);
      if (content === undefined) return undefined;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      writeFileSync(join(copy, file), content);
    }
    return buildModel(loadVendor(join(copy, "schemas"), vendor));
  } catch (error) {
    if (error instanceof SchemaError) return undefined;
    throw error;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
