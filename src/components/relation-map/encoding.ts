/**
 * How actors and ties are drawn: kind -> shape and size, tie type -> line style, and the
 * words the legend and the lists use. Shared by the SVG and canvas painters, so both
 * draw the same picture.
 */
import type { ActorKind, TieType } from '../../data/types.js';
import { msg } from '../../internal/i18n/msg.js';

/** An actor's kind in words (the legend, the details, the lists), in the widget's language. */
export function kindLabel(kind: ActorKind): string {
  switch (kind) {
    case 'state':
      return msg('State', { id: 'rel.kind.state' });
    case 'organisation':
      return msg('Organisation', { id: 'rel.kind.organisation' });
    case 'person':
      return msg('Person', { id: 'rel.kind.person' });
  }
}

/** A tie's kind in words (the legend, the tooltips, the table), in the widget's language. */
export function tieLabel(type: TieType): string {
  switch (type) {
    case 'arms-supply':
      return msg('Arms supply', { id: 'rel.tie.armsSupply' });
    case 'trade':
      return msg('Trade', { id: 'rel.tie.trade' });
    case 'agreement':
      return msg('Agreement', { id: 'rel.tie.agreement' });
    case 'commission':
      return msg('Joint commission', { id: 'rel.tie.commission' });
    case 'visit':
      return msg('Visit', { id: 'rel.tie.visit' });
    case 'meeting':
      return msg('Meeting', { id: 'rel.tie.meeting' });
    case 'diplomatic':
      return msg('Diplomatic', { id: 'rel.tie.diplomatic' });
    case 'un-vote':
      return msg('UN vote', { id: 'rel.tie.unVote' });
    case 'sanction':
      return msg('Sanction', { id: 'rel.tie.sanction' });
    case 'report':
      return msg('Report', { id: 'rel.tie.report' });
    case 'role':
      return msg('Role', { id: 'rel.tie.role' });
  }
}

export interface TieStyle {
  /** SVG dash array in px, or null for a solid line. */
  dash: readonly number[] | null;
  /** Drawn as two parallel lines (a wide stroke with a background-coloured core). */
  double: boolean;
  width: number;
  /** Theme token the default colour comes from (`--_mt-color-4`, `--_mt-fg`). */
  color: string;
}

/*
 * Line style carries the type on its own (for readers who cannot tell the colours apart,
 * and in print). Colour marks only the kinds the story is told with, in colours no actor
 * kind uses (states blue, organisations green, people orange); the rest are grey, told
 * apart by line style alone. Arms supply, the tie the story is about, is the heaviest
 * solid line. Arms supply, visit, meeting and UN vote stay ΔE00 ≥ 10 apart under
 * protanopia, deuteranopia and tritanopia in both themes (test/internal/palette.test.ts).
 */
export const TIE_STYLE: Record<TieType, TieStyle> = {
  'arms-supply': { dash: null, double: false, width: 2.5, color: 'color-4' },
  trade: { dash: null, double: false, width: 1.25, color: 'color-7' },
  agreement: { dash: null, double: true, width: 3.5, color: 'color-8' },
  commission: { dash: [6, 2], double: true, width: 3.5, color: 'color-8' },
  visit: { dash: [7, 4], double: false, width: 1.75, color: 'fg' },
  meeting: { dash: [2.5, 2.5], double: false, width: 1.75, color: 'color-5' },
  diplomatic: { dash: [0.1, 3.5], double: false, width: 2.25, color: 'color-8' },
  'un-vote': { dash: [8, 3, 1.5, 3], double: false, width: 1.75, color: 'color-8' },
  sanction: { dash: [12, 3, 3, 3, 3, 3], double: false, width: 1.75, color: 'color-8' },
  report: { dash: [1, 2, 1, 6], double: false, width: 1.75, color: 'color-8' },
  role: { dash: null, double: false, width: 1, color: 'color-8' },
};

/**
 * Theme token of each kind's default colour. Organisations keep the palette's light green in
 * the dark theme too: its dark green (#2fc59b) is ΔE00 6 from the dark state blue under tritanopia.
 */
export const KIND_COLOR: Record<ActorKind, string> = { state: 'color-1', organisation: 'actor-organisation', person: 'color-2' };

/** Radius of an actor's mark: larger for states and for actors with more ties. */
export function nodeRadius(kind: ActorKind, degree: number, scale = 1): number {
  const base = kind === 'state' ? 6.5 : kind === 'organisation' ? 5.5 : 5;
  return (base + Math.min(7, Math.sqrt(degree) * 1.3)) * scale;
}

const f = (n: number) => Math.round(n * 100) / 100;

/**
 * The outline of an actor's mark centred on 0,0 as an SVG path (canvas draws the same
 * string through Path2D): state a circle, person a diamond, organisation a rounded square.
 */
export function shapePath(kind: ActorKind, r: number): string {
  if (kind === 'state') return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
  if (kind === 'person') {
    const d = r * 1.2;
    return `M0,${f(-d)}L${f(d)},0L0,${f(d)}L${f(-d)},0Z`;
  }
  const h = r * 0.9;
  const c = r * 0.3;
  return (
    `M${f(-h + c)},${f(-h)}H${f(h - c)}Q${f(h)},${f(-h)} ${f(h)},${f(-h + c)}V${f(h - c)}` +
    `Q${f(h)},${f(h)} ${f(h - c)},${f(h)}H${f(-h + c)}Q${f(-h)},${f(h)} ${f(-h)},${f(h - c)}` +
    `V${f(-h + c)}Q${f(-h)},${f(-h)} ${f(-h + c)},${f(-h)}Z`
  );
}

/** Labels longer than this are shortened with an ellipsis; the full name shows on hover and in the lists. */
export const LABEL_MAX_CHARS = 30;

export function labelText(name: string): string {
  // A name in brackets goes past 26 characters; a name with none is cut only past 30.
  if (name.length <= 26) return name;
  // A trailing name in brackets goes first: "Myanmar military (Tatmadaw)" reads whole as
  // "Myanmar military", where cutting it would leave "Myanmar military (Tatmada…".
  const bare = name.replace(/\s*\([^()]*\)$/, '');
  if (bare.length <= LABEL_MAX_CHARS) return bare;
  // Cut between words, never inside one ("Myanmar arms brokers sanc…" names no one).
  const head = bare.slice(0, LABEL_MAX_CHARS);
  const space = head.lastIndexOf(' ');
  return `${(space > LABEL_MAX_CHARS / 2 ? head.slice(0, space) : head.slice(0, LABEL_MAX_CHARS - 1)).replace(/[\s,;:-]+$/, '')}…`;
}
