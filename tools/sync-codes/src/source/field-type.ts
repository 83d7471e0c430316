// Turns a TypeScript type from a declaration into the JSON shape it allows.
import type { Type } from "ts-morph";
import type { FieldType } from "./source-model.js";

export function fieldTypeOf(type: Type): FieldType {
  if (type.isAny() || type.isUnknown()) return { kind: "any" };
  if (type.isString() || type.isStringLiteral() || type.isTemplateLiteral()) return { kind: "string" };
  if (type.isNumber() || type.isNumberLiteral()) return { kind: "number" };
  if (type.isBoolean() || type.isBooleanLiteral()) return { kind: "boolean" };
  if (type.isNull()) return { kind: "null" };
  if (type.isEnum() || type.isEnumLiteral()) return enumType(type);
  if (type.isArray()) return { kind: "array", items: fieldTypeOf(type.getArrayElementTypeOrThrow()) };
  if (type.isUnion())
    return unionType(
      type.getUnionTypes().filter((member) => !member.isUndefined()),
      type.getAliasSymbol()?.getName(),
    );
  // `string & {}` (an open string union's escape hatch) is still a string.
  if (type.isIntersection() && type.getIntersectionTypes().some((member) => member.isString())) return { kind: "string" };
  const name = type.getAliasSymbol()?.getName() ?? type.getSymbol()?.getName();
  return name !== undefined && name !== "__type" && name !== "__object" ? { kind: "object", name } : { kind: "object" };
}

function enumType(type: Type): FieldType {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  return members.every((member) => typeof member.getLiteralValue() === "number") ? { kind: "number" } : { kind: "string" };
}

/** A union of object types under one alias (`ErrorObject`, `Reference`) is that one named object. */
function unionType(members: Type[], alias: string | undefined): FieldType {
  const types: FieldType[] = [];
  for (const member of members) {
    const next = fieldTypeOf(member);
    if (next.kind === "any") return next;
    const flat = next.kind === "union" ? next.members : [next];
    for (const one of flat) if (!types.some((seen) => sameFieldType(seen, one))) types.push(one);
  }
  if (types.length === 1) return types[0]!;
  if (alias !== undefined && types.every((one) => one.kind === "object")) return { kind: "object", name: alias };
  return { kind: "union", members: types };
}

function sameFieldType(a: FieldType, b: FieldType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "array" && b.kind === "array") return sameFieldType(a.items, b.items);
  if (a.kind === "object" && b.kind === "object") return a.name === b.name;
  return a.kind !== "union";
}

/** How a report shows a field type: `string`, `ResourceIdentifier[]`, `string | number`. */
export function describeFieldType(type: FieldType): string {
  switch (type.kind) {
    case "array":
      return `${type.items.kind === "union" ? `(${describeFieldType(type.items)})` : describeFieldType(type.items)}[]`;
    case "object":
      return type.name ?? "object";
    case "union":
      return type.members.map(describeFieldType).join(" | ");
    default:
      return type.kind;
  }
}
