/**
 * myanmar-ties: classes, types and helpers. Importing this module registers no tag
 * (no side effects); import `myanmar-ties/vote-chart` (etc.) or `myanmar-ties/all` for that,
 * or register a class under your own tag with `customElements.define()`.
 */
export { TiesElement } from './internal/base-element.js';
export type { Theme, TiesErrorDetail, TiesErrorEvent, FigureText, ChartContext } from './internal/base-element.js';
export type { DataOrigin } from './internal/data-controller.js';
export type { DataTable } from './internal/csv.js';
export { toCsv } from './internal/csv.js';
export { defineElement } from './internal/define.js';
export type { DataIssue, Validated } from './data/issue.js';
export type * from './data/types.js';
