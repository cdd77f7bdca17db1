/**
 * The model of <arms-flow>: data + options → what every view draws from (the rows the
 * filters keep, supplier groups and their colours, totals, the post-coup split, the sources
 * to credit, the counts the chart's height depends on). Pure: no DOM, runs in Node. The
 * element derives it once per data/filter change; layouts and words read it.
 */
import type { ArmsData, ArmsDelivery } from '../../data/types.js';
import { namesAsGiven, regionName } from '../../internal/local-names.js';
import type { Vocabulary } from './arms-flow.options.js';
import { callouts, type Callout } from './callouts.js';
import { rankBy, scopeOf, tivSum, type ArmsFilter, type Scope, type Split } from './filter.js';
import { categoryName } from './categories.js';
import { featuredSuppliers, supplierGroups, type Groups, type SupplierGroup } from './groups.js';

export interface ArmsModel {
  scope: Scope;
  groups: Groups;
  /** Suppliers the reported figures are about, drawn by name whatever their size. */
  featured: string[];
  /** TIV of the rows shown (compensated sum). */
  total: number;
  /** TIV of the rows shown delivered from the split's year on (0 without a split). */
  postTotal: number;
  /** The split (the coup, by default) when it falls within the years shown. */
  splitShown: Split | null;
  /** Groups with a row in view, in the groups' order (the legend's entries). */
  present: SupplierGroup[];
  /** Counts the chart's height follows: groups, categories and suppliers with TIV > 0 in view. */
  counts: { groups: number; categories: number; suppliers: number };
  /** Source ids to credit: the register's, then the split marker's. */
  sourceIds: string[];
}

/** The data with suppliers named in the reader's language, and the way back to the data's own. */
export interface LocalArms {
  data: ArmsData;
  /** Local supplier name -> the data's (SIPRI's) name. */
  english: ReadonlyMap<string, string>;
  /** Local armament category -> SIPRI's. */
  englishCategories: ReadonlyMap<string, string>;
  /** The recipient as the data names it (events hand developers SIPRI's name). */
  englishRecipient: string;
  /** A delivery row as the data gives it (events hand developers SIPRI's rows). */
  original(row: ArmsDelivery): ArmsDelivery;
}

/**
 * Suppliers named in `locale` from their UN M49 code (`Intl.DisplayNames`), in every row,
 * figure and system, so each view, label, table and sentence reads the same name. English
 * pages, and suppliers without a code ("unknown supplier(s)"), keep the data's names.
 */
export function localArms(data: ArmsData, locale: string): LocalArms {
  const recipient = data.register.recipient;
  const same: LocalArms = { data, english: new Map(), englishCategories: new Map(), englishRecipient: recipient, original: (row) => row };
  if (namesAsGiven(locale)) return same;
  const table = data.register.suppliers ?? {};
  const rename = new Map<string, string>();
  const taken = new Set([...Object.keys(table), recipient]);
  for (const [name, c] of Object.entries(table)) {
    const local = regionName(locale, c.m49);
    // A local name that is already another supplier's would merge the two: keep the data's.
    if (local && local !== name && !taken.has(local)) {
      rename.set(name, local);
      taken.add(local);
    }
  }
  // The recipient too, by its code in the data or else its English name as the platform writes it.
  const recipientCode = table[recipient]?.m49 ?? m49Of(recipient);
  const localRecipient = regionName(locale, recipientCode, 'short');
  const toRecipient = localRecipient && localRecipient !== recipient && !taken.has(localRecipient) ? localRecipient : null;
  // SIPRI's categories in the catalogue's words (the same rule: never merge two).
  const categories = new Set(data.register.deliveries.map((d) => d.category));
  const renameCategory = new Map<string, string>();
  const takenCategories = new Set(categories);
  for (const c of categories) {
    const local = categoryName(c);
    if (local && local !== c && !takenCategories.has(local)) {
      renameCategory.set(c, local);
      takenCategories.add(local);
    }
  }
  if (rename.size === 0 && renameCategory.size === 0 && !toRecipient) return same;
  const to = (name: string): string => rename.get(name) ?? name;
  const back = new Map<ArmsDelivery, ArmsDelivery>();
  const deliveries = data.register.deliveries.map((d) => {
    const own = toRecipient !== null && d.recipient === recipient;
    if (!rename.has(d.supplier) && !renameCategory.has(d.category) && !own) return d;
    const copy = {
      ...d,
      supplier: to(d.supplier),
      category: renameCategory.get(d.category) ?? d.category,
      recipient: own ? toRecipient : d.recipient,
    };
    back.set(copy, d);
    return copy;
  });
  const register = { ...data.register, deliveries, recipient: toRecipient ?? recipient };
  if (data.register.suppliers) register.suppliers = Object.fromEntries(Object.entries(table).map(([k, v]) => [to(k), v]));
  // The map finds the recipient by its code under its new name (it no longer matches the atlas's English).
  if (toRecipient && recipientCode)
    register.suppliers = { ...register.suppliers, [toRecipient]: table[recipient] ?? { iso3: null, m49: recipientCode } };
  const local: ArmsData = {
    ...data,
    register,
    figures: data.figures.map((f) =>
      rename.has(f.subject) || (f.computed && rename.has(f.computed.supplier))
        ? { ...f, subject: to(f.subject), ...(f.computed ? { computed: { ...f.computed, supplier: to(f.computed.supplier) } } : {}) }
        : f,
    ),
  };
  if (data.systems)
    local.systems = data.systems.map((x) => (x.supplier && rename.has(x.supplier) ? { ...x, supplier: to(x.supplier) } : x));
  return {
    data: local,
    english: new Map([...rename].map(([en, l]) => [l, en])),
    englishCategories: new Map([...renameCategory].map(([en, l]) => [l, en])),
    englishRecipient: recipient,
    original: (row) => back.get(row) ?? row,
  };
}

let byEnglish: Map<string, string> | null = null;

/**
 * The UN M49 code of a country by its English name as the platform writes it ("Myanmar" or
 * "Myanmar (Burma)"), for a recipient the data gives no code: built once, on pages not in English.
 */
function m49Of(name: string): string | undefined {
  if (!byEnglish) {
    byEnglish = new Map();
    try {
      const en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
      for (let n = 1; n < 1000; n++) {
        const code = String(n).padStart(3, '0');
        let region: string | undefined;
        try {
          region = new Intl.Locale(`und-${code}`).region;
        } catch {
          continue;
        }
        if (!region || !/^[A-Z]{2}$/.test(region) || region === 'ZZ') continue;
        const full = en.of(region);
        if (!full) continue;
        byEnglish.set(full.toLowerCase(), code);
        byEnglish.set(full.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase(), code);
      }
    } catch {
      // No Intl.DisplayNames: the recipient keeps the data's name.
    }
  }
  return byEnglish.get(name.trim().toLowerCase());
}

/**
 * What the data offers to filter on: suppliers and categories ranked by TIV, ISO codes to
 * names. `english` (from localArms): the data's own names, accepted too on a page in
 * another language (`supplier="Russia"` on a Burmese page).
 */
export function vocabularyOf(
  data: ArmsData,
  english: ReadonlyMap<string, string> = new Map(),
  englishCategories: ReadonlyMap<string, string> = new Map(),
): Vocabulary {
  const own = data.register.deliveries.filter((d) => d.recipient === data.register.recipient);
  const codes = new Map<string, string>();
  for (const [local, en] of english) codes.set(en.toUpperCase(), local);
  for (const [name, c] of Object.entries(data.register.suppliers ?? {})) if (c.iso3) codes.set(c.iso3.toUpperCase(), name);
  return {
    suppliers: rankBy(own, (d) => d.supplier).map((r) => r.name),
    categories: rankBy(own, (d) => d.category).map((r) => r.name),
    codes,
    categoryCodes: new Map([...englishCategories].map(([local, en]) => [en.toUpperCase(), local])),
  };
}

export function armsModel(data: ArmsData, filter: ArmsFilter): ArmsModel {
  const scope = scopeOf(data, filter);
  const featured = featuredSuppliers(data, new Set(scope.all.map((d) => d.supplier)));
  const groups = supplierGroups(scope.all, featured, filter.suppliers);
  const split = scope.split;
  const splitShown = split && scope.period && split.year <= scope.period[1] ? split : null;
  const keys = new Set(scope.rows.map((d) => groups.of(d.supplier).key));
  const positive = scope.rows.filter((d) => d.tiv > 0);
  const marker = split ? data.markers?.find((m) => m.date === split.date && m.label === split.label) : undefined;
  return {
    scope,
    groups,
    featured,
    total: tivSum(scope.rows),
    postTotal: split ? tivSum(scope.rows.filter((d) => d.deliveryYear >= split.year)) : 0,
    splitShown,
    present: groups.list.filter((g) => keys.has(g.key)),
    counts: {
      groups: new Set(positive.map((d) => groups.of(d.supplier).key)).size,
      categories: new Set(positive.map((d) => d.category)).size,
      suppliers: new Set(positive.map((d) => d.supplier)).size,
    },
    sourceIds: [...data.register.sources, ...(marker?.sources ?? [])],
  };
}

/**
 * The reported figures beside the register's own: about the register's recipient over fixed
 * periods, never the reader's filters, and only figures about suppliers in the register
 * (trade totals and the like belong elsewhere).
 */
export function armsCallouts(data: ArmsData, model: ArmsModel): Callout[] {
  const suppliers = new Set(model.scope.all.map((d) => d.supplier));
  const figures = data.figures.filter((f) => suppliers.has(f.subject) || (f.computed && suppliers.has(f.computed.supplier)));
  return callouts(figures, model.scope.all, data.register.release);
}
