// A short generated README: what it is, install, an example, the status-code and error-code tables.
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";

export function emitReadme(model: VendorModel): GeneratedFile[] {
  const kinds = model.errorKinds;
  const lines = [
    generatedHeader(model, "<!--").concat(" -->"),
    `# ${model.packageName}`,
    "",
    `Typed, validated error responses of the ${model.displayName} API. ${model.description}`,
    "",
    `Vendor documentation: ${model.docs.map((url) => `<${url}>`).join(", ")}.`,
    "",
    "Zero dependencies; validators are precompiled (no `eval`, CSP- and edge-safe); ESM and CJS; Node >= 18, browsers, edge runtimes.",
    "",
    "```sh",
    `npm install ${model.packageName}`,
    "```",
    "",
    "```ts",
    `import { parseErrorResponse, isErrorResponse, describeStatus } from "${model.packageName}";`,
    "",
    "const response = await fetch(url, init);",
    "if (!response.ok) {",
    "  const parsed = await parseErrorResponse(response); // never throws",
    '  if (parsed.kind === "error") console.error(parsed.envelope, parsed.body); // typed ErrorResponse',
    "  else console.error(parsed.kind, parsed.statusInfo?.meaning);",
    '  if (describeStatus(response.status)?.retry === "with-backoff") scheduleRetry();',
    "}",
    "",
    "isErrorResponse(JSON.parse(capturedBody)); // true for any documented envelope",
    "```",
    "",
    ...sdkErrorSection(model),
    "## Envelopes",
    "",
    "| type | guard | description |",
    "| --- | --- | --- |",
    ...model.envelopes.map((e) => `| \`${e.title}\` | \`is${e.title}\` | ${cell(firstSentence(e.description))} |`),
    "",
    "`isErrorResponse`, `validateErrorResponse`, `assertErrorResponse` and `errorResponseSchema` (Standard Schema v1)",
    "accept any of them. Unknown error codes and extra fields are accepted. On a rejected body, `validateErrorResponse`",
    "reports every issue of the envelope the body meant, each at its JSON Pointer with `keyword` and `params`.",
    "",
    `AJV's own validators (first error only, AJV error objects, for ajv-i18n or better-ajv-errors) are in \`${model.packageName}/ajv\`;`,
    "the main entry does not include them.",
    "",
    `\`${model.packageName}/core\` has what recognising and reading an error needs, without the explanations or the full catalog:`,
    "`matchErrorEnvelope`, `isErrorResponse`, `vendor` (and, apart, `vendorName` and `requestIdHeaders`), `summarizeStatus`",
    "(text and retry advice), each open field's documented",
    "values (`knownValues` by field), `knownErrorCodes`, `findDataErrors`, `readFailedItems` and the body reader",
    "`readErrorBody` / `decodeErrorBody`. They are the main entry's own functions (the `commerce-errors` umbrella uses this subpath).",
    "",
    ...hiddenErrorsSection(model),
    "## Status codes",
    "",
    "| status | text | meaning | retry |",
    "| --- | --- | --- | --- |",
    ...model.statusCodes.map((s) => `| ${s.status} | ${cell(s.text)} | ${cell(firstSentence(s.meaning))} | ${s.retry} |`),
  ];
  if (kinds.length > 0) {
    lines.push(
      "",
      "## Error codes",
      "",
      `${kinds.length} documented codes, each with a type and a guard.`,
      "",
      "| code | type / guard | description |",
      "| --- | --- | --- |",
    );
    for (const kind of kinds)
      lines.push(`| \`${kind.code}\` | \`${kind.title}\` / \`is${kind.title}\` | ${cell(firstSentence(kind.description))} |`);
  }
  lines.push("", "## License", "", "MIT", "");
  return [{ path: "README.md", content: lines.join("\n") }];
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** A table cell holds the first sentence; the full text stays in the type's JSDoc. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/[.!?](?=\s+[A-Z(`"])/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/** Where a vendor reports errors beyond the top of the body: failed batch items, errors inside GraphQL data. */
function hiddenErrorsSection(model: VendorModel): string[] {
  const lines: string[] = [];
  if (model.batches.length > 0) {
    lines.push(
      "## Partial failures",
      "",
      `A 2xx answer of ${model.batches.map((b) => `\`${b.envelope}\``).join(", ")} with failed items parses to \`kind: "partial"\`:`,
      "",
      "```ts",
      "const parsed = await parseErrorResponse(response);",
      'if (parsed.kind === "partial") for (const item of parsed.failed) console.error(item.index, item.id, item.errors);',
      "```",
      "",
      "`readFailedItems(envelope, body)` reads a body you already hold; `parsed.succeeded` counts the items that went through.",
      "",
    );
  }
  if (model.dataErrors.rule.keys.length > 0) {
    lines.push(
      "## Errors inside data",
      "",
      `GraphQL mutations report refusals in \`data\` (${model.dataErrors.rule.keys.map((k) => `\`${k}\``).join(", ")}) with HTTP 200: \`parseErrorResponse\` gives \`kind: "error"\` with the data kept, and`,
      "`findDataErrors(response)` lists each non-empty list with its JSON Pointer into `data`. An empty list is a success.",
      "",
    );
  }
  return lines;
}

/** fromSdkError: what an SDK or HTTP client threw, read as this vendor's error (every package has it). */
function sdkErrorSection(model: VendorModel): string[] {
  const sdks = [...new Set(model.sdkErrors.map((entry) => entry.sdk))];
  return [
    "## From an SDK or HTTP client error",
    "",
    "```ts",
    `import { fromSdkError } from "${model.packageName}";`,
    "",
    "try {",
    `  await callTheApi(); // a ${model.displayName} SDK call, or fetch / axios / ky / got / ofetch`,
    "} catch (error) {",
    "  const parsed = await fromSdkError(error); // reads the response the error holds; never rejects",
    '  if (parsed.kind === "error") console.error(parsed.envelope, parsed.body); // typed ErrorResponse',
    "}",
    "```",
    "",
    `\`fromSdkError\` finds the response in what was thrown: ${sdks.length > 0 ? `${sdks.join("; ")}, then ` : ""}the common shapes`,
    "(`response.{status, data|body}`, `{statusCode, result|data|body|error}`, JSON in the message, the bare body). It",
    "gives the same result as `parseErrorResponse`; `fromSdkErrorSync` does the same without reading a body still in an unread `Response`.",
    "",
  ];
}
