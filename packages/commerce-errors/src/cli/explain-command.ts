// commerce-errors explain [--json] <vendor> <status>
import { describeStatus, displayNameOf, documentedStatuses } from "../catalog.js";
import { vendorNames } from "../index.js";
import { parseCommandArgs, parseStatus, parseVendor } from "./arguments.js";
import { helpText } from "./help.js";
import type { CliIo } from "./io.js";
import { styleFor } from "./style.js";
import { UsageError } from "./usage-error.js";

const options = {
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export function runExplain(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, options);
  if (values.help) {
    io.stdout.write(helpText);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`explain takes a vendor and a status, e.g. explain ${vendorNames[0]} 409`);
  const vendor = parseVendor(positionals[0]!);
  const status = parseStatus(positionals[1]!);
  const info = describeStatus(vendor, status);
  if (!info) {
    const documented = documentedStatuses(vendor).join(", ");
    io.stderr.write(`commerce-errors: ${vendor} documents no status ${status} (documented: ${documented})\n`);
    return 1;
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ vendor, ...info }, null, 2)}\n`);
    return 0;
  }
  const style = styleFor(io);
  const lines = [
    style.bold(`${displayNameOf(vendor)} ${info.status} ${info.text}`),
    `  ${style.dim("meaning")}  ${info.meaning}`,
    `  ${style.dim("retry")}    ${info.retry}`,
    ...(info.troubleshooting.length > 0
      ? [`  ${style.dim("troubleshooting")}`, ...info.troubleshooting.map((advice) => `    - ${advice}`)]
      : []),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
