// Two surfaces -> the changes between them, each with the semver bump it calls for.
// The rules, also a table in the root README:
//   minor: new envelope, new exported type, new error code, new optional field, new known value (also of a field that was a bare
//          string), a field accepting more types, new status
//   major: envelope, exported type name, field or code removed or renamed; field made required; field made optional (readers must handle
//          undefined); a field accepting fewer types or changing shape; status removed
//   patch: descriptions, examples or status texts only
import type { Surface } from "./surface.js";

export type Bump = "major" | "minor" | "patch";

export interface SurfaceChange {
  bump: Bump;
  summary: string;
}

export function diffSurface(before: Surface, after: Surface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const add = (bump: Bump, summary: string) => changes.push({ bump, summary });

  for (const name of after.envelopes) if (!before.envelopes.includes(name)) add("minor", `new envelope \`${name}\``);
  for (const name of before.envelopes) if (!after.envelopes.includes(name)) add("major", `envelope \`${name}\` removed`);
  for (const code of after.codes) if (!before.codes.includes(code)) add("minor", `new error code \`${code}\``);
  for (const code of before.codes) if (!after.codes.includes(code)) add("major", `error code \`${code}\` removed`);

  const namesBefore = before.typeNames;
  for (const name of namesBefore) {
    if (!after.typeNames.includes(name) && !before.envelopes.includes(name)) add("major", `exported type \`${name}\` removed or renamed`);
  }
  for (const name of after.typeNames) {
    if (!namesBefore.includes(name) && !after.envelopes.includes(name)) add("minor", `new exported type \`${name}\``);
  }
  for (const [type, fields] of Object.entries(before.types)) {
    const next = after.types[type];
    if (!next) {
      if (!before.envelopes.includes(type) && !namesBefore.includes(type)) add("major", `type \`${type}\` removed`);
      continue;
    }
    for (const [field, was] of Object.entries(fields)) {
      const now = next[field];
      const where = `\`${type}.${field}\``;
      if (!now) add("major", `field ${where} removed`);
      else {
        if (!was.required && now.required) add("major", `field ${where} made required`);
        if (was.required && !now.required) add("major", `field ${where} made optional`);
        if (was.shape !== now.shape) {
          const widened = was.types && now.types && was.types.every((t) => now.types!.includes(t)) && now.types.length > was.types.length;
          const knownOnly = sameExceptKnownValues(was.shape, now.shape);
          if (widened) add("minor", `field ${where} accepts ${now.types!.join(" | ")}`);
          else if (!knownOnly) add("major", `field ${where} changed type`);
        }
      }
    }
    for (const [field, now] of Object.entries(next)) {
      if (!(field in fields))
        add(now.required ? "major" : "minor", `new ${now.required ? "required" : "optional"} field \`${type}.${field}\``);
    }
  }
  for (const [where, values] of Object.entries(after.knownValues)) {
    const was = before.knownValues[where] ?? [];
    const added = values.filter((value) => !was.includes(value));
    if (added.length > 0 && where in before.knownValues) add("minor", `\`${where}\` knows ${added.map((v) => `\`${v}\``).join(", ")}`);
    else if (added.length > 0 && fieldExisted(before, where)) add("minor", `\`${where}\` lists ${added.length} known values`);
  }
  for (const status of Object.keys(after.statuses)) if (!(status in before.statuses)) add("minor", `documents status ${status}`);
  for (const status of Object.keys(before.statuses)) {
    if (!(status in after.statuses)) add("major", `status ${status} no longer documented`);
    else if (before.statuses[Number(status)] !== after.statuses[Number(status)]) add("patch", `status ${status} description updated`);
  }
  if (changes.length === 0 && before.documentation !== after.documentation) add("patch", "documentation (descriptions, examples) updated");
  return changes;
}

/**
 * Adding or removing known values of an open string changes no accepted value: not a type change.
 * An open string accepts every string, so a bare string that gets known values is no type change
 * either. A closed enum's values are its type: changing them is one.
 */
function sameExceptKnownValues(before: string, after: string): boolean {
  const strip = (shape: string) =>
    JSON.stringify(JSON.parse(shape), (_key, value) => (value?.kind === "openEnum" ? { kind: "string", typed: true } : value));
  return strip(before) === strip(after);
}

/** `Type.field` of a known-values key was a field of the surface. */
function fieldExisted(surface: Surface, where: string): boolean {
  const dot = where.lastIndexOf(".");
  return surface.types[where.slice(0, dot)]?.[where.slice(dot + 1)] !== undefined;
}

export function highestBump(changes: SurfaceChange[]): Bump | undefined {
  for (const bump of ["major", "minor", "patch"] as const) if (changes.some((change) => change.bump === bump)) return bump;
  return undefined;
}
