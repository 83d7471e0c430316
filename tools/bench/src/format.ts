// Number formatting and Markdown tables for the bench report.

export function ops(value: number): string {
  if (!Number.isFinite(value)) return "-";
  if (value >= 1e6) return `${(value / 1e6).toFixed(value >= 1e8 ? 0 : 1)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(0)}k`;
  return value.toFixed(0);
}

export const ratio = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(2));
export const ms = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : "-");
export const bytes = (value: number): string => value.toLocaleString("en-US");
export const verdict = (met: boolean): string => (met ? "met" : "**missed**");

/** A GitHub Markdown table; columns after the first are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = header.map((_, index) => (index === 0 ? "---" : "---:"));
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(align), ...rows.map(line)].join("\n");
}
