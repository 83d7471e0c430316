// vendor.json "sdkErrors" -> the model: each SDK's rule as the runtime reads it, and its example.
import type { SdkErrorRule } from "@commerce-errors/runtime";
import type { SchemaProblem } from "../load/schema-error.js";
import type { LoadedVendor } from "../load/types.js";
import type { SdkErrorModel } from "./vendor-model.js";

export function buildSdkErrors(loaded: LoadedVendor, problems: SchemaProblem[]): SdkErrorModel[] {
  const file = `schemas/${loaded.name}/vendor.json`;
  const titles = loaded.envelopes.map((envelope) => envelope.schema.title);
  return (loaded.vendor.sdkErrors ?? []).map((entry, index): SdkErrorModel => {
    const { sdk, source, example, ...rule } = entry;
    if (rule.body === undefined && rule.fields === undefined && rule.response === undefined) {
      problems.push({ file, pointer: `/sdkErrors/${index}`, reason: "says nowhere where the body is: give body, fields or response" });
    }
    if (rule.body !== undefined && rule.fields !== undefined) {
      problems.push({ file, pointer: `/sdkErrors/${index}/fields`, reason: "body and fields both rebuild the body: give one" });
    }
    if (example && !titles.includes(example.envelope)) {
      problems.push({
        file,
        pointer: `/sdkErrors/${index}/example/envelope`,
        reason: `names "${example.envelope}", which is no envelope's title`,
      });
    }
    // Only the keys the runtime reads, in a fixed order: a reordered vendor.json is no diff.
    const ordered: SdkErrorRule = {
      when: rule.when,
      ...(rule.status !== undefined && { status: rule.status }),
      ...(rule.headers !== undefined && { headers: rule.headers }),
      ...(rule.body !== undefined && { body: rule.body }),
      ...(rule.omit !== undefined && { omit: rule.omit }),
      ...(rule.wrap !== undefined && { wrap: rule.wrap }),
      ...(rule.fields !== undefined && { fields: rule.fields }),
      ...(rule.response !== undefined && { response: rule.response }),
    };
    return { sdk, source, rule: ordered, ...(example && { example }) };
  });
}
