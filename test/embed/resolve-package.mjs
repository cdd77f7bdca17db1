// An esbuild plugin resolving `myanmar-ties` and `myanmar-ties/<entry>` through this
// package's own `exports` map to dist/, exactly as a user's bundler resolves the npm package.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function packageSelf(root = process.cwd()) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  return {
    name: 'package-self',
    setup(build) {
      build.onResolve({ filter: /^myanmar-ties(\/.*)?$/ }, (args) => {
        const key = args.path === 'myanmar-ties' ? '.' : `.${args.path.slice('myanmar-ties'.length)}`;
        const target = pkg.exports[key];
        if (!target) return { errors: [{ text: `myanmar-ties does not export "${key}"` }] };
        return { path: resolve(root, typeof target === 'string' ? target : target.default) };
      });
    },
  };
}
