/**
 * Choices the builder offers from the data a widget shows, so an editor picks a country, a
 * group or a supplier instead of typing it: `one` replaces the text box with a list, `many`
 * adds an "Add…" list beside it that appends to what is there. Read from the preview's
 * `shownData`, so a page's own data (`src`) offers its own names. Attributes not listed here
 * stay text boxes; what is typed is still checked by the widget itself (see builder.ts).
 */
import type { Actor, ArmsData, RollCallEntry, VoteRecord } from '../src/data/types.js';

export interface Picker {
  mode: 'one' | 'many';
  /** Label of the list ("Add a country"). */
  prompt: string;
  /** [value written into the attribute, label shown] */
  items: [string, string][];
  /** Between values in a `many` attribute. */
  separator: string;
}

const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'en');
const unique = (xs: string[]) =>
  [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en')).map((x): [string, string] => [x, x]);

type Reader = (data: unknown) => Picker | null;

const PICKERS: Record<string, Reader> = {
  'vote-chart highlight': (d) => {
    const roll = (d as VoteRecord | null)?.rollCall;
    if (!roll?.length) return null;
    return {
      mode: 'many',
      prompt: 'Add a country',
      separator: ' ',
      items: roll.map((c: RollCallEntry): [string, string] => [c.iso3, `${c.name} (${c.iso3})`]).sort(byLabel),
    };
  },
  'vote-chart group': (d) => {
    const groups = (d as VoteRecord | null)?.groups;
    if (!groups?.length) return null;
    return { mode: 'one', prompt: 'Group', separator: '', items: groups.map((g): [string, string] => [g.id, g.label]) };
  },
  'arms-flow supplier': (d) => {
    const rows = (d as ArmsData | null)?.register?.deliveries;
    return rows?.length ? { mode: 'many', prompt: 'Add a supplier', separator: ', ', items: unique(rows.map((r) => r.supplier)) } : null;
  },
  'arms-flow category': (d) => {
    const rows = (d as ArmsData | null)?.register?.deliveries;
    return rows?.length ? { mode: 'many', prompt: 'Add a category', separator: ', ', items: unique(rows.map((r) => r.category)) } : null;
  },
  'relation-map focus': (d) => {
    const actors = (d as { actors?: Actor[] } | null)?.actors;
    return actors?.length
      ? { mode: 'one', prompt: 'Actor', separator: '', items: actors.map((a): [string, string] => [a.id, a.name]).sort(byLabel) }
      : null;
  },
  'relation-map types': (d) => {
    const ties = (d as { ties?: { type: string }[] } | null)?.ties;
    return ties?.length ? { mode: 'many', prompt: 'Add a type of tie', separator: ' ', items: unique(ties.map((t) => t.type)) } : null;
  },
};

/** The picker for an attribute of a tag, from the data the widget shows, or null. */
export function pickerFor(tag: string, attr: string, shownData: unknown): Picker | null {
  try {
    return PICKERS[`${tag} ${attr}`]?.(shownData) ?? null;
  } catch {
    return null;
  }
}

/** `value` with `item` added (once), e.g. "BLR RUS" + "CHN" -> "BLR RUS CHN". */
export function addTo(value: string, item: string, separator: string): string {
  const parts = value
    .split(separator.trim() ? /\s*,\s*/ : /[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.includes(item)) parts.push(item);
  return parts.join(separator);
}

/** Plain names for the chart picker, in the story's order (the vote leads). */
export const CHART_NAMES: Record<string, string> = {
  'vote-chart': 'The UN vote on Myanmar',
  'arms-flow': 'Arms delivered to Myanmar',
  'relation-map': 'The network behind the junta',
};
