// commerce-errors validate [--vendor V] [--status N] [--json] [FILE|-]
import { parseCommandArgs, parseStatus, parseVendor } from "./arguments.js";
import { helpText } from "./help.js";
import type { CliIo } from "./io.js";
import { printValidateReport } from "./print-validate.js";
import { parseJsonInput, readInput } from "./read-input.js";
import { styleFor } from "./style.js";
import { UsageError } from "./usage-error.js";
import { validateReport } from "./validate-report.js";

const options = {
  vendor: { type: "string" },
  status: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options);
  if (values.help) {
    io.stdout.write(helpText);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`validate takes one FILE (or - for stdin), got ${positionals.length}`);
  const vendor = values.vendor === undefined ? undefined : parseVendor(values.vendor);
  const status = values.status === undefined ? undefined : parseStatus(values.status);
  const body = parseJsonInput(await readInput(positionals[0], io));

  const report = validateReport(body, { vendor, status });
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : printValidateReport(report, styleFor(io)));
  if (!report.valid)
    io.stderr.write(`commerce-errors: invalid: not a ${vendor ?? "known vendor's"} error body (${report.issues.length} issue(s))\n`);
  return report.valid ? 0 : 1;
}
