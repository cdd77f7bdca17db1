/**
 * compareEnglish (src/internal/collate.ts) must order names exactly as Intl.Collator('en')
 * does, in each engine, and build no collator for the bundled roll call.
 */
import { expect } from '@open-wc/testing';
import { compareEnglish, sortByName } from '../../src/internal/collate.js';
import { buildModel } from '../../src/components/vote-chart/vote-model.js';
import { defaultVote } from '../../src/data/vote.default.js';

const TRICKY = [
  'Guinea',
  'Guinea-Bissau',
  'Equatorial Guinea',
  'Korea, Republic of',
  "Korea (Democratic People's Republic of)",
  'Côte d’Ivoire',
  "Cote d'Ivoire",
  'Cote',
  'côte',
  'cuba',
  'Cuba',
  'São Tomé and Príncipe',
  'Saudi Arabia',
  'Åland',
  'Zimbabwe',
  'Ægypt',
  'straße',
  'strasse',
  'Niger',
  'Nigeria',
  'a b',
  'ab',
  'a-b',
  'A1',
  'A2',
  'A10',
  'Ελλάδα',
  'Россия',
  '',
  ' ',
  'Türkiye',
  'Turkey',
  'İzmir',
  'izmir',
  "O'Brien",
  'Obrien',
  'co-op',
  'coop',
  'co op',
  'Ǆemal',
  'dzemal',
  'Lao People’s Democratic Republic',
  'Lao',
  'x\u00ADy',
  'xy',
  'Ørsted',
  'Orsted',
  'Zz',
  'zZ',
  // One of each punctuation mark and digit between two letters: the collator orders these
  // unlike their code points (a hyphen before a comma before a bracket).
  ...[...' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789’'].map((p) => `x${p}y`),
];

const sign = (n: number) => Math.sign(n);

describe('compareEnglish', () => {
  it('orders every pair of member names and awkward strings as Intl.Collator("en") does', () => {
    const names = [...defaultVote().rollCall!.map((e) => e.name), ...TRICKY];
    const collator = new Intl.Collator('en');
    const wrong: string[] = [];
    for (const a of names) {
      for (const b of names) {
        if (sign(compareEnglish(a, b)) !== sign(collator.compare(a, b))) wrong.push(`${a} / ${b}`);
      }
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
  });

  it('sorts the bundled roll call without building a collator', () => {
    const Real = Intl.Collator;
    let built = 0;
    try {
      Intl.Collator = function (this: unknown, ...args: ConstructorParameters<typeof Real>) {
        built++;
        return new Real(...args);
      } as unknown as typeof Real;
      const model = buildModel(defaultVote(), { showAbsent: true });
      expect(built).to.equal(0);
      // ...and the order is the collator's: by vote, then name.
      const yes = model.countries.filter((c) => c.option.id === 'yes').map((c) => c.name);
      expect(yes).to.deep.equal([...yes].sort(new Real('en').compare));
    } finally {
      Intl.Collator = Real;
    }
  });

  it('sortByName puts items in the order Intl.Collator gives their names, in English and in other locales', () => {
    const items = [...defaultVote().rollCall!.map((e) => ({ name: e.name })), ...TRICKY.map((name) => ({ name }))].reverse();
    for (const locale of ['en', 'en-GB', 'sv', 'de']) {
      const collator = new Intl.Collator(locale);
      const names = sortByName(items, (i) => i.name, locale).map((i) => i.name);
      const expected = items.map((i) => i.name).sort(collator.compare);
      // Equal names may come in either order: compare the order, name by name.
      names.forEach((n, k) => expect(sign(collator.compare(n, expected[k]!)), `${locale} #${k}: ${n} vs ${expected[k]}`).to.equal(0));
    }
  });
});
