// `validate` for people.
import type { RetryDecision } from "../index.js";
import type { MatchReport, ValidateReport } from "./validate-report.js";
import type { Style } from "./style.js";

function describeRetry(retry: RetryDecision): string {
  if (retry.kind === "with-backoff" && retry.afterMs !== undefined) return `with-backoff (wait at least ${retry.afterMs} ms)`;
  if (retry.kind === "after-refetch" && retry.currentVersion !== undefined)
    return `after-refetch (current version ${retry.currentVersion})`;
  return retry.kind;
}

function printMatch(match: MatchReport, style: Style): string[] {
  const lines = [
    `${style.green("✓")} ${style.bold(`${match.vendor} ${match.envelope}`)} ${style.dim(`score ${match.score}: ${match.reasons.join("; ")}`)}`,
  ];
  const row = (label: string, value: string) => lines.push(`  ${style.dim(label.padEnd(9))}${value}`);
  row("codes", match.codes.length > 0 ? match.codes.join(", ") : style.dim("(none)"));
  row("message", match.message);
  for (const detail of match.details) {
    const where = detail.pointer ?? detail.field;
    row("detail", [where && style.yellow(where), detail.code, detail.message].filter(Boolean).join("  "));
  }
  if (match.requestId) row("request", match.requestId);
  if (match.status) {
    const { status, text, meaning, retry } = match.status;
    row("status", text ? `${status} ${text}: ${meaning}` : `${status} (not in ${match.vendor}'s status catalog)`);
    row("retry", describeRetry(retry));
  }
  return lines;
}

export function printValidateReport(report: ValidateReport, style: Style): string {
  if (!report.valid) {
    const lines = [`${style.red("✗")} ${style.bold("no error envelope accepts this body")}; issues of each vendor's closest envelope:`];
    for (const issue of report.issues)
      lines.push(`  ${issue.vendor.padEnd(14)}${style.yellow(issue.path || "/")}  ${issue.message} ${style.dim(`(${issue.keyword})`)}`);
    return `${lines.join("\n")}\n`;
  }
  // Only equal top scores are ambiguous; weaker matches (open envelopes of other vendors) are a footnote.
  const best = report.matches.filter((match) => match.score === report.matches[0]!.score);
  const weaker = report.matches.slice(best.length);
  const header =
    best.length > 1 ? [`${style.yellow("!")} ambiguous: ${best.length} vendors accept this body equally (score ${best[0]!.score})`] : [];
  const footer =
    weaker.length > 0
      ? [style.dim(`  also accepted by: ${weaker.map((match) => `${match.vendor} ${match.envelope} (score ${match.score})`).join(", ")}`)]
      : [];
  return `${[...header, ...best.flatMap((match) => printMatch(match, style)), ...footer].join("\n")}\n`;
}
