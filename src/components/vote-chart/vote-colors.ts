/**
 * The vote colours, per theme: in favour blue, against a deep red, abstained amber, did not
 * vote grey. Against is darker than abstained in both themes, so the two stay apart under
 * protanopia, deuteranopia and tritanopia (CIEDE2000 ≥ 19 between every pair, Machado 2009
 * simulation), where the palette's vermillion and orange both read yellow; against also carries
 * a hatch or a cross (see marks.ts), so colour is never the only cue.
 */
export const VOTE_COLORS = {
  light: { yes: '#0072b2', no: '#b8321c', abstain: '#e69f00', absent: '#8f8f8f' },
  dark: { yes: '#56b4e9', no: '#d84a30', abstain: '#f0b840', absent: '#7d7d7d' },
} as const;

/** Text on each fill, 4.5:1 or more. */
export const VOTE_INK = {
  light: { yes: '#ffffff', no: '#ffffff', abstain: '#000000', absent: '#000000' },
  dark: { yes: '#000000', no: '#000000', abstain: '#000000', absent: '#000000' },
} as const;
