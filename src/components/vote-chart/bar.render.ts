/** The `bar` view's geometry as lit-html `svg` templates. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { BarLayout } from './bar.layout.js';
import type { Callout, TextLine } from './callouts.layout.js';
import { countWithShare } from './format.js';
import { AGAINST, crossMark, focusRect, hatchDefs, type MarkState } from './marks.js';

export function textLine(t: TextLine, cls: string): SVGTemplateResult {
  return svg`<text class=${cls} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`;
}

/**
 * Callouts under a chart. The swatch of "against" carries the same second cue as its mark: a
 * hatch (bar; the chart must hold `hatchDefs()`) or, in the hemicycle, a seat with its cross.
 */
export function renderCallouts(callouts: readonly Callout[], cue: 'hatch' | 'cross' = 'hatch'): SVGTemplateResult {
  const swatch = (c: Callout, s: NonNullable<Callout['swatch']>) => {
    const against = c.option.cls === AGAINST;
    if (cue === 'cross') {
      const r = s.size / 2;
      return svg`<circle class=${`swatch seat-swatch ${c.option.cls}`} cx=${s.x + r} cy=${s.y + r} r=${r}></circle>${against ? crossMark(s.x + r, s.y + r, r) : nothing}`;
    }
    return svg`<rect class=${`swatch ${c.option.cls}`} x=${s.x} y=${s.y} width=${s.size} height=${s.size} rx="2"></rect>${
      against ? svg`<rect class="hatch" fill="url(#vc-hatch)" x=${s.x} y=${s.y} width=${s.size} height=${s.size} rx="2"></rect>` : nothing
    }`;
  };
  return svg`<g class="callouts">${callouts.map(
    (c) => svg`<g class="callout">
      ${
        c.leader
          ? svg`<line class="leader" x1=${c.leader.x} y1=${c.leader.y1} x2=${c.leader.x} y2=${c.leader.y2}></line>
          <circle class="leader-dot" cx=${c.leader.x} cy=${c.leader.y2} r="1.8"></circle>`
          : nothing
      }
      ${c.swatch ? swatch(c, c.swatch) : nothing}
      ${c.lines.map((t) => textLine(t, 'callout-text'))}
    </g>`,
  )}</g>`;
}

export function renderBar(l: BarLayout, state: MarkState): SVGTemplateResult {
  const { bar } = l;
  const active = l.segments.find((s) => s.option.id === state.active);
  return svg`
    ${hatchDefs()}
    <g class="note" aria-hidden="true">${l.note.map((t) => textLine(t, 'note-text'))}</g>
    <g class="labels" aria-hidden="true">${l.segments.map((s) => (s.label ? textLine(s.label, 'opt-label') : nothing))}</g>
    <g class="segments">
      ${l.segments.map((s) =>
        s.width > 0
          ? svg`<rect class=${`mark seg ${s.option.cls}${state.selected === s.option.id ? ' selected' : ''}`}
              data-key=${s.option.id} role="button" tabindex="-1"
              aria-label=${`${s.option.label}: ${countWithShare(state.locale, s.option.count, s.share)}`}
              x=${s.x} y=${bar.y} width=${s.width} height=${bar.height}></rect>`
          : nothing,
      )}
    </g>
    <g class="cues" aria-hidden="true">
      ${l.segments.map((s) =>
        s.width > 0 && s.option.cls === AGAINST
          ? svg`<rect class="hatch" fill="url(#vc-hatch)" x=${s.x} y=${bar.y} width=${s.width} height=${bar.height}></rect>`
          : nothing,
      )}
      ${
        l.group?.segments.map((s) =>
          s.width > 0 && s.option.cls === AGAINST
            ? svg`<rect class="hatch" fill="url(#vc-hatch)" x=${s.x} y=${l.group!.y} width=${s.width} height=${l.group!.height}></rect>`
            : nothing,
        ) ?? nothing
      }
    </g>
    <g class="inside" aria-hidden="true">
      ${l.segments.map((s) => s.inside.map((t, i) => textLine(t, `ink ink-${s.option.cls}${i === 0 ? ' count' : ' share'}`)))}
    </g>
    ${renderCallouts(l.callouts)}
    ${
      l.group
        ? svg`<g class="group-bar">
          ${l.group.caption.map((t) => textLine(t, 'group-caption'))}
          ${l.group.segments.map((s) =>
            s.width > 0
              ? svg`<rect class=${`gseg ${s.option.cls}`} x=${s.x} y=${l.group!.y} width=${s.width} height=${l.group!.height}></rect>
                ${s.inside ? textLine(s.inside, `ink ink-${s.option.cls} gcount`) : nothing}`
              : nothing,
          )}
        </g>`
        : nothing
    }
    ${active && state.showFocus ? focusRect(active.x, bar.y, active.width, bar.height) : nothing}
  `;
}
