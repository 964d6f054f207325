// ESLint rule `oa/layering`: each top-level folder may import only what its runtime allows.
//   shared/   only shared/ and pure packages: no node:*, electron, DOM-bound or main-only packages
//   renderer/ renderer/ and shared/: no node:*, no electron, no main-only packages
//   electron/ electron/ and shared/ (any package)
// Relative imports are resolved against the importing file, so `../../electron/x` from shared/ fails.

import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const layers = ['shared', 'renderer', 'electron', 'test', '.config', 'assets'];
const mainOnlyPackages = ['better-sqlite3', 'sharp', 'electron-store', '@line/bot-sdk'];
const uiPackages = ['react', 'react-dom', 'react-konva', 'konva', 'i18next', 'react-i18next'];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Which folders each layer may import from; `null` means any. */
const allowedLayers = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  electron: ['electron', 'shared'],
  test: null,
  '.config': null,
};

/** Packages each layer may not import (by name or name/subpath). */
const forbiddenPackages = {
  shared: ['electron', ...mainOnlyPackages, ...uiPackages],
  renderer: ['electron', ...mainOnlyPackages],
  electron: ['react', 'react-dom', 'react-konva', 'konva'],
};

function layerOf(file) {
  const relative = path.relative(root, path.resolve(root, file));
  if (relative.startsWith('..')) return 'outside';
  const top = relative.split(path.sep)[0];
  return layers.includes(top) ? top : 'root';
}

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep shared/, renderer/ and electron/ to the imports their runtime allows.' },
    schema: [],
    messages: {
      layer: '{{from}}/ must not import from {{to}}/ ("{{source}}"): {{why}}',
      builtin: '{{from}}/ must not import Node built-in "{{source}}": {{why}}',
      package: '{{from}}/ must not import "{{source}}": {{why}}',
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    const why = {
      shared: 'shared/ is pure TypeScript used by both processes (no Node, DOM, Electron or UI code).',
      renderer: 'the renderer talks to the main process only through the typed bridge.',
      electron: 'the main process does not render UI.',
    }[from];

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const allowed = allowedLayers[from];
        if (!allowed) return;
        const to = layerOf(path.resolve(path.dirname(context.filename), source));
        if (!allowed.includes(to)) {
          context.report({ node, messageId: 'layer', data: { from, to, source, why } });
        }
        return;
      }
      const isBuiltin = source.startsWith('node:') || builtins.has(packageName(source));
      if (isBuiltin && (from === 'shared' || from === 'renderer')) {
        context.report({ node, messageId: 'builtin', data: { from, source, why } });
        return;
      }
      const forbidden = forbiddenPackages[from];
      if (forbidden?.includes(packageName(source))) {
        context.report({ node, messageId: 'package', data: { from, source, why } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value);
      },
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') {
          check(arg, arg.value);
        }
      },
    };
  },
};

export default { rules: { layering: rule } };
