// Every problem the generator finds in schemas/ is reported as file + JSON Pointer + reason.

export interface SchemaProblem {
  file: string;
  pointer: string;
  reason: string;
}

export class SchemaError extends Error {
  readonly problems: SchemaProblem[];

  constructor(problems: SchemaProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "SchemaError";
    this.problems = problems;
  }
}

export function formatProblem({ file, pointer, reason }: SchemaProblem): string {
  return `${file}#${pointer}: ${reason}`;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
