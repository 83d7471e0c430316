// Argument values shared by the commands, checked once.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { vendorNames, type VendorName } from "../index.js";
import { UsageError } from "./usage-error.js";

export function parseVendor(value: string): VendorName {
  const vendor = vendorNames.find((name) => name === value.toLowerCase());
  if (!vendor) throw new UsageError(`unknown vendor "${value}" (expected one of: ${vendorNames.join(", ")})`);
  return vendor;
}

export function parseStatus(value: string): number {
  if (!/^[1-5]\d\d$/.test(value)) throw new UsageError(`status must be an HTTP status code from 100 to 599, got "${value}"`);
  return Number(value);
}

/** node:util parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS_* code. */
export function asUsageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS") ? new UsageError((error as Error).message) : error;
}

/** Parses a command's arguments (options and positionals); bad flags become usage errors. */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw asUsageError(error);
  }
}
