/** The files `npm pack` would publish, and a folder where they are installed as a user installs them. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const root = join(dirname(new URL(import.meta.url).pathname), '../..');
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  files: string[];
  sideEffects: string[];
  'web-types': string;
};

/** Whether `npm run build` has run (the packed files come from dist/). */
export const built = existsSync(join(root, 'dist/index.d.ts')) && existsSync(join(root, 'web-types.json'));

let listed: string[] | null = null;
/** Paths in the tarball, from `npm pack --dry-run --json` (without building: the test reads the build there is). */
export function packedFiles(): string[] {
  if (listed) return listed;
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ files: Array<{ path: string }> }>;
  listed = json[0]!.files.map((f) => f.path).sort();
  return listed;
}

/**
 * A folder with node_modules/myanmar-ties holding only the packed files, and beside it only
 * what a user's install brings (the package's dependencies) plus `extra` (e.g. React's types):
 * none of our dev dependencies' types (geojson, d3's @types) can be found from it.
 */
export function installPacked(extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'mt-consumer-'));
  const target = join(dir, 'node_modules', pkg.name);
  for (const f of packedFiles()) {
    mkdirSync(dirname(join(target, f)), { recursive: true });
    cpSync(join(root, f), join(target, f));
  }
  const link = (name: string): void => {
    const from = join(root, 'node_modules', name);
    if (!existsSync(from) || existsSync(join(dir, 'node_modules', name))) return;
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(realpathSync(from), join(dir, 'node_modules', name));
  };
  // lit's own packages are its dependencies, installed beside it.
  for (const name of [
    ...Object.keys(pkg.dependencies),
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    '@lit-labs/ssr-dom-shim',
    '@types/trusted-types',
    ...extra,
  ])
    link(name);
  return dir;
}
