// Types of checks.js (plain JavaScript so that every runtime loads it as it is).
import type { Cases } from "./cases.js";
import type { PackageResult } from "./results.js";

export function runChecks(modules: Record<string, unknown>, cases: Cases): Promise<PackageResult[]>;
