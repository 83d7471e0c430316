import { vendorNames } from "../index.js";

/** The vendor names, wrapped to 80 columns under the option descriptions. */
function vendorList(indent = 16, width = 80): string {
  const lines = [""];
  for (const name of vendorNames) {
    const last = lines[lines.length - 1]!;
    const next = last === "" ? name : `${last} | ${name}`;
    if (indent + next.length <= width || last === "") lines[lines.length - 1] = next;
    else {
      lines[lines.length - 1] = `${last} |`;
      lines.push(name);
    }
  }
  return lines.join(`\n${" ".repeat(indent)}`);
}

export const helpText = `commerce-errors: check and explain error bodies of commerce APIs

Usage:
  commerce-errors validate [--vendor V] [--status N] [--json] [FILE|-]
      Which vendor and envelope a captured error body matches, its codes and, with
      --status, what the status means and whether to retry. When it matches none,
      every issue with its JSON Pointer. Reads stdin when FILE is "-" or missing.
  commerce-errors explain [--json] <vendor> <status>
      The vendor's documented meaning of an HTTP status: text, meaning, retry advice
      and troubleshooting.

Options:
  --vendor V    ${vendorList()}
  --status N    the HTTP status the body came with
  --json        stable JSON on stdout, for scripts (shape: see the README)
  -h, --help    show this help

Exit status: 0 valid or documented; 1 invalid, unrecognized or undocumented status;
2 usage error (unknown vendor, unreadable file, not JSON). Errors are one line on stderr.
Colour only when stdout is a terminal and NO_COLOR is unset.
`;
