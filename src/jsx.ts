/**
 * JSX declarations for React 19, which passes custom elements' props through as properties
 * (or attributes) and `on<event>` props as event listeners. Opt in once in a React app:
 *
 *     import type {} from 'myanmar-ties/jsx';
 *
 * (or list `"myanmar-ties/jsx"` in tsconfig's `types`). It needs `@types/react` 19, which a
 * React app has; a project without React never loads this file.
 *
 * Props take the elements' own types: `view="pie"` or a `data` of the wrong shape does not
 * type-check. Attributes with a dash are written as in HTML (`show-absent`, `heading-level`).
 */
import type { HTMLAttributes, Key, Ref } from 'react';
import type { TiesElement, TiesErrorEvent } from './internal/base-element.js';
import type { VoteChart, VoteSelectEvent } from './components/vote-chart/vote-chart.element.js';
import type { ArmsFlow, FlowSelectEvent } from './components/arms-flow/arms-flow.element.js';
import type { RelationMap, ActorSelectEvent, TieSelectEvent } from './components/relation-map/relation-map.element.js';

/** What every widget takes: the shared attributes, `data`, and the `error` event. */
export type TiesElementProps<E extends TiesElement<D>, D> = Omit<HTMLAttributes<E>, 'onError'> &
  Partial<Pick<E, 'theme' | 'src' | 'eager' | 'heading' | 'description' | 'tools'>> & {
    /** Data to show (validated; takes precedence over `src` and inline JSON). */
    data?: D | null;
    'heading-level'?: number;
    /** Show readers the box listing attribute mistakes (always on a development page). */
    'show-issues'?: boolean;
    /** `CustomEvent<TiesErrorDetail>`: the data or attributes could not be used, wholly or in part. */
    onerror?: (event: TiesErrorEvent) => void;
    ref?: Ref<E>;
    key?: Key | null;
    class?: string;
  };

type DataOf<E> = E extends TiesElement<infer D> ? D : never;

export type VoteChartProps = TiesElementProps<VoteChart, DataOf<VoteChart>> &
  Partial<Pick<VoteChart, 'view' | 'highlight' | 'group'>> & {
    'show-absent'?: boolean;
    'onvote-select'?: (event: VoteSelectEvent) => void;
  };

export type ArmsFlowProps = TiesElementProps<ArmsFlow, DataOf<ArmsFlow>> &
  Partial<Pick<ArmsFlow, 'view' | 'from' | 'to' | 'supplier' | 'category' | 'callouts'>> & {
    'onflow-select'?: (event: FlowSelectEvent) => void;
  };

export type RelationMapProps = TiesElementProps<RelationMap, DataOf<RelationMap>> &
  Partial<Pick<RelationMap, 'view' | 'center' | 'types' | 'from' | 'to' | 'labels'>> & {
    /** Alias of `view`, for pages written before it. */
    layout?: RelationMap['view'];
    'onactor-select'?: (event: ActorSelectEvent) => void;
    'ontie-select'?: (event: TieSelectEvent) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'vote-chart': VoteChartProps;
      'arms-flow': ArmsFlowProps;
      'relation-map': RelationMapProps;
    }
  }
}
