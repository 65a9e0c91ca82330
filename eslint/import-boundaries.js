import path from 'node:path';

/**
 * A small local rule that keeps imports flowing one way (logic ← state ← components/charts ← embed).
 * It resolves each relative import against the importing file, so `../components/x` from
 * `src/state` is caught however it is spelled.
 *
 * Options: { layers: [{ from: 'src/logic', allowPackages: false, allowDirs: ['src/logic'] },
 *                     { from: 'src/state', denyPackages: ['recharts'], denyDirs: [...] }] }
 */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the direction of imports between the layers of src/.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { forbidden: '{{from}} may not import "{{source}}": {{why}}' },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const layers = context.options[0]?.layers ?? [];
    const layer = layers.find((l) => file === l.from || file.startsWith(`${l.from}/`));
    if (!layer) return {};

    function check(node, source) {
      if (typeof source !== 'string') return;
      const relative = source.startsWith('./') || source.startsWith('../');
      if (relative) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        const inside = (dir) => target === dir || target.startsWith(`${dir}/`);
        if (layer.allowDirs && !layer.allowDirs.some(inside)) {
          context.report({ node, messageId: 'forbidden', data: { from: layer.from, source, why: `only ${layer.allowDirs.join(', ')} may be imported` } });
        } else if (layer.denyDirs?.some(inside)) {
          context.report({ node, messageId: 'forbidden', data: { from: layer.from, source, why: 'it belongs to a layer above' } });
        }
        return;
      }
      const pkg = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      if (layer.allowPackages === false) {
        context.report({ node, messageId: 'forbidden', data: { from: layer.from, source, why: 'it is pure TypeScript and imports nothing outside itself' } });
      } else if (layer.denyPackages?.includes(pkg)) {
        context.report({ node, messageId: 'forbidden', data: { from: layer.from, source, why: `${pkg} belongs to a layer above` } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'import-boundaries': rule } };
