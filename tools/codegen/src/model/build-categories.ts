// categories.json -> the vendor's classification, checked against what the schemas document: every
// open field is a code field or says why not, every documented code and error status has exactly
// one category, and every code, status and envelope the file names is documented.
import type { ErrorCategory } from "@commerce-errors/runtime";
import type { SchemaProblem } from "../load/schema-error.js";
import type { LoadedVendor } from "../load/types.js";
import type { CategoriesModel, CodeCategoryModel } from "./vendor-model.js";

const FILE = "categories.json";

export interface DocumentedCodes {
  /** `Type.field` -> documented values of each open string field. */
  knownValues: Record<string, string[]>;
  /** Codes with a type of their own (discriminated unions). */
  errorCodes: string[];
  envelopeTitles: string[];
}

/** A code field's documented values as the normalized code spells them (SCAPI: the last segment of the `type` URI). */
export function codesOfField(values: readonly string[], form: "value" | "last-path-segment"): string[] {
  return form === "value" ? [...values] : values.map((value) => value.replace(/\/+$/, "").split("/").pop() || value);
}

export function buildCategories(loaded: LoadedVendor, documented: DocumentedCodes, problems: SchemaProblem[]): CategoriesModel {
  const { categories, catalog, name } = loaded;
  const file = `schemas/${name}/${FILE}`;
  const problem = (pointer: string, reason: string) => problems.push({ file, pointer, reason });

  for (const field of Object.keys(documented.knownValues)) {
    const inCodes = field in categories.codeFields;
    if (inCodes === field in categories.otherFields) {
      problem(inCodes ? `/otherFields/${field}` : "/codeFields", `must list "${field}" in exactly one of codeFields and otherFields`);
    }
  }
  for (const field of [...Object.keys(categories.codeFields), ...Object.keys(categories.otherFields)]) {
    if (!(field in documented.knownValues)) problem("/codeFields", `names "${field}", which is no open field of the schemas`);
  }
  const documentedCodes = new Set([
    ...Object.entries(categories.codeFields).flatMap(([field, form]) => codesOfField(documented.knownValues[field] ?? [], form)),
    ...documented.errorCodes,
  ]);

  const codes: CodeCategoryModel[] = [];
  const seen = new Map<string, string>();
  categories.codes.forEach((group, index) => {
    group.codes.forEach((code, position) => {
      const where = `/codes/${index}/codes/${position}`;
      if (!documentedCodes.has(code)) problem(where, `"${code}" is not a documented code of the schemas`);
      const earlier = seen.get(code);
      if (earlier) problem(where, `"${code}" already has a category at ${earlier}`);
      seen.set(code, where);
      codes.push({ code, category: group.category, source: group.source, ...(group.context && { context: group.context }) });
    });
    const context = group.context;
    if (context?.envelope !== undefined && !documented.envelopeTitles.includes(context.envelope)) {
      problem(`/codes/${index}/context/envelope`, `"${context.envelope}" is not an envelope of ${name}`);
    }
    if (context?.status !== undefined && !catalog.statusCodes.some((entry) => entry.status === context.status)) {
      problem(`/codes/${index}/context/status`, `${context.status} is not a documented status (status-codes.json)`);
    }
  });
  for (const code of documentedCodes) if (!seen.has(code)) problem("/codes", `documented code "${code}" has no category`);

  const errorStatuses = catalog.statusCodes.filter((entry) => entry.status >= 400).map((entry) => entry.status);
  for (const status of errorStatuses)
    if (!(String(status) in categories.statuses)) problem("/statuses", `documented status ${status} has no category`);
  for (const status of Object.keys(categories.statuses)) {
    if (!errorStatuses.includes(Number(status)))
      problem(`/statuses/${status}`, `${status} is not a documented error status (status-codes.json)`);
  }
  for (const envelope of Object.keys(categories.envelopes ?? {})) {
    if (!documented.envelopeTitles.includes(envelope)) problem(`/envelopes/${envelope}`, `"${envelope}" is not an envelope of ${name}`);
  }
  (categories.shopperMessages ?? []).forEach((entry, index) => {
    entry.codes.forEach((code, position) => {
      if (!documentedCodes.has(code))
        problem(`/shopperMessages/${index}/codes/${position}`, `"${code}" is not a documented code of the schemas`);
    });
  });

  return {
    statuses: Object.fromEntries(Object.entries(categories.statuses).map(([status, category]) => [Number(status), category])) as Record<
      number,
      ErrorCategory
    >,
    envelopes: categories.envelopes ?? {},
    codes,
    shopperMessages: (categories.shopperMessages ?? []).map(({ key, source, codes: list }) => ({ key, source, codes: list })),
  };
}
