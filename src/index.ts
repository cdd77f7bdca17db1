/**
 * myanmar-ties: classes, types and helpers. Importing this module registers no tag
 * (no side effects); import `myanmar-ties/vote-chart` (etc.) or `myanmar-ties/all` for that,
 * or register a class under your own tag with `customElements.define()`.
 */
export { TiesElement } from './internal/base-element.js';
export { VoteChart } from './components/vote-chart/vote-chart.element.js';
export type { VoteSelectDetail, VoteSelectEvent } from './components/vote-chart/vote-chart.element.js';
export { ArmsFlow } from './components/arms-flow/arms-flow.element.js';
export type { FlowSelectDetail, FlowSelectEvent } from './components/arms-flow/arms-flow.element.js';
export type { ArmsOptions, ArmsView } from './components/arms-flow/arms-flow.options.js';
export { RelationMap } from './components/relation-map/relation-map.element.js';
export type {
  ActorSelectDetail,
  ActorSelectEvent,
  TieSelectDetail,
  TieSelectEvent,
} from './components/relation-map/relation-map.element.js';
export type { Theme, TiesErrorDetail, TiesErrorEvent, FigureText, ChartContext } from './internal/base-element.js';
export type { DataOrigin } from './internal/data-controller.js';
export type { DataTable } from './internal/csv.js';
export type { ImageFormat } from './internal/image-export.js';
export { toCsv } from './internal/csv.js';
export { defineElement } from './internal/define.js';
export { addLocale } from './internal/i18n/catalogues.js';
export type { DataIssue, Validated } from './data/issue.js';
export type * from './data/types.js';
export { validateVoteRecord } from './data/vote.js';
export { validateArmsData, computeFromRegister, TIV_UNIT } from './data/arms.js';
export { validateNetwork, TIE_TYPES, ACTOR_KINDS } from './data/network.js';
export { validateEvents } from './data/events.js';
export { validateDisagreements } from './data/disagreements.js';
export { validateSources } from './data/sources.validate.js';
export { getSource, sourceRefs, sourceLabel, sourceCredit, defaultSources } from './data/sources.js';
export { isPartialDate } from './data/check.js';
export { defaultVote } from './data/vote.default.js';
export { defaultArms } from './data/arms.default.js';
export { defaultNetwork } from './data/network.default.js';
export { defaultEvents } from './data/events.default.js';
export { defaultDisagreements } from './data/disagreements.default.js';
