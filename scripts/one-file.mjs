// What a one-file bundle (dist/vote-chart.js…) needs beside it: the files it can load, found
// by following the relative imports (static and dynamic) of the built code from the bundle on.
// Used by `npm run build` (which prints it) and by the test that copies only these files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `<name>.js` and every chunk it reaches, as paths relative to `dist`. */
export function oneFileNeeds(name, dist = 'dist') {
  const seen = new Set();
  const stack = [`${name}.js`];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dirOf = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/["'`](\.{1,2}\/[\w./-]+\.js)["'`]/g)) {
      const target = new URL(m[1], `file:///${dirOf}`).pathname.slice(1);
      if (existsSync(join(dist, target))) stack.push(target);
    }
  }
  return [...seen].sort();
}
