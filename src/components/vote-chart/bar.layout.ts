/**
 * The `bar` view: one stacked bar of the shown options, with counts and shares written on
 * it where they fit, option labels above, and segments too narrow for their numbers called
 * out below with a leader line ("Against 1 (0.6%): Belarus"). Pure: model + width -> geometry.
 */
import type { CountryGroup } from '../../data/types.js';
import { formatNumber, formatPercent } from '../../internal/locale.js';
import { countShare, groupStatement, nameList } from './format.js';
import { namedCallouts, type Callout, type TextLine } from './callouts.layout.js';
import { lineStep, textWidth, wrap } from '../../internal/text-metrics.js';
import { groupCounts, lowerFirst, type Country, type OptionInfo, type VoteModel } from './vote-model.js';
import { msg, str } from '../../internal/i18n/msg.js';

export type { Callout, TextLine };

export const BAR_FONT = { note: 12, label: 13, count: 15, share: 12, callout: 13 } as const;
const LINE = 17;
const NOTE_LINE = 15;
const GAP = 8;

export interface BarSegment {
  option: OptionInfo;
  x: number;
  width: number;
  share: number;
  /** Numbers written inside the bar (empty when they do not fit: then the segment is called out). */
  inside: TextLine[];
  /** The option label above the bar, or null when the segment is called out below instead. */
  label: TextLine | null;
}

export interface GroupBar {
  group: CountryGroup;
  caption: TextLine[];
  y: number;
  height: number;
  segments: Array<{ option: OptionInfo; x: number; width: number; count: number; inside: TextLine | null }>;
}

export interface BarLayout {
  width: number;
  height: number;
  note: TextLine[];
  bar: { y: number; height: number };
  segments: BarSegment[];
  callouts: Callout[];
  group: GroupBar | null;
}

export interface BarInput {
  model: VoteModel;
  width: number;
  locale: string;
  named: ReadonlyMap<string, Country[]>;
  group: CountryGroup | null;
}

/** Splits `width` among counts; a non-zero count gets at least `min` px, taken from the widest. */
export function segmentWidths(counts: readonly number[], width: number, min = 2): number[] {
  const sum = counts.reduce((s, n) => s + n, 0);
  if (sum <= 0) return counts.map(() => 0);
  const w = counts.map((n) => (n / sum) * width);
  let deficit = 0;
  for (let i = 0; i < w.length; i++) {
    if (counts[i]! > 0 && w[i]! < min) {
      deficit += min - w[i]!;
      w[i] = min;
    }
  }
  if (deficit > 0) {
    const widest = w.indexOf(Math.max(...w));
    w[widest] = w[widest]! - deficit;
  }
  return w;
}

export function barLayout({ model, width, locale, named, group }: BarInput): BarLayout {
  const W = Math.max(width, 1);
  let y = 0;

  // The note that says what the bar is a whole of.
  const note: TextLine[] = [];
  const shown = formatNumber(locale, model.shownTotal);
  const total = formatNumber(locale, model.total);
  const hidden = formatNumber(locale, model.hiddenAbsent);
  const absent = lowerFirst(model.absentLabel ?? msg('did not vote', { id: 'vote.absent' }));
  const noteText =
    model.hiddenAbsent > 0
      ? msg(str`${shown} of ${total} members voted; ${hidden} ${absent}. Shares are of those voting.`, { id: 'vote.bar.note.absent' })
      : model.shownTotal !== model.total
        ? msg(str`${shown} votes recorded of ${total} members.`, { id: 'vote.bar.note.recorded' })
        : '';
  if (noteText) {
    const step = lineStep(noteText, BAR_FONT.note, NOTE_LINE);
    for (const t of wrap(noteText, W, BAR_FONT.note)) {
      y += step;
      note.push({ text: t, x: 0, y: y - 3, anchor: 'start' });
    }
    y += 6;
  }

  const labelY = y + LINE - 4;
  y += LINE + 2;
  const barH = W < 420 ? 40 : 46;
  const bar = { y, height: barH };

  const widths = segmentWidths(
    model.shown.map((o) => o.count),
    W,
  );
  let x = 0;
  let labelEnd = -Infinity;
  const segments: BarSegment[] = model.shown.map((option, i) => {
    const w = widths[i]!;
    const seg: BarSegment = {
      option,
      x,
      width: w,
      share: model.shownTotal > 0 ? option.count / model.shownTotal : 0,
      inside: [],
      label: null,
    };
    x += w;
    if (option.count === 0) return seg;
    const count = formatNumber(locale, option.count);
    const share = formatPercent(locale, seg.share);
    const cw = textWidth(count, BAR_FONT.count, true);
    const sw = textWidth(share, BAR_FONT.share);
    const pad = 7;
    const mid = bar.y + barH / 2;
    if (cw + 6 + sw + 2 * pad <= w) {
      seg.inside = [
        { text: count, x: seg.x + pad, y: mid + 5, anchor: 'start' },
        { text: share, x: seg.x + pad + cw + 6, y: mid + 5, anchor: 'start' },
      ];
    } else if (Math.max(cw, sw) + 2 * 5 <= w) {
      seg.inside = [
        { text: count, x: seg.x + w / 2, y: mid - 2, anchor: 'middle' },
        { text: share, x: seg.x + w / 2, y: mid + 13, anchor: 'middle' },
      ];
    } else {
      return seg; // too narrow for its numbers: called out below
    }
    // The option label above its segment, never over its neighbour's label.
    const lw = textWidth(option.label, BAR_FONT.label, true);
    let lx = Math.max(seg.x + (i === 0 ? 0 : 2), labelEnd + GAP);
    let anchor: TextLine['anchor'] = 'start';
    if (lx + lw > W) {
      lx = W;
      anchor = 'end';
    }
    const start = anchor === 'end' ? lx - lw : lx;
    if (start < labelEnd + GAP || start > seg.x + w - 4 || start + lw > W + 0.5) {
      seg.inside = [];
      return seg;
    }
    seg.label = { text: option.label, x: lx, y: labelY, anchor };
    labelEnd = start + lw;
    return seg;
  });

  y = bar.y + barH;
  const callouts: Callout[] = [];

  // Segments too narrow for their numbers: leader line and text, nearest the bar.
  const outside = segments.filter((s) => s.option.count > 0 && s.inside.length === 0);
  const leaderXs = outside.map((s) => s.x + s.width / 2);
  y += 10;
  outside.forEach((s, k) => {
    const lx = leaderXs[k]!;
    const names = named.get(s.option.id) ?? [];
    const text = `${s.option.label} ${countShare(locale, s.option.count, model.shownTotal)}${
      names.length
        ? `: ${nameList(
            locale,
            names.map((c) => c.short),
            s.option.count,
          )}`
        : ''
    }`;
    // Choose the side (right of the leader, left of it, or the full width) that needs the fewest
    // lines and that no later leader (they run down past this row) crosses.
    const later = leaderXs.slice(k + 1);
    const sides = [
      { anchor: 'start' as const, x: lx + 5, room: W - lx - 5 },
      { anchor: 'end' as const, x: lx - 5, room: lx - 5 },
      { anchor: 'start' as const, x: 0, room: W },
    ]
      .filter((side) => side.room >= 60)
      .map((side) => {
        const lines = wrap(text, side.room, BAR_FONT.callout);
        const span = Math.max(...lines.map((l) => textWidth(l, BAR_FONT.callout)));
        const [a, b] = side.anchor === 'start' ? [side.x, side.x + span] : [side.x - span, side.x];
        const crosses = later.some((lx2) => lx2 >= a - 3 && lx2 <= b + 3);
        return { ...side, lines, crosses };
      })
      .filter((side) => !side.crosses);
    const best = sides.sort((p, q) => p.lines.length - q.lines.length)[0] ?? {
      anchor: 'start' as const,
      x: 0,
      lines: wrap(text, W, BAR_FONT.callout),
    };
    const full = best.x === 0 && best.anchor === 'start';
    const firstY = y + (full ? 18 : 12);
    callouts.push({
      option: s.option,
      leader: { x: lx, y1: bar.y + barH + 2, y2: full ? y + 4 : firstY - 4 },
      swatch: null,
      lines: best.lines.map((t, j) => ({ text: t, x: best.x, y: firstY + j * LINE, anchor: best.anchor })),
    });
    y = firstY + (best.lines.length - 1) * LINE + 8;
  });

  // Who the annotations name, under segments that carry their own numbers.
  const named2 = namedCallouts(
    segments.filter((s) => s.inside.length > 0).map((s) => s.option),
    named,
    locale,
    W,
    y + 4,
  );
  callouts.push(...named2.callouts);
  y = named2.bottom;

  // The emphasised group as a bar of its own.
  let groupBar: GroupBar | null = null;
  if (group && model.hasRollCall) {
    const counts = groupCounts(model, group);
    const caption = wrap(groupStatement(locale, group, counts), W, BAR_FONT.callout, true).map((t, j) => ({
      text: t,
      x: 0,
      y: y + 23 + j * LINE,
      anchor: 'start' as const,
    }));
    y = caption.at(-1)!.y + 8;
    const height = 22;
    const shownCounts = model.shown.map((o) => counts.find((c) => c.option.id === o.id)?.count ?? 0);
    const gw = segmentWidths(shownCounts, W);
    let gx = 0;
    const gsegs = model.shown.map((option, i) => {
      const seg = { option, x: gx, width: gw[i]!, count: shownCounts[i]!, inside: null as TextLine | null };
      gx += gw[i]!;
      const t = formatNumber(locale, seg.count);
      if (seg.count > 0 && textWidth(t, BAR_FONT.label, true) + 10 <= seg.width) {
        seg.inside = { text: t, x: seg.x + 5, y: y + height / 2 + 4.5, anchor: 'start' };
      }
      return seg;
    });
    groupBar = { group, caption, y, height, segments: gsegs };
    y += height + 4;
  }

  return { width: W, height: Math.ceil(y + 4), note, bar, segments, callouts, group: groupBar };
}
