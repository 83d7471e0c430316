// The status-code catalog and the vendor's identity, as data.
import { VariableDeclarationKind } from "ts-morph";
import { extractSurface, readSurfaceEnvelope } from "../model/surface.js";
import type { VendorModel } from "../model/vendor-model.js";
import { coreNamesFor } from "./core-names.js";
import { emitErrorCategories } from "./emit-error-categories.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitCatalog(model: VendorModel): GeneratedFile[] {
  const file = createSourceFile();
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: ["lookupStatus", { name: "StatusCodeInfo", isTypeOnly: true }],
  });
  const entries = model.statusCodes.map((info) => `${info.status}: ${JSON.stringify(info, null, 2)}`);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`${model.displayName}'s documented HTTP status codes, from ${model.docs[0]}.`],
    declarations: [{ name: "statusCodes", type: "Readonly<Record<number, StatusCodeInfo>>", initializer: `{\n${entries.join(",\n")}\n}` }],
  });
  file.addFunction({
    isExported: true,
    name: "describeStatus",
    parameters: [{ name: "status", type: "number" }],
    returnType: "StatusCodeInfo | undefined",
    docs: ["What the vendor documents for an HTTP status: text, meaning, retry advice, troubleshooting."],
    statements: "return lookupStatus(statusCodes, status);",
  });
  file.addExportDeclaration({
    moduleSpecifier: "./core.js",
    namedExports: [...coreNamesFor.catalog],
  });
  file.addExportDeclaration({ moduleSpecifier: "./known-values.js" });
  file.addExportDeclaration({ moduleSpecifier: "./error-categories.js", namedExports: ["errorCategories"] });
  return [
    { path: "src/catalog.ts", content: printSourceFile(file, generatedHeader(model)) },
    emitKnownValues(model),
    emitErrorCategories(model),
  ];
}

/** The documented values of open fields: one constant per field, so that a reader of one bundles only that list. */
function emitKnownValues(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const knownValues = openFieldValues(model);
  const fields = Object.keys(knownValues).map((field) => ({ field, name: knownValuesName(field) }));
  const names = [...fields.map((each) => each.name), "knownErrorCodes"];
  const clash = fields.find((each, index) => names.indexOf(each.name) !== index);
  if (clash) throw new Error(`schemas/${model.name}: two open fields both export ${clash.name}; rename one type title`);
  // Fields that share their values (the same codes in two envelopes) share one list.
  const firstWith = new Map<string, string>();
  for (const { field, name } of fields) {
    const values = JSON.stringify(knownValues[field], null, 2);
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Documented values of \`${field}\`: other values still validate.`],
      declarations: [{ name, type: "readonly string[]", initializer: firstWith.get(values) ?? values }],
    });
    if (!firstWith.has(values)) firstWith.set(values, name);
  }
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Documented values of open string fields, by `Type.field` (e.g. known messages or codes): other values still validate."],
    declarations: [
      {
        name: "knownValues",
        type: "Readonly<Record<string, readonly string[]>>",
        initializer: `{\n${fields.map(({ field, name }) => `  ${JSON.stringify(field)}: ${name}`).join(",\n")}\n}`,
      },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every documented error code with a type of its own (error-kinds.ts `errorCodes`, without the descriptions)."],
    declarations: [
      {
        name: "knownErrorCodes",
        type: "readonly string[]",
        initializer: JSON.stringify([...new Set(model.errorKinds.map((kind) => kind.code))], null, 2),
      },
    ],
  });
  return { path: "src/known-values.ts", content: printSourceFile(file, generatedHeader(model)) };
}

/** Each documented-values constant of known-values.ts by its sorted values (JSON): the first constant that holds them. */
export function knownValueLists(model: VendorModel): Map<string, string> {
  const lists = new Map<string, string>();
  for (const [field, values] of Object.entries(openFieldValues(model))) {
    const key = JSON.stringify([...values].sort());
    if (!lists.has(key)) lists.set(key, knownValuesName(field));
  }
  const codes = JSON.stringify([...new Set(model.errorKinds.map((kind) => kind.code))].sort());
  if (!lists.has(codes)) lists.set(codes, "knownErrorCodes");
  return lists;
}

/** The exported constant names of the vendor's open fields, in schema order. */
export function knownValueNames(model: VendorModel): string[] {
  return [...Object.keys(openFieldValues(model)).map(knownValuesName), "knownErrorCodes"];
}

function openFieldValues(model: VendorModel): Record<string, string[]> {
  return extractSurface(
    model.envelopes.map((e) => readSurfaceEnvelope(e.schema, e.graph)),
    [],
  ).knownValues;
}

/** `"ApiError.code"` -> `knownApiErrorCode`: the exported constant of one field's documented values. */
export function knownValuesName(field: string): string {
  return `known${field
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")}`;
}
