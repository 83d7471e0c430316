// The playground page: reads the form, analyzes on every change, shows the result.

import { examples } from "virtual:examples";
import { vendorPackages } from "virtual:vendor-packages";
import { type Analysis, analyze, defaultStatus, verdictOf } from "./analyze.js";
import { exampleLabel } from "./examples.js";
import { markIssues, renderJson } from "./json-view.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = {
  body: byId<HTMLTextAreaElement>("body"),
  status: byId<HTMLInputElement>("status"),
  url: byId<HTMLInputElement>("url"),
  vendor: byId<HTMLSelectElement>("vendor"),
  example: byId<HTMLSelectElement>("example"),
};

function option(value: string, text: string): HTMLOptionElement {
  const node = document.createElement("option");
  node.value = value;
  node.textContent = text;
  return node;
}

function displayName(vendor: string): string {
  return vendorPackages[vendor]?.vendor?.displayName ?? vendor;
}

function fillPickers(): void {
  form.vendor.append(option("", "detect"), ...Object.keys(vendorPackages).map((v) => option(v, displayName(v))));
  const groups = new Map<string, HTMLOptGroupElement>();
  form.example.append(option("", "pick a documented body…"));
  examples.forEach((example, index) => {
    let group = groups.get(example.vendor);
    if (!group) {
      group = document.createElement("optgroup");
      group.label = example.vendorName;
      groups.set(example.vendor, group);
      form.example.append(group);
    }
    group.append(option(String(index), exampleLabel(example)));
  });
}

function node(tag: string, text?: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function section(id: string, ...children: (Node | string)[]): void {
  byId(id).replaceChildren(...children);
}

function showDetection(result: Analysis): void {
  const list = node("ul");
  for (const candidate of result.candidates) {
    const item = node("li");
    item.dataset.vendor = candidate.vendor;
    item.dataset.envelope = candidate.envelope ?? "";
    item.append(
      node("strong", displayName(candidate.vendor)),
      ` ${candidate.envelope ?? "(hints only)"} `,
      node("span", `score ${candidate.score}`, "muted"),
    );
    const reasons = node("ul", undefined, "reasons");
    for (const reason of candidate.reasons) reasons.append(node("li", reason));
    item.append(reasons);
    list.append(item);
  }
  const { tone, text } = verdictOf(result, displayName);
  const verdict = node("p", undefined, `verdict ${tone}`);
  verdict.id = "verdict";
  verdict.dataset.vendor = result.vendor ?? "";
  verdict.dataset.envelope = result.envelope ?? "";
  const how = {
    selected: "selected",
    detected: "detected",
    closest: "closest match: no vendor accepts the body",
    none: "nothing to validate",
  }[result.vendorChoice];
  verdict.append(node("strong", text), ...(tone === "idle" ? [] : [` (${how})`]));
  section(
    "detection",
    verdict,
    result.candidates.length > 0 ? list : node("p", "No vendor's envelope accepts the body and no hint points at one.", "muted"),
  );
}

function showBody(result: Analysis): void {
  if (result.body.kind === "empty") {
    section("body-view", node("p", "Empty body.", "muted"));
    return;
  }
  if (result.body.kind === "text") {
    section("body-view", node("p", `Not JSON: ${result.body.error}`, "verdict bad"));
    return;
  }
  const view = renderJson(result.body.value);
  markIssues(view, result.issues);
  section("body-view", view);
}

/** Pointing at an issue in the list lights up the value it is about in the body. */
function focusIssue(path: string, on: boolean): void {
  byId("body-view")
    .querySelectorAll<HTMLElement>(".json-node.issue")
    .forEach((marked) => {
      if ((JSON.parse(marked.dataset.issues ?? "[]") as string[]).includes(path)) marked.classList.toggle("focus", on);
    });
}

function showIssues(result: Analysis): void {
  if (result.issues.length === 0) {
    section("issues", node("p", result.envelope ? "None: the body is valid." : "—", "muted"));
    return;
  }
  const list = node("ol");
  for (const issue of result.issues) {
    const item = node("li");
    item.dataset.path = issue.path;
    item.append(node("code", issue.path || "/", "pointer"), " ", node("span", issue.keyword, "keyword"), " ", issue.message);
    item.addEventListener("mouseenter", () => focusIssue(issue.path, true));
    item.addEventListener("mouseleave", () => focusIssue(issue.path, false));
    list.append(item);
  }
  section("issues", list);
}

function showCodes(result: Analysis): void {
  if (result.codes.length === 0) {
    section("codes", node("p", "No code in the body.", "muted"));
    return;
  }
  section("codes", ...result.codes.map((code) => node("code", code, "code-chip")));
}

function retrySentence(result: Analysis): string {
  const retry = result.normalized.retry;
  if (retry.kind === "no") return "Do not retry: the request itself must change.";
  if (retry.kind === "after-refetch")
    return `Fetch the resource again, reapply the change, then retry${retry.currentVersion === undefined ? "" : ` (current version ${retry.currentVersion})`}.`;
  return `Retry with backoff${retry.afterMs === undefined ? "" : `, after ${retry.afterMs} ms`}.`;
}

function showAdvice(result: Analysis): void {
  const retry = node("p", retrySentence(result), `retry retry-${result.normalized.retry.kind}`);
  retry.id = "retry-advice";
  const info = result.statusInfo;
  const status = info
    ? [node("p", `${info.status} ${info.text}: ${info.meaning}`), ...(info.troubleshooting.length ? [listOf(info.troubleshooting)] : [])]
    : [node("p", `HTTP ${result.status}: ${result.vendor ? "not in this vendor's status catalog" : "no vendor, no catalog"}.`, "muted")];
  section("advice", retry, ...status);
  const { raw: _raw, ...normalized } = result.normalized;
  section("normalized", node("pre", JSON.stringify(normalized, null, 2), "json-view"));
}

function listOf(items: string[]): HTMLElement {
  const list = node("ul");
  for (const item of items) list.append(node("li", item));
  return list;
}

function update(): void {
  const status = form.status.value.trim() === "" ? undefined : Number(form.status.value);
  const result = analyze(
    { text: form.body.value, status: Number.isInteger(status) ? status : undefined, url: form.url.value, vendor: form.vendor.value },
    vendorPackages,
  );
  showDetection(result);
  showBody(result);
  showIssues(result);
  showCodes(result);
  showAdvice(result);
  document.body.dataset.analyzed = String(Number(document.body.dataset.analyzed ?? "0") + 1);
}

function showExample(index: number): void {
  const example = examples[index];
  if (!example) return;
  form.example.value = String(index);
  form.body.value = JSON.stringify(example.body, null, 2);
  form.vendor.value = "";
  update();
}

/** The reference pages link here as #example=<vendor>/<envelope>/<index>. */
function exampleFromHash(): number {
  const key = new URLSearchParams(location.hash.slice(1)).get("example");
  return examples.findIndex((e) => `${e.vendor}/${e.envelope}/${e.index}` === key);
}

fillPickers();
form.status.placeholder = String(defaultStatus);
form.example.addEventListener("change", () => showExample(Number(form.example.value)));
for (const input of [form.body, form.status, form.url, form.vendor]) input.addEventListener("input", update);
window.addEventListener("hashchange", () => showExample(exampleFromHash()));
update();
showExample(exampleFromHash());
