// ESLint rule `oa/no-import-cycles`: no module may import, directly or through others, a module that
// imports it back — type-only imports included (import-x's no-cycle skips those). A type cycle still
// ties the modules into one unit that cannot be read, moved or tested alone.
// The project's import graph is read once per lint run from the files on disk (imports and
// re-exports, static and dynamic); each file then reports the imports of its own that close a cycle.

import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sourceFolders = ['shared', 'electron', 'renderer'];
const extensions = ['.ts', '.tsx', '.mjs', '.js'];
const importPattern =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function listSources(folder, out = []) {
  let entries;
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) listSources(full, out);
    else if (extensions.includes(path.extname(entry.name)) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The file a relative specifier names, or null (packages, assets such as .css). */
export function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...extensions.map((e) => base + e),
    ...extensions.map((e) => path.join(base, `index${e}`)),
  ];
  for (const candidate of candidates) {
    if (
      extensions.includes(path.extname(candidate)) &&
      fs.existsSync(candidate) &&
      fs.statSync(candidate).isFile()
    ) {
      return candidate;
    }
  }
  return null;
}

/** Relative imports of a file's text, resolved to files. */
export function importsOf(file, text) {
  const found = new Set();
  for (const match of text.matchAll(importPattern)) {
    const target = resolveSpecifier(file, match[1] ?? match[2]);
    if (target) found.add(target);
  }
  return found;
}

let graph = null;

function projectGraph() {
  if (graph) return graph;
  graph = new Map();
  for (const folder of sourceFolders) {
    for (const file of listSources(path.join(root, folder))) {
      graph.set(file, importsOf(file, fs.readFileSync(file, 'utf8')));
    }
  }
  return graph;
}

/** A path from `start` back to `goal` through the graph, or null. */
export function pathBack(edges, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const next of edges.get(current) ?? []) {
      if (next === goal) {
        const route = [current];
        for (let step = previous.get(current); step; step = previous.get(step)) route.unshift(step);
        return route;
      }
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the project’s modules, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{route}}. Move what both need into a module of its own.' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!sourceFolders.some((folder) => file.startsWith(path.join(root, folder) + path.sep))) return {};
    const edges = projectGraph();
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(file, specifier);
      if (!target) return;
      const route = target === file ? [] : pathBack(edges, target, file);
      if (!route) return;
      const names = [file, ...route, file].map((f) => path.relative(root, f));
      context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'no-import-cycles': rule } };
