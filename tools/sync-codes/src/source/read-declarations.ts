// Reads error unions, envelopes and code lists out of .d.ts files with ts-morph.
import {
  type EnumDeclaration,
  type InterfaceDeclaration,
  Node,
  Project,
  type SourceFile,
  type Symbol as MorphSymbol,
  SyntaxKind,
  type Type,
  type TypeAliasDeclaration,
} from "ts-morph";
import { fieldTypeOf } from "./field-type.js";
import type { SourceEnvelope, SourceErrorType, SourceField } from "./source-model.js";

export class DeclarationError extends Error {}

const opened = new Map<string, SourceFile>();

/** A ts-morph project over one declaration file and whatever it imports; opened once per process (type-checking stripe's takes seconds). */
export function openDeclarations(file: string): SourceFile {
  const cached = opened.get(file);
  if (cached !== undefined) return cached;
  const project = new Project({
    compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, types: [] },
    skipAddingFilesFromTsConfig: true,
  });
  const sourceFile = project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  opened.set(file, sourceFile);
  return sourceFile;
}

/** Every member of `type Union = AError | BError | ...`, each with its literal `code`. */
export function readErrorUnion(file: SourceFile, unionName: string, discriminant = "code"): SourceErrorType[] {
  const members = unionMembers(file, unionName);
  return members.map((member) => {
    const declaration = interfaceOf(member, unionName);
    const code = declaration.getType().getProperty(discriminant)?.getTypeAtLocation(declaration).getLiteralValue();
    if (typeof code !== "string") {
      throw new DeclarationError(`${declaration.getName()} (member of ${unionName}) has no string literal "${discriminant}"`);
    }
    const description = docOf(declaration);
    return {
      typeName: declaration.getName(),
      code,
      ...(description !== undefined && { description }),
      fields: fieldsOf(declaration).filter((field) => field.name !== discriminant),
    };
  });
}

/**
 * The envelopes of `type Envelopes = A | B | _C`, nested unions flattened. An interface that
 * extends an envelope and declares nothing of its own is that envelope under another name.
 */
export function readEnvelopeUnion(file: SourceFile, unionName: string): SourceEnvelope[] {
  const envelopes: SourceEnvelope[] = [];
  const visit = (type: Type) => {
    if (type.isUnion() && type.getAliasSymbol() !== undefined) {
      type.getUnionTypes().forEach(visit);
      return;
    }
    const declaration = interfaceOf(type, unionName);
    if (envelopes.some((seen) => seen.typeName === declaration.getName())) return;
    const description = docOf(declaration);
    const base = declaration.getBaseDeclarations()[0];
    const sameShape = declaration.getMembers().length === 0 && base !== undefined;
    envelopes.push({
      typeName: declaration.getName(),
      ...(description !== undefined && { description }),
      fields: fieldsOf(declaration),
      ...(sameShape && { sameShapeAs: base.getName() }),
    });
  };
  unionMembers(file, unionName).forEach(visit);
  return envelopes;
}

/**
 * The string values of a literal union (`type Code = 'a' | 'b' | OtherString`) or a string enum,
 * found by its name path inside namespaces: `PaymentIntent.LastPaymentError.Code`.
 */
export function readStringList(file: SourceFile, path: string): string[] {
  const declaration = findByPath(file, path);
  const values = Node.isEnumDeclaration(declaration)
    ? declaration.getMembers().map((member) => member.getValue())
    : declaration
        .getType()
        .getUnionTypes()
        .map((member) => member.getLiteralValue());
  const strings = values.filter((value): value is string => typeof value === "string");
  if (strings.length === 0) throw new DeclarationError(`${path} in ${file.getBaseName()} lists no string values`);
  return strings;
}

/** The fields of one interface, own and inherited. */
export function readInterfaceFields(file: SourceFile, name: string): SourceField[] {
  const declaration = file.getInterface(name);
  if (declaration === undefined) throw new DeclarationError(`${file.getBaseName()} declares no interface ${name}`);
  return fieldsOf(declaration);
}

function unionMembers(file: SourceFile, unionName: string): Type[] {
  const alias = file.getTypeAlias(unionName);
  if (alias === undefined) throw new DeclarationError(`${file.getBaseName()} declares no type ${unionName}`);
  const type = alias.getType();
  if (!type.isUnion()) throw new DeclarationError(`${unionName} in ${file.getBaseName()} is not a union`);
  return type.getUnionTypes();
}

function interfaceOf(type: Type, unionName: string): InterfaceDeclaration {
  const declaration = type.getSymbol()?.getDeclarations().find(Node.isInterfaceDeclaration);
  if (declaration === undefined) throw new DeclarationError(`a member of ${unionName} is not an interface: ${type.getText()}`);
  return declaration;
}

/** Own and inherited properties, in declaration order; index signatures are not fields. */
function fieldsOf(declaration: InterfaceDeclaration): SourceField[] {
  return declaration
    .getType()
    .getProperties()
    .map((property) => fieldOf(property, declaration));
}

function fieldOf(property: MorphSymbol, at: InterfaceDeclaration): SourceField {
  const signature = property.getDeclarations().find(Node.isPropertySignature);
  const description = signature ? docOf(signature) : undefined;
  return {
    name: property.getName(),
    // The written type keeps its alias (`Reference`), which `T | undefined` of an optional field loses.
    type: fieldTypeOf(signature?.getTypeNode()?.getType() ?? property.getTypeAtLocation(at)),
    optional: property.isOptional(),
    ...(description !== undefined && { description }),
  };
}

/** A declaration's JSDoc text, tabs and blank lines squeezed out. */
function docOf(node: Node): string | undefined {
  if (!Node.isJSDocable(node)) return undefined;
  const text = node
    .getJsDocs()
    .map((doc) => doc.getDescription())
    .join("\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
  return text === "" ? undefined : text;
}

function findByPath(file: SourceFile, path: string): TypeAliasDeclaration | EnumDeclaration {
  const want = path.split(".");
  const found = [
    ...file.getDescendantsOfKind(SyntaxKind.TypeAliasDeclaration),
    ...file.getDescendantsOfKind(SyntaxKind.EnumDeclaration),
  ].filter((declaration) => {
    const names = [
      ...declaration
        .getAncestors()
        .filter(Node.isModuleDeclaration)
        .map((module) => module.getName())
        .reverse(),
      declaration.getName(),
    ];
    return names.length >= want.length && names.slice(-want.length).join(".") === path;
  });
  if (found.length !== 1) {
    throw new DeclarationError(`${file.getBaseName()} declares ${found.length === 0 ? "no" : `${found.length} types named`} ${path}`);
  }
  return found[0]!;
}
