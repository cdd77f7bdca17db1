// The bundled vote's roll call, packed for the browser bundles: 193 rows of
// {"iso3","m49","name","vote"} repeat their four keys and the vote's id in every row, and gzip
// does not fold all of that away (2.7 kB gzip as JSON, 2.2 kB packed). data/vote.json stays
// the source an editor corrects; the module the bundles import rebuilds the same rows from one
// string when it is first evaluated. A roll call of any other shape is emitted as plain JSON.

const ROW = { iso3: /^[A-Z]{3}$/, m49: /^\d{3}$/ };
const KEYS = 'iso3,m49,name,vote';

/** Whether `rows` can be packed losslessly: each row exactly iso3, m49, name, vote, in that order. */
function packable(rows, voteIds) {
  return (
    Array.isArray(rows) &&
    rows.length > 0 &&
    voteIds.length <= 10 &&
    rows.every(
      (r) =>
        r &&
        Object.keys(r).join() === KEYS &&
        ROW.iso3.test(r.iso3) &&
        ROW.m49.test(r.m49) &&
        typeof r.name === 'string' &&
        r.name !== '' &&
        !r.name.includes('|') &&
        voteIds.includes(r.vote),
    )
  );
}

/** ES module source for a vote record: its roll call as four strings and the line that unpacks them. */
export function voteModule(record) {
  const voteIds = (record.options ?? []).map((o) => o.id);
  if (!packable(record.rollCall, voteIds)) return `export default ${JSON.stringify(record)};`;
  // Column by column (gzip finds more repeats in a column than across a row's mixed fields):
  // every ISO3 code (3 letters each), every M49 code (3 digits each), each vote as its index in
  // `options` (1 digit each), and the names between '|'.
  const rows = record.rollCall;
  const col = (f) => JSON.stringify(rows.map(f).join(''));
  const rest = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, k === 'rollCall' ? null : v]));
  return [
    `const record = ${JSON.stringify(rest)};`,
    `const votes = ${JSON.stringify(voteIds)}, iso3 = ${col((r) => r.iso3)}, m49 = ${col((r) => r.m49)}, vote = ${col((r) => voteIds.indexOf(r.vote))};`,
    `record.rollCall = ${JSON.stringify(rows.map((r) => r.name).join('|'))}.split('|').map((name, i) => ({ iso3: iso3.substr(i * 3, 3), m49: m49.substr(i * 3, 3), name, vote: votes[vote[i]] }));`,
    'export default record;',
  ].join('\n');
}

/** Rollup plugin: `data/vote.json` imported by the browser bundles becomes `voteModule(it)`. */
export function packRollCall() {
  return {
    name: 'pack-roll-call',
    async load(id) {
      if (!/[\\/]data[\\/]vote\.json$/.test(id)) return null;
      const { readFile } = await import('node:fs/promises');
      this.addWatchFile(id);
      return voteModule(JSON.parse(await readFile(id, 'utf8')));
    },
  };
}
