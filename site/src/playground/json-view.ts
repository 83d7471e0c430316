// Renders a JSON value as indented text in which every value is an element named by its JSON
// Pointer (data-pointer), so that an issue's path can be found and marked in place. DOM nodes
// only, no HTML strings: the body is untrusted text.
import { childPointer, parentPointer } from "./json-pointer.js";
import type { ValidationIssue } from "./vendor-package.js";

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderValue(value: unknown, pointer: string, indent: string): HTMLElement {
  const node = el("span", "json-node");
  node.dataset.pointer = pointer;
  if (Array.isArray(value) || (typeof value === "object" && value !== null)) {
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    if (entries.length === 0) {
      node.append(el("span", "json-punct", `${open}${close}`));
      return node;
    }
    node.append(el("span", "json-punct", open), "\n");
    entries.forEach(([key, child], index) => {
      node.append(`${indent}  `);
      if (!Array.isArray(value)) node.append(el("span", "json-key", JSON.stringify(key)), el("span", "json-punct", ": "));
      node.append(renderValue(child, childPointer(pointer, key), `${indent}  `));
      if (index < entries.length - 1) node.append(el("span", "json-punct", ","));
      node.append("\n");
    });
    node.append(indent, el("span", "json-punct", close));
    return node;
  }
  const kind = value === null ? "null" : typeof value;
  node.append(el("span", `json-${kind}`, JSON.stringify(value) ?? String(value)));
  return node;
}

export function renderJson(value: unknown): HTMLElement {
  const root = el("pre", "json-view");
  root.append(renderValue(value, "", ""));
  return root;
}

/**
 * Marks the value each issue points at; an issue about a missing member (`required`) points at a
 * value that is not there, so its nearest present ancestor is marked. Each marked element lists
 * the issue paths it stands for in data-issues (a JSON array).
 */
export function markIssues(view: HTMLElement, issues: ValidationIssue[]): void {
  const byPointer = new Map<string, HTMLElement>();
  view.querySelectorAll<HTMLElement>("[data-pointer]").forEach((node) => {
    byPointer.set(node.dataset.pointer!, node);
  });
  for (const issue of issues) {
    let pointer: string | undefined = issue.path;
    while (pointer !== undefined && !byPointer.has(pointer)) pointer = parentPointer(pointer);
    const node = byPointer.get(pointer ?? "");
    if (!node) continue;
    node.classList.add("issue");
    const paths = new Set<string>(JSON.parse(node.dataset.issues ?? "[]"));
    paths.add(issue.path);
    node.dataset.issues = JSON.stringify([...paths]);
    node.title = [node.title, `${issue.path || "/"}: ${issue.message}`].filter(Boolean).join("\n");
  }
}
