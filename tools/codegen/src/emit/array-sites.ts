// Names each array node of an envelope's graph by its place (the path of keys, property names,
// list positions and definition keys that leads to it: one node per path), so that the checks that note where an array
// walk stopped and the collector that resumes there (runtime/check-stops.ts) agree on the site,
// although the collectors are compiled from the shipped copy of the graph (emit-explain-data.ts).
import { pointerToken } from "../load/schema-error.js";
import type { ArrayNode, SchemaGraph, SchemaNode } from "../model/schema-node.js";

const sitesByGraph = new WeakMap<SchemaGraph, Map<ArrayNode, string>>();

/** The site of an array node of `graph` (`prefix`: the envelope, so that sites are unique per package); undefined for a node not in it. */
export function arraySite(graph: SchemaGraph, prefix: string, node: ArrayNode): string | undefined {
  let sites = sitesByGraph.get(graph);
  if (!sites) {
    sites = new Map();
    visit(graph.root, prefix, sites);
    for (const key of Object.keys(graph.definitions).sort()) visit(graph.definitions[key]!, `${prefix}#${key}`, sites);
    sitesByGraph.set(graph, sites);
  }
  return sites.get(node);
}

function visit(node: SchemaNode, path: string, sites: Map<ArrayNode, string>): void {
  if (node.kind === "array") {
    if (sites.has(node)) return; // a node shared by two places: its first place names it
    sites.set(node, path);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && node.kind === "object") {
      // By name: the shipped graph drops a union case's tag property, which shifts positions.
      for (const property of node.properties) visit(property.node, `${path}/properties/${pointerToken(property.name)}`, sites);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isNode(item)) visit(item, `${path}/${key}${index}`, sites);
      });
    } else if (isNode(value)) visit(value, `${path}/${key}`, sites);
  }
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === "string";
}
