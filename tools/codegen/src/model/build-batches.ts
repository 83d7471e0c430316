// vendor.json "batches" and "dataErrors" -> the model: where failed batch items and errors inside
// GraphQL `data` are. Each may name a definition title as the type of one error.
import type { BatchRule } from "@commerce-errors/runtime";
import type { SchemaProblem } from "../load/schema-error.js";
import type { LoadedVendor } from "../load/types.js";
import type { BatchModel, VendorModel } from "./vendor-model.js";

export function buildBatches(loaded: LoadedVendor, problems: SchemaProblem[]): BatchModel[] {
  const file = `schemas/${loaded.name}/vendor.json`;
  const batches: BatchModel[] = [];
  (loaded.vendor.batches ?? []).forEach((entry, index) => {
    const envelope = loaded.envelopes.find((candidate) => candidate.stem === entry.envelope);
    if (!envelope) {
      problems.push({ file, pointer: `/batches/${index}/envelope`, reason: `names "${entry.envelope}", which is not one of envelopes` });
      return;
    }
    const titles = Object.values(envelope.schema.definitions ?? {}).map((definition) => definition.title);
    if (entry.errorType !== undefined && !titles.includes(entry.errorType)) {
      problems.push({
        file,
        pointer: `/batches/${index}/errorType`,
        reason: `names "${entry.errorType}", which no definition of ${envelope.file} has as its title`,
      });
      return;
    }
    if (batches.some((batch) => batch.envelope === envelope.schema.title)) {
      problems.push({ file, pointer: `/batches/${index}/envelope`, reason: `"${entry.envelope}" has a batch rule already` });
      return;
    }
    const rule: BatchRule = {
      items: entry.items,
      errors: entry.errors,
      ...(entry.id !== undefined && { id: entry.id }),
      ...(entry.failedWhen !== undefined && { failedWhen: entry.failedWhen }),
      ...(entry.succeeded !== undefined && { succeeded: entry.succeeded }),
    };
    batches.push({ envelope: envelope.schema.title as string, rule, ...(entry.errorType !== undefined && { errorType: entry.errorType }) });
  });
  return batches;
}

export function buildDataErrors(loaded: LoadedVendor, problems: SchemaProblem[]): VendorModel["dataErrors"] {
  const entry = loaded.vendor.dataErrors;
  if (!entry) return { rule: { keys: [], depth: 0 } };
  const titles = loaded.envelopes.flatMap((envelope) => [
    envelope.schema.title,
    ...Object.values(envelope.schema.definitions ?? {}).map((definition) => definition.title),
  ]);
  if (entry.errorType !== undefined && !titles.includes(entry.errorType)) {
    problems.push({
      file: `schemas/${loaded.name}/vendor.json`,
      pointer: "/dataErrors/errorType",
      reason: `names "${entry.errorType}", which no schema of the vendor has as its title`,
    });
  }
  return { rule: { keys: entry.keys, depth: entry.depth }, ...(entry.errorType !== undefined && { errorType: entry.errorType }) };
}
