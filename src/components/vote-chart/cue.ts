/**
 * What `<vote-chart>`'s interaction reads of a DOM event, taken when the event fires: the
 * interaction's code may still be on its way (it loads after the first paint), and the event's
 * target and value are read now, not then.
 */
import type { Cue } from './vote-chart.types.js';

/** What the interaction reads of a DOM event. */
export function cue(e: Event): Cue {
  const target = e.target as (Element & { value?: unknown }) | null;
  const value = target?.value;
  return {
    key: (e as KeyboardEvent).key ?? '',
    target,
    related: (e as FocusEvent).relatedTarget as Node | null,
    x: (e as PointerEvent).clientX ?? 0,
    y: (e as PointerEvent).clientY ?? 0,
    value: typeof value === 'string' ? value : '',
    picked: !(e instanceof InputEvent) || e.inputType === 'insertReplacementText' || e.inputType === undefined,
    prevent: () => e.preventDefault(),
  };
}
