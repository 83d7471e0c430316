// vendor.json "sdkErrors" -> the model: each SDK's rule as the runtime reads it, and its example.
import type { SdkErrorCondition, SdkErrorRule } from "@commerce-errors/runtime";
import type { SchemaProblem } from "../load/schema-error.js";
import type { LoadedVendor } from "../load/types.js";
import type { SdkErrorModel } from "./vendor-model.js";

/** The keys the runtime reads, in the order they are emitted. */
const RULE_KEYS = [
  "client",
  "unwrap",
  "when",
  "status",
  "defaultStatus",
  "headers",
  "body",
  "omit",
  "wrap",
  "asList",
  "fields",
  "response",
  "noBody",
  "requestId",
  "url",
  "request",
  "message",
  "namesVendor",
  "transport",
] as const satisfies readonly (keyof SdkErrorRule)[];

/** Pointers (within the entry) of `matches` values that do not compile. */
function badPatterns(entry: SdkErrorRule): string[] {
  const lists: [string, SdkErrorCondition[] | undefined][] = [
    ["/when", entry.when],
    ["/unwrap/when", entry.unwrap?.when],
    ...(entry.transport ?? []).map((each, index): [string, SdkErrorCondition[] | undefined] => [`/transport/${index}/when`, each.when]),
  ];
  return lists.flatMap(([path, conditions]) =>
    (conditions ?? []).flatMap((condition, index) => {
      if (condition.matches === undefined) return [];
      try {
        new RegExp(condition.matches, "i");
        return [];
      } catch {
        return [`${path}/${index}/matches`];
      }
    }),
  );
}

export function buildSdkErrors(loaded: LoadedVendor, problems: SchemaProblem[]): SdkErrorModel[] {
  const file = `schemas/${loaded.name}/vendor.json`;
  const titles = loaded.envelopes.map((envelope) => envelope.schema.title);
  return (loaded.vendor.sdkErrors ?? []).map((entry, index): SdkErrorModel => {
    const { sdk, source, example, ...rule } = entry;
    if (rule.body === undefined && rule.fields === undefined && rule.response === undefined && !rule.noBody && !rule.transport) {
      problems.push({
        file,
        pointer: `/sdkErrors/${index}`,
        reason: "says nowhere where the body is: give body, fields or response (or noBody, or transport cases)",
      });
    }
    if (rule.noBody && (rule.body !== undefined || rule.fields !== undefined)) {
      problems.push({ file, pointer: `/sdkErrors/${index}/noBody`, reason: "noBody, yet body or fields say where it is: give one" });
    }
    for (const pointer of badPatterns(entry)) {
      problems.push({ file, pointer: `/sdkErrors/${index}${pointer}`, reason: "is not a regular expression" });
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
    const ordered = Object.fromEntries(
      RULE_KEYS.filter((key) => rule[key] !== undefined).map((key) => [key, rule[key]]),
    ) as unknown as SdkErrorRule;
    return { sdk, source, rule: ordered, ...(example && { example }) };
  });
}
