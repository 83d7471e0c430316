// src/error-categories.ts: the vendor's classification as compact data for /core (the umbrella's
// category, blame and expected). Only what the status or envelope does not already say is kept, so
// a `commerce-errors/<vendor>` bundle carries dozens of codes, not hundreds.
import { httpStatusCategory, type ErrorCategory, type ErrorCategoryData } from "@commerce-errors/runtime";
import { VariableDeclarationKind } from "ts-morph";
import type { CategoriesModel, VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

/** The data /core ships: what `categorize` (runtime/error-category.ts) needs to give every documented code its category. */
export function compactCategories(categories: CategoriesModel): ErrorCategoryData {
  const statuses: Record<number, ErrorCategory> = {};
  for (const [status, category] of Object.entries(categories.statuses)) {
    if (httpStatusCategory(Number(status)) !== category) statuses[Number(status)] = category;
  }
  const contextCategory = (context: { status?: number; envelope?: string } | undefined): ErrorCategory | undefined =>
    context?.status !== undefined
      ? (categories.statuses[context.status] ?? httpStatusCategory(context.status))
      : context?.envelope !== undefined
        ? categories.envelopes[context.envelope]
        : undefined;
  const codes: Partial<Record<ErrorCategory, string[]>> = {};
  for (const { code, category, context } of categories.codes) {
    if (contextCategory(context) !== category) codes[category] = [...(codes[category] ?? []), code];
  }
  const shopperMessages: Record<string, string[]> = {};
  for (const { key, codes: list } of categories.shopperMessages) shopperMessages[key] = [...(shopperMessages[key] ?? []), ...list];
  return { statuses, codes, envelopes: categories.envelopes, shopperMessages };
}

export function emitErrorCategories(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addImportDeclaration({ moduleSpecifier: runtimeModule, isTypeOnly: true, namedImports: ["ErrorCategoryData"] });
  const data = compactCategories(model.categories);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      [
        `What kind of failure ${model.displayName}'s codes and error statuses are (schemas/${model.name}/categories.json, each mapping`,
        "with its source), without what the status or envelope already gives: read it with `categorize` of @commerce-errors/runtime.",
      ].join("\n"),
    ],
    declarations: [{ name: "errorCategories", type: "ErrorCategoryData", initializer: JSON.stringify(data, null, 2) }],
  });
  return { path: "src/error-categories.ts", content: printSourceFile(file, generatedHeader(model)) };
}
