/**
 * Supplier groups and their colours. Colours follow the suppliers' rank over the whole
 * register (not the filtered rows), so Russia keeps its colour when a reader narrows the
 * years. Suppliers the reported figures name (Russia, China, Belarus) are always drawn by
 * name, however small their share; the smallest of the rest share one "Other suppliers" group.
 */
import { compareEnglish } from '../../internal/collate.js';
import type { ArmsData, ArmsDelivery } from '../../data/types.js';
import { rankBy } from './filter.js';
import { msg } from '../../internal/i18n/msg.js';

/** The name of the group of the smallest suppliers, in the reader's language. */
export const otherLabel = (): string => msg('Other suppliers', { id: 'arms.otherSuppliers' });

/** Suppliers drawn by name (their own node, bar and label). */
export const NAMED_SLOTS = 7;
/**
 * Suppliers with a colour of their own (`c0`…`c3`): those the reported figures name, topped
 * up by rank. Four hues are what stays apart under every colour-vision deficiency in both
 * themes (test/internal/palette.test.ts); the other named suppliers are labelled directly
 * and share the neutral `c7` with "Other suppliers".
 */
export const STORY_SLOTS = 4;
export const OTHER_COLOUR = 7;
export const OTHER_KEY = '\u0000other';

export interface SupplierGroup {
  key: string;
  label: string;
  /** Palette slot: the class `c{colour}` / `s{colour}`; OTHER_COLOUR (neutral) when not a story supplier. */
  colour: number;
  /** SIPRI supplier names in the group (one, except for "Other suppliers"). */
  suppliers: string[];
  other: boolean;
}

export interface Groups {
  /** Named groups by rank, then "Other suppliers" when there is one. */
  list: SupplierGroup[];
  of(supplier: string): SupplierGroup;
}

/** Suppliers the reported figures are about: drawn by name whatever their size. */
export function featuredSuppliers(data: ArmsData, suppliers: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const f of data.figures) {
    if (f.computed && suppliers.has(f.computed.supplier)) out.add(f.computed.supplier);
    if (suppliers.has(f.subject)) out.add(f.subject);
  }
  return [...out];
}

/**
 * @param all every row of the register's recipient (ranks and colours come from these)
 * @param featured suppliers to draw by name whatever their rank
 * @param selected suppliers the editor picked: each drawn by name, no "Other" group
 */
export function supplierGroups(all: readonly ArmsDelivery[], featured: readonly string[], selected: readonly string[] = []): Groups {
  const ranked = rankBy(all, (d) => d.supplier).map((r) => r.name);
  const rank = new Map(ranked.map((n, i) => [n, i]));
  const byRank = (a: string, b: string) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || compareEnglish(a, b);

  // Default named set: featured first, topped up by rank.
  const named = new Set(
    [...featured]
      .filter((s) => rank.has(s))
      .sort(byRank)
      .slice(0, NAMED_SLOTS),
  );
  for (const s of ranked) {
    if (named.size >= NAMED_SLOTS) break;
    named.add(s);
  }
  const story = new Set(
    [...featured]
      .filter((s) => rank.has(s))
      .sort(byRank)
      .slice(0, STORY_SLOTS),
  );
  for (const s of ranked) {
    if (story.size >= STORY_SLOTS) break;
    story.add(s);
  }
  const defaultColour = new Map([...story].sort(byRank).map((s, i) => [s, i]));

  const groups = new Map<string, SupplierGroup>();
  let list: SupplierGroup[];
  if (selected.length > 0) {
    const picked = [...new Set(selected)].sort(byRank);
    const used = new Set(picked.map((s) => defaultColour.get(s)).filter((c) => c !== undefined));
    let next = 0;
    list = picked.map((s) => {
      let colour = defaultColour.get(s);
      if (colour === undefined) {
        while (used.has(next) && next < STORY_SLOTS) next++;
        colour = next < STORY_SLOTS ? next : OTHER_COLOUR;
        used.add(colour);
      }
      return { key: s, label: s, colour, suppliers: [s], other: false };
    });
  } else {
    list = [...named]
      .sort(byRank)
      .map((s) => ({ key: s, label: s, colour: defaultColour.get(s) ?? OTHER_COLOUR, suppliers: [s], other: false }));
    const rest = ranked.filter((s) => !named.has(s));
    if (rest.length > 0) {
      list.push({ key: OTHER_KEY, label: otherLabel(), colour: OTHER_COLOUR, suppliers: rest, other: true });
    }
  }
  for (const g of list) for (const s of g.suppliers) groups.set(s, g);
  const other: SupplierGroup = { key: OTHER_KEY, label: otherLabel(), colour: OTHER_COLOUR, suppliers: [], other: true };
  return { list, of: (s) => groups.get(s) ?? other };
}
