// Minifies the CSS inside Lit's css`` literals of our own modules, for the browser bundles:
// terser leaves template text alone, and the styles are a large share of a widget's bytes.
//
// Only comments and whitespace change: a comment becomes nothing, a run of whitespace one
// space, or nothing beside `{ } ;`, before `,` and after `:` (never before `:`, where
// `a :hover` and `a:hover` differ; never after `,`, which var() and color-mix() keep as
// written in custom properties, where a script reading them would see the difference).
// Quoted strings are copied as they are. Line breaks go too (0.15 kB gzip of a widget's
// file); the plugin returns a source map of its edits, so the maps still point at the lines
// written. `${}` expressions are not touched: the edges of the text around one keep a space
// where they had whitespace.
import MagicString from 'magic-string';

const OPEN = new Set(['{', '}', ';', ':']);
const CLOSE = new Set(['{', '}', ';', ',']);

/**
 * One piece of a css`` template's text. `start`/`end`: whether it begins the template (no
 * expression before it) or ends it (none after it); edges next to an expression keep a space.
 */
export function minifyCssText(text, { start = true, end = true } = {}) {
  // Pass 1: comments out, strings kept whole.
  let s = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      s += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const j = text.indexOf('*/', i + 2);
      const stop = j < 0 ? text.length : j + 2;
      // A comment separates tokens like whitespace does.
      s += ' ';
      i = stop;
    } else {
      s += c;
      i++;
    }
  }
  // Pass 2: whitespace runs, outside strings.
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!/\s/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && /\s/.test(s[j])) j++;
    const before = out.length ? out[out.length - 1] : start ? '' : null;
    const after = j < s.length ? s[j] : end ? '' : null;
    // null: an expression is on that side, whose text we cannot see: keep a separator.
    const removable = before === '' || after === '' || (before !== null && OPEN.has(before)) || (after !== null && CLOSE.has(after));
    out += removable ? '' : ' ';
    i = j;
  }
  return out;
}

/** A rollup plugin: css`` literals in our own modules (after TypeScript is stripped). */
export function cssLiterals({ include = /\/src\/.*\.[cm]?[jt]s$/ } = {}) {
  return {
    name: 'css-literals',
    transform(code, id) {
      if (!include.test(id) || id.includes('/node_modules/') || !code.includes('css`')) return null;
      const ast = this.parse(code);
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          const quasis = node.quasi.quasis;
          quasis.forEach((q, i) => {
            // The parser's raw text must be the code's, or we would edit the wrong characters.
            if (code.slice(q.start, q.end) !== q.value.raw) throw new Error(`css-literals: unexpected template positions in ${id}`);
            edits.push({ from: q.start, to: q.end, text: minifyCssText(q.value.raw, { start: i === 0, end: i === quasis.length - 1 }) });
          });
        }
        for (const key of Object.keys(node)) {
          const v = node[key];
          if (Array.isArray(v)) v.forEach(visit);
          else if (v && typeof v === 'object') visit(v);
        }
      };
      visit(ast);
      if (edits.length === 0) return null;
      const out = new MagicString(code);
      for (const e of edits) {
        if (e.to === e.from) continue;
        if (e.text === '') out.remove(e.from, e.to);
        else out.overwrite(e.from, e.to, e.text);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
