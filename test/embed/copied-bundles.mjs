// A CDN folder holding only what the build says to copy for a one-file bundle, served under a
// sub-path: /copied/<name>/news/static/mt/… holds dist/<name>.js and the chunks it can load
// (scripts/one-file.mjs), really copied into a folder of their own on first request;
// /alone/<name>/news/static/mt/… holds the bundle file alone. Nothing else answers there.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { oneFileNeeds } from '../../scripts/one-file.mjs';

const root = join('.shots', `copied-${process.pid}`);
const made = new Set();
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

function folder(kind, name) {
  const dir = join(root, kind, name);
  if (!made.has(dir)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of kind === 'copied' ? oneFileNeeds(name) : [`${name}.js`]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      cpSync(join('dist', f), join(dir, f));
    }
    made.add(dir);
  }
  return dir;
}

export async function copiedBundles(ctx, next) {
  const m = /^\/(copied|alone)\/(vote-chart|arms-flow|relation-map)\/news\/static\/mt\/(.+)$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, name, file] = m;
  if (!existsSync(`dist/${name}.js`)) return next();
  const path = join(folder(kind, name), file);
  if (file.includes('..') || !existsSync(path)) {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = 'application/javascript';
  ctx.body = readFileSync(path);
  return undefined;
}
