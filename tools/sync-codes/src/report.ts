// Prints a vendor's comparison: what the source has and schemas/ lacks, and what contradicts.
import type { VendorReport } from "./sync.js";

export function isMissingAnything(report: VendorReport): boolean {
  const { counts, missingFields, missingEnvelopes } = report.comparison;
  return (
    counts.some((count) => count.missing.length > 0 || (count.subset && count.schemasOnly.length > 0)) ||
    missingFields.length > 0 ||
    missingEnvelopes.length > 0
  );
}

export function formatReport(report: VendorReport): string {
  const { counts, missingFields, missingEnvelopes, contradictions } = report.comparison;
  const lines = [`${report.vendor}: ${report.source.name}@${report.source.version}`];
  counts.forEach((count, index) => {
    const was = report.before.counts[index]?.schemas ?? count.schemas;
    const schemas = was === count.schemas ? `${count.schemas}` : `${was} -> ${count.schemas}`;
    if (count.subset) {
      const gone = count.schemasOnly.length === 0 ? ", all in the source" : "";
      lines.push(`  ${count.label}s: source ${count.source}, schemas ${schemas}, a closed subset (${count.where})${gone}`);
      if (count.schemasOnly.length > 0)
        lines.push(`    missing from the source ${count.schemasOnly.length}: ${count.schemasOnly.join(", ")}`);
      return;
    }
    lines.push(
      `  ${count.label}s: source ${count.source}, schemas ${schemas} (${count.where})${count.missing.length === 0 ? ", none missing" : ""}`,
    );
    if (count.missing.length > 0) lines.push(`    missing ${count.missing.length}: ${count.missing.join(", ")}`);
    if (count.schemasOnly.length > 0) lines.push(`    only in schemas/ ${count.schemasOnly.length}: ${count.schemasOnly.join(", ")}`);
  });
  for (const envelope of missingEnvelopes)
    lines.push(`  missing envelope: ${envelope} (add a schema file with examples from the vendor docs, and list it in vendor.json)`);
  for (const field of missingFields)
    lines.push(`  missing field: ${field.owner}.${field.field} (${field.type}${field.optional ? ", optional" : ""})`);
  for (const c of contradictions) {
    lines.push(
      `  contradicts: ${c.owner}.${c.field} is ${c.reason === "type" ? `${c.source} in the source, ${c.schemas} in schemas/` : `${c.source} in the source, ${c.schemas} in schemas/`}`,
    );
  }
  for (const { where, added } of report.written) lines.push(`  added to ${where} ${added.length}: ${added.join(", ")}`);
  for (const problem of report.toDo) lines.push(`  to do by hand: ${problem}`);
  return lines.join("\n");
}
