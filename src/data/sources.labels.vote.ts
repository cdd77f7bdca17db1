// Generated from data/sources.json by test/internal/source-labels.node.test.ts (run it with
// UPDATE_SOURCE_LABELS=1 to rewrite); that test fails when this file and the data differ.
// The footer labels of the sources data/vote.json cites, apart from the others so that
// <vote-chart> carries these alone.
import type { SourceLabel } from './sources.labels.js';

/** The sources data/vote.json cites: what `<vote-chart>` carries. */
export const VOTE_SOURCE_LABELS: readonly SourceLabel[] = [
  ["irrawaddy-2021-07-07","The Irrawaddy, \"UN Vote Puts Spotlight on Myanmar-Belarus Connection\", 7 July 2021","https://www.irrawaddy.com/opinion/analysis/un-vote-puts-spotlight-on-myanmar-belarus-connection.html"],
  ["russia-key-backer-2021","\"Russia Emerges as Key Backer of Myanmar’s Military Post-Coup\", July 2021"],
  ["undl-a-res-75-287","United Nations Digital Library, voting record of A/RES/75/287 \"The situation in Myanmar\", 18 June 2021 (country names as the UN gives them today)","https://digitallibrary.un.org/record/3929594"],
];
