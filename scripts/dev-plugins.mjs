// Dev-server plugins shared by the test runner and `npm start`.
import { esbuildPlugin } from '@web/dev-server-esbuild';

// JSON imported as a module becomes `export default …`; JSON fetched by a widget's `src`
// must stay JSON. Browsers tell the two apart by Sec-Fetch-Dest.
const isJsonModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

export const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (isJsonModule(context)) return 'js';
  },
  transform(context) {
    if (isJsonModule(context)) return { body: `export default ${context.body};`, transformCache: false };
  },
};

export const typescript = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' });
