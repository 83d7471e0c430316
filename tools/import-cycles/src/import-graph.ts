// The graph of relative imports among a folder tree's TypeScript modules, type-only imports and
// `export ... from` included (a cycle of types still ties modules into one unit to read and change),
// and its cycles.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Project, SyntaxKind } from "ts-morph";

export type ImportGraph = Map<string, Set<string>>;

/** Every .ts/.mts/.cts module under the folders (skipping node_modules and dist), with the modules it imports. */
export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const project = new Project({ useInMemoryFileSystem: false, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const path of listModules(join(root, folder))) {
      const file = project.addSourceFileAtPath(path);
      const specifiers = [
        ...file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()),
        ...file.getExportDeclarations().flatMap((declaration) => declaration.getModuleSpecifierValue() ?? []),
        // `import("./x.js").Type` in a type position
        ...file.getDescendantsOfKind(SyntaxKind.ImportType).map((node) => node.getArgument().getText().slice(1, -1)),
      ];
      const targets = new Set(
        specifiers.flatMap((specifier) => resolveRelative(path, specifier) ?? []).map((target) => relative(root, target)),
      );
      graph.set(relative(root, path), targets);
    }
  }
  return graph;
}

/** Each cycle once, as the modules around it (strongly connected components of more than one module, or a self-import). */
export function cyclesOf(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

function listModules(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    if (statSync(path).isDirectory()) return listModules(path);
    return /\.[mc]?ts$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** `./x.js` from a.ts -> the x.ts (or x/index.ts) beside it; packages are not followed. */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.(m|c)?js$/, ".$1ts"), `${base}.ts`, join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
