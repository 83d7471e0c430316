// Stage, then swap: everything is generated and written to a staging folder first; packages/ is
// touched only when every vendor succeeded.
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { listOwnedFiles } from "./owned-paths.js";

export interface VendorOutput {
  vendor: string;
  files: GeneratedFile[];
}

export interface Drift {
  file: string;
  change: "changed" | "missing" | "stale";
}

/** Compares generated output with packages/; nothing is written. */
export function findDrift(root: string, outputs: VendorOutput[], rootFiles: GeneratedFile[] = [], staleRootFiles: string[] = []): Drift[] {
  const drift: Drift[] = staleRootFiles.map((file) => ({ file, change: "stale" }));
  for (const file of rootFiles) {
    const target = join(root, file.path);
    if (!existsSync(target) || readFileSync(target, "utf8") !== file.content) drift.push({ file: file.path, change: "changed" });
  }
  for (const { vendor, files } of outputs) {
    const packageDir = join(root, "packages", vendor);
    const emitted = new Map(files.map((file) => [file.path, file.content]));
    for (const [path, content] of emitted) {
      const target = join(packageDir, path);
      if (!existsSync(target)) drift.push({ file: `packages/${vendor}/${path}`, change: "missing" });
      else if (readFileSync(target, "utf8") !== content) drift.push({ file: `packages/${vendor}/${path}`, change: "changed" });
    }
    for (const path of listOwnedFiles(packageDir, [...emitted.keys()])) {
      if (!emitted.has(path)) drift.push({ file: `packages/${vendor}/${path}`, change: "stale" });
    }
  }
  return drift;
}

/** Writes all outputs to a staging folder, then moves changed files into packages/ and removes stale ones. */
export function stageAndSwap(
  root: string,
  outputs: VendorOutput[],
  rootFiles: GeneratedFile[] = [],
  staleRootFiles: string[] = [],
): Drift[] {
  const drift = findDrift(root, outputs, rootFiles, staleRootFiles);
  if (drift.length === 0) return drift;
  const staging = join(root, ".codegen-staging", String(process.pid));
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const { vendor, files } of outputs) {
      for (const file of files) writeFile(join(staging, "packages", vendor, file.path), file.content);
    }
    for (const file of rootFiles) writeFile(join(staging, file.path), file.content);
    for (const { file, change } of drift) {
      const target = join(root, file);
      if (change === "stale") {
        unlinkSync(target);
        continue;
      }
      const staged = join(staging, file);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(staged, target); // atomic per file: readers never see a half-written file
    }
  } finally {
    // Only this process's folder: codegen runs once per vendor in parallel (turbo), each with its own.
    rmSync(staging, { recursive: true, force: true });
    try {
      rmdirSync(join(root, ".codegen-staging")); // the last one out removes the parent
    } catch {
      // another process is still staging, or already removed it
    }
  }
  return drift;
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
