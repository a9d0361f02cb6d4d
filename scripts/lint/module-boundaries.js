// ESLint rule `local/module-boundaries`: the module boundaries of src/ (docs/architecture.md).
//  1. A file in src/<a>/ imports from src/<b>/ only when the layer map (module-layers.js) lets <a> use <b>.
//  2. From another module's `*.service` file it imports only the providers that module exports from its Nest
//     module (`exports: [...]`), plus types with `import type`: the service file's helpers are that module's own.
const fs = require('node:fs');
const path = require('node:path');

function cycleIn(layers) {
  const state = new Map();
  const visit = (node, trail) => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    for (const next of layers[node] ?? []) {
      const found = visit(next, [...trail, node]);
      if (found) return found;
    }
    state.set(node, 'done');
    return null;
  };
  for (const node of Object.keys(layers)) {
    const found = visit(node, []);
    if (found) return found;
  }
  return null;
}

const exportsCache = new Map();
/** Names listed in `exports: [...]` of the @Module declarations under src/<folder>. */
function exportedProviders(srcRoot, folder) {
  const key = `${srcRoot}:${folder}`;
  if (exportsCache.has(key)) return exportsCache.get(key);
  const names = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        if (!text.includes('@Module(')) continue;
        for (const match of text.matchAll(/exports:\s*\[([^\]]*)\]/g)) {
          for (const name of match[1].split(',')) if (name.trim()) names.add(name.trim());
        }
      }
    }
  };
  const dir = path.join(srcRoot, folder);
  if (fs.existsSync(dir)) walk(dir);
  exportsCache.set(key, names);
  return names;
}

module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Module boundaries of src/: the layer map and what may be imported from a service file',
    },
    schema: [
      {
        type: 'object',
        properties: { layers: { type: 'object' }, srcRoot: { type: 'string' } },
        required: ['layers', 'srcRoot'],
        additionalProperties: false,
      },
    ],
    messages: {
      layer:
        'src/{{from}} may not import src/{{to}} ({{spec}}): src/{{from}} may use {{allowed}} (scripts/lint/module-layers.js).',
      unknown:
        'src/{{from}} is not in the layer map (scripts/lint/module-layers.js): say which folders it may use.',
      service:
        "'{{name}}' comes from another module's service file ({{spec}}): import only the providers src/{{to}} exports ({{exported}}), and types with `import type`.",
    },
  },
  create(context) {
    const { layers, srcRoot } = context.options[0];
    const cycle = cycleIn(layers);
    if (cycle) throw new Error(`module-layers.js has a cycle: ${cycle.join(' -> ')}`);
    const file = context.filename;
    const relative = path.relative(srcRoot, file);
    if (relative.startsWith('..') || !relative.includes(path.sep)) return {};
    const from = relative.split(path.sep)[0];

    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.relative(srcRoot, path.resolve(path.dirname(file), spec));
      if (target.startsWith('..') || !target.includes(path.sep)) return;
      const to = target.split(path.sep)[0];
      if (to === from) return;
      const allowed = layers[from];
      if (!allowed) {
        context.report({ node, messageId: 'unknown', data: { from } });
        return;
      }
      if (!allowed.includes(to)) {
        const data = { from, to, spec, allowed: allowed.length ? allowed.join(', ') : 'nothing' };
        context.report({ node, messageId: 'layer', data });
        return;
      }
      if (!/\.service$/.test(spec) || node.type !== 'ImportDeclaration' || node.importKind === 'type') return;
      const exported = exportedProviders(srcRoot, to);
      for (const specifier of node.specifiers) {
        if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
        const name = specifier.imported.name;
        if (exported.has(name)) continue;
        const data = { name, spec, to, exported: [...exported].join(', ') || 'none' };
        context.report({ node: specifier, messageId: 'service', data });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** Exposed for its spec. */
module.exports.cycleIn = cycleIn;
