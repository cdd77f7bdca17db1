/**
 * What an editor types into the attributes, turned into options. Pure; every fallback is
 * reported naming the attribute, so the widget can say what it did instead.
 */
import { issue, type DataIssue } from '../../data/issue.js';
import type { Network, TieType } from '../../data/types.js';
import { keyword, list } from '../../internal/options.js';
import { yearRangeOption } from '../../internal/year-range.js';
import type { Normalized } from '../../internal/option-hook.js';
import { TIE_TYPES } from './graph.js';

export const LAYOUTS = ['story', 'force', 'radial', 'geo'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const LABEL_MODES = ['all', 'focus', 'none'] as const;
export type LabelMode = (typeof LABEL_MODES)[number];

export interface MapAttributes {
  layout?: string | null | undefined;
  /** The attribute the editor typed it in (`view`, or its alias `layout`), for the message. */
  layoutName?: 'view' | 'layout';
  types?: string | null | undefined;
  from?: string | number | null | undefined;
  to?: string | number | null | undefined;
  labels?: string | null | undefined;
}

export interface MapOptions {
  layout: Layout;
  /** Tie types to show; null shows every type. */
  types: ReadonlySet<TieType> | null;
  from: number | null;
  to: number | null;
  /** Null: chosen by width (every label when wide; the focus and the best-connected actors when narrow). */
  labels: LabelMode | null;
}

export function normalizeMapOptions(attrs: MapAttributes, issues: DataIssue[]): MapOptions {
  const layout = keyword(attrs.layout, attrs.layoutName ?? 'layout', LAYOUTS, 'story', issues);
  const labels =
    attrs.labels === null || attrs.labels === undefined || attrs.labels === ''
      ? null
      : keyword(attrs.labels, 'labels', LABEL_MODES, 'all', issues);

  let types: Set<TieType> | null = null;
  const asked = list(attrs.types).map((t) => t.toLowerCase());
  if (asked.length) {
    const known = asked.filter((t): t is TieType => (TIE_TYPES as readonly string[]).includes(t));
    const unknown = asked.filter((t) => !(TIE_TYPES as readonly string[]).includes(t));
    if (unknown.length) {
      issues.push(
        issue(
          'types',
          `invalid types: ${unknown.map((t) => JSON.stringify(t)).join(', ')}; use any of ${TIE_TYPES.join(', ')}.` +
            (known.length ? '' : ' Showing every type.'),
          'warning',
        ),
      );
    }
    if (known.length) types = new Set(known);
  }

  const { from, to } = yearRangeOption(attrs.from, attrs.to, issues);
  return { layout, types, from, to, labels };
}

/**
 * The element's attributes as options: `view` (or its alias `layout`, when `view` was not set:
 * `viewSet` says whether it was), the filters and `labels`. Unasked, data that ranks no story
 * (a page's own network) is shown whole: the page chose every actor in it.
 */
export function mapOptions(
  view: string,
  viewSet: boolean,
  layoutAttr: string | null,
  types: string | undefined,
  from: string | number | undefined,
  to: string | number | undefined,
  labels: string | undefined,
  data: Network | null,
): Normalized<MapOptions> {
  const chosen = viewSet || view !== 'story';
  const alias = !chosen && layoutAttr !== null;
  const issues: DataIssue[] = [];
  const o = normalizeMapOptions(
    { layout: alias ? layoutAttr : view, layoutName: alias ? 'layout' : 'view', types, from, to, labels },
    issues,
  );
  const whole = !chosen && !alias && data !== null && !data.actors.some((a) => a.story !== undefined);
  return { value: whole ? { ...o, layout: 'force' } : o, issues };
}

/**
 * The actor the picture is centred on: the `center` attribute (or its alias `focus`, named
 * by `attribute` in what the editor is told) if it names an actor, else the network's
 * `center`, else the actor with the most ties (null for an empty network).
 */
export function resolveFocus(focus: string | null | undefined, network: Network, issues: DataIssue[], attribute = 'center'): string | null {
  const ids = new Set(network.actors.map((a) => a.id));
  const fallback = (() => {
    if (network.center && ids.has(network.center)) return network.center;
    const degree = new Map<string, number>();
    for (const t of network.ties) {
      degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
      degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const a of network.actors) if (best === null || (degree.get(a.id) ?? 0) > (degree.get(best) ?? 0)) best = a.id;
    return best;
  })();
  const f = focus?.trim();
  if (!f) return fallback;
  if (ids.has(f)) return f;
  // Editors type `MMR` for `mmr`: accept a match that differs only in case.
  const loose = network.actors.find((a) => a.id.toLowerCase() === f.toLowerCase());
  if (loose) return loose.id;
  issues.push(
    issue(
      attribute,
      `invalid ${attribute}: no actor has the id ${JSON.stringify(f)}; centred on ${JSON.stringify(fallback ?? '')} instead.`,
      'warning',
    ),
  );
  return fallback;
}
