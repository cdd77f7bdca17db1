/** Types the element and its interaction share (no code: erased at build). */
import type { CountryGroup, VoteRecord } from '../../data/types.js';
import type { BarLayout } from './bar.layout.js';
import type { HemicycleLayout } from './hemicycle.layout.js';
import type { MapLayout } from './map.layout.js';
import type { TilesLayout } from './tiles.layout.js';
import type { Country, VoteModel } from './vote-model.js';

/**
 * Detail of `vote-select`: the country chosen and how it voted. Codes and ids as the data gives
 * them; `name` and `label` as the widget shows them, in the reader's language.
 */
export interface VoteSelectDetail {
  country: { iso3: string; name: string; m49?: string };
  vote: { id: string; label: string };
}
export type VoteSelectEvent = CustomEvent<VoteSelectDetail>;

export type MapModule = typeof import('./map.view.js');

/** What the attributes resolve to against the data: resolved once per change (option-hook.ts), so hover does not redo it. */
export interface Resolved {
  data: VoteRecord;
  model: VoteModel;
  highlight: string[];
  group: CountryGroup | null;
  named: Map<string, Country[]>;
}

export type AnyLayout =
  | { kind: 'bar'; l: BarLayout }
  | { kind: 'hemicycle'; l: HemicycleLayout }
  | { kind: 'map'; l: MapLayout }
  | { kind: 'tiles'; l: TilesLayout };

export type InteractionEvent =
  'keydown' | 'focusin' | 'focusout' | 'pointermove' | 'pointerleave' | 'click' | 'search-input' | 'search-key';

/** What the interaction reads of an event (pointer, key, focus or the search box's input). */
export interface Cue {
  key: string;
  target: Element | null;
  related: Node | null;
  x: number;
  y: number;
  /** The search box's value. */
  value: string;
  /** An input event that is a pick from the suggestions, not a keystroke. */
  picked: boolean;
  prevent(): void;
}
