// The commerce-errors command: picks the subcommand and turns usage errors into exit status 2.
import { runExplain } from "./explain-command.js";
import { helpText } from "./help.js";
import { processIo, type CliIo } from "./io.js";
import { UsageError } from "./usage-error.js";
import { runValidate } from "./validate-command.js";

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === "-h" || command === "--help" || command === "help") {
      io.stdout.write(helpText);
      return 0;
    }
    if (command === "validate") return await runValidate(args, io);
    if (command === "explain") return runExplain(args, io);
    throw new UsageError(
      command === undefined ? "missing command (validate or explain)" : `unknown command "${command}" (validate or explain)`,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // One line, whatever the message quotes (JSON.parse quotes the input, newlines included).
    io.stderr.write(`commerce-errors: ${error.message.replace(/\s*\n\s*/g, " ")}; see commerce-errors --help\n`);
    return 2;
  }
}
