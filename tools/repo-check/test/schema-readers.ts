// Finds code that reads schemas/ itself instead of through the generator's loader: a file-system
// read, a process (git show, cat; a `git(...)` helper) or an import whose path names a `schemas` folder, directly or
// through a variable built from such a path. Copies and writes are not reads: the generator
// loads what a test or benchmark copies.
import { posix } from "node:path";
import { type Node, Project, SyntaxKind } from "ts-morph";

/** A read of schemas/ at one place of a module. */
export interface SchemaRead {
  line: number;
  code: string;
}

const READS = new Set([
  "readFileSync",
  "readFile",
  "readdirSync",
  "readdir",
  "opendirSync",
  "opendir",
  "existsSync",
  "exists",
  "statSync",
  "stat",
  "lstatSync",
  "lstat",
  "accessSync",
  "access",
  "createReadStream",
  "globSync",
  "glob",
  "watch",
  "execFileSync",
  "execFile",
  "execSync",
  "exec",
  "spawnSync",
  "spawn",
  "git",
]);

/** A path segment `schemas`, as in "schemas", `${root}schemas/${vendor}`, "../../schemas/x.json" or "HEAD:schemas/x". */
const SCHEMAS_SEGMENT = /(^|[/\\:])schemas([/\\]|$)/;
/** Names that say they hold the schemas folder, e.g. a `schemasDir` parameter. */
const SCHEMAS_NAME = /^schemas(Dir|Root|Folder|Path)$/i;

const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });

export function findSchemaReads(source: string, fileName = "module.ts"): SchemaRead[] {
  const file = project.createSourceFile(fileName, source, { overwrite: true });
  try {
    const tainted = taintedNames(file);
    const mentionsSchemas = (node: Node): boolean =>
      [node, ...node.getDescendants()].some((part) => {
        if (part.isKind(SyntaxKind.Identifier)) return SCHEMAS_NAME.test(part.getText()) || tainted.has(part.getText());
        return isLiteralText(part) && SCHEMAS_SEGMENT.test(literalText(part));
      });
    const reads: SchemaRead[] = [];
    for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      const name = callee.isKind(SyntaxKind.PropertyAccessExpression) ? callee.getName() : callee.getText();
      if (READS.has(name) && call.getArguments().some(mentionsSchemas)) reads.push(at(call));
      // import("…/schemas/x.json")
      if (callee.isKind(SyntaxKind.ImportKeyword) && call.getArguments().some(mentionsSchemas)) reads.push(at(call));
    }
    // A static import of a file in the repository's schemas/ (relative specifiers resolved from fileName).
    for (const declaration of file.getImportDeclarations()) {
      const specifier = declaration.getModuleSpecifierValue();
      if (specifier.startsWith(".") && posix.join(posix.dirname(fileName), specifier).startsWith("schemas/")) reads.push(at(declaration));
    }
    return reads.sort((a, b) => a.line - b.line);
  } finally {
    project.removeSourceFile(file);
  }
}

/** Variables whose value is built from a schemas/ path (or from another such variable), to a fixed point. */
function taintedNames(file: Node): Set<string> {
  const tainted = new Set<string>();
  const declarations = file.getDescendantsOfKind(SyntaxKind.VariableDeclaration);
  for (let grew = true; grew; ) {
    grew = false;
    for (const declaration of declarations) {
      const name = declaration.getNameNode();
      const initializer = declaration.getInitializer();
      if (!name.isKind(SyntaxKind.Identifier) || !initializer || tainted.has(name.getText())) continue;
      const fromSchemas = ownParts(initializer).some(
        (part) =>
          (part.isKind(SyntaxKind.Identifier) && (tainted.has(part.getText()) || SCHEMAS_NAME.test(part.getText()))) ||
          (isLiteralText(part) && SCHEMAS_SEGMENT.test(literalText(part))),
      );
      if (fromSchemas) {
        tainted.add(name.getText());
        grew = true;
      }
    }
  }
  return tainted;
}

/** The node and its descendants, except inside functions it passes on (`make(() => read("schemas"))` is not a path). */
function ownParts(initializer: Node): Node[] {
  const parts: Node[] = [];
  const visit = (node: Node) => {
    parts.push(node);
    const nestedFunction = node !== initializer && (node.isKind(SyntaxKind.ArrowFunction) || node.isKind(SyntaxKind.FunctionExpression));
    if (!nestedFunction) node.forEachChild(visit);
  };
  visit(initializer);
  return parts;
}

function isLiteralText(node: Node): boolean {
  return (
    node.isKind(SyntaxKind.StringLiteral) ||
    node.isKind(SyntaxKind.NoSubstitutionTemplateLiteral) ||
    node.isKind(SyntaxKind.TemplateHead) ||
    node.isKind(SyntaxKind.TemplateMiddle) ||
    node.isKind(SyntaxKind.TemplateTail)
  );
}

/** The literal's text; a template piece keeps its neighbours' slashes (`${root}schemas/` reads "schemas/"). */
function literalText(node: Node): string {
  if (node.isKind(SyntaxKind.StringLiteral) || node.isKind(SyntaxKind.NoSubstitutionTemplateLiteral)) return node.getLiteralText();
  const raw = node.getText();
  return raw.replace(/^[`}]/, "").replace(/(\$\{|`)$/, "");
}

function at(node: Node): SchemaRead {
  return { line: node.getStartLineNumber(), code: node.getText().split("\n")[0]!.slice(0, 120) };
}
