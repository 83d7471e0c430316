// Reads a vendor's schemas as last committed (git HEAD), to diff against the working tree.
import { execFileSync } from "node:child_process";
import type { StatusCodeInfo } from "@commerce-errors/runtime";
import type { JsonSchema } from "../load/types.js";

export interface CommittedVendor {
  commit: string;
  /** Undefined when the vendor is not in HEAD yet (a new package). */
  envelopes?: JsonSchema[];
  statusCodes?: StatusCodeInfo[];
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Undefined when root is not a git checkout with a commit. */
export function readCommittedVendor(root: string, vendor: string): CommittedVendor | undefined {
  const commit = git(root, ["rev-parse", "--short=12", "HEAD"])?.trim();
  if (!commit) return undefined;
  const show = (file: string) => git(root, ["show", `HEAD:schemas/${vendor}/${file}`]);
  const vendorJson = show("vendor.json");
  if (vendorJson === undefined) return { commit };
  try {
    const { envelopes } = JSON.parse(vendorJson) as { envelopes: string[] };
    const schemas = envelopes.map((stem) => JSON.parse(show(`${stem}.schema.json`) ?? "{}") as JsonSchema);
    const catalog = show("status-codes.json");
    return {
      commit,
      envelopes: schemas,
      statusCodes: catalog ? (JSON.parse(catalog) as { statusCodes: StatusCodeInfo[] }).statusCodes : [],
    };
  } catch {
    return { commit }; // a committed state that does not parse is no base to diff against
  }
}
