import path from 'node:path';

/**
 * The allowed arrows between the parts of src/ (docs/architecture.md draws them). A file's
 * zone is the first folder under src/ (src/main.tsx is the composition root). `values` lists
 * the zones it may import anything from; `types` the zones it may import only types from
 * (`import type`, which TypeScript erases, so it adds no runtime edge).
 */
/** Every part with no page, store or views in it: what the store may compose. */
const EVERYTHING_PURE = [
  'engine',
  'scenario',
  'share',
  'model',
  'analysis',
  'compare',
  'editing',
  'narration',
  'quiz',
  'realdata',
  'sweep',
  'export',
];

export const ZONES = {
  engine: { values: [], types: [] },
  scenario: { values: ['engine'], types: [] },
  share: { values: ['engine', 'scenario'], types: [] },
  // Model queries: facts of the engine, for the views and the features.
  model: { values: ['engine', 'scenario'], types: [] },
  // The what-if metrics find slab-online through the model's one query for it.
  analysis: { values: ['engine', 'scenario', 'model'], types: [] },
  // Pure feature modules read the engine, the scenario format and the model queries.
  compare: { values: ['engine', 'scenario', 'model', 'analysis'], types: [] },
  editing: { values: ['engine', 'scenario', 'model'], types: [] },
  narration: { values: ['engine', 'scenario', 'model'], types: [] },
  quiz: { values: ['engine', 'scenario', 'model', 'analysis'], types: [] },
  realdata: { values: ['engine', 'scenario', 'model'], types: [] },
  sweep: { values: ['engine', 'scenario', 'model', 'analysis'], types: [] },
  // What an export file says (captions, names, metadata), apart from drawing it.
  export: { values: ['engine', 'scenario', 'share', 'model'], types: [] },
  // The store composes everything pure; never the views.
  store: {
    values: EVERYTHING_PURE,
    types: [],
  },
  // Views render the store and the model queries; of the engine they see only types.
  views: {
    values: ['store', ...EVERYTHING_PURE.filter((zone) => zone !== 'engine')],
    types: ['engine'],
  },
  cli: { values: ['engine', 'scenario', 'share', 'model', 'analysis', 'realdata', 'narration'], types: [] },
  main: { values: ['*'], types: [] },
};

const SRC = `${path.sep}src${path.sep}`;

/** The zone of an absolute path inside src/, or undefined outside it. */
export function zoneOf(file) {
  const at = file.lastIndexOf(SRC);
  if (at < 0) return undefined;
  const inside = file.slice(at + SRC.length).split(path.sep);
  if (inside.length === 1) {
    if (inside[0].startsWith('main.')) return 'main';
    // `../share` names the folder (its index); a file right under src/ other than main has no zone.
    return inside[0].includes('.') ? undefined : inside[0];
  }
  return inside[0];
}

function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const arrows = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the allowed arrows between the parts of src/' },
    schema: [],
    messages: {
      forbidden: "src/{{from}} may not import from src/{{to}} (see docs/architecture.md, 'The parts').",
      typesOnly: 'src/{{from}} may import only types from src/{{to}}: use `import type`, or ask a model query.',
      unknown: 'src/{{from}} is not a known part: add it to eslint/zones.js and docs/architecture.md.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = zoneOf(file);
    if (from === undefined) return {};
    const rule = ZONES[from];
    const check = (node, source, isTypeOnly) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      if (!rule) {
        context.report({ node, messageId: 'unknown', data: { from } });
        return;
      }
      const to = zoneOf(path.resolve(path.dirname(file), source.value));
      if (to === undefined || to === from || rule.values.includes('*') || rule.values.includes(to)) return;
      if (rule.types.includes(to)) {
        if (!isTypeOnly) context.report({ node, messageId: 'typesOnly', data: { from, to } });
        return;
      }
      context.report({ node, messageId: 'forbidden', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
    };
  },
};

export default { rules: { arrows } };
