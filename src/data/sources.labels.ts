// Generated from data/sources.json by test/internal/source-labels.node.test.ts (run it with
// UPDATE_SOURCE_LABELS=1 to rewrite); that test fails when this file and the data differ.
// Id, footer label (as sourceLabel() writes it) and URL of each bundled source: all a widget's
// footer needs, without the provenance notes. The vote's own are in sources.labels.vote.ts.
export type SourceLabel = readonly [id: string, label: string, url?: string];

/** Every bundled source data/vote.json does not cite. */
export const OTHER_SOURCE_LABELS: readonly SourceLabel[] = [
  ["diplomat-mah-belarus","The Diplomat, \"Myanmar Junta Chief Lands in Belarus After Russia Visit\""],
  ["globalsecurity-myanmar-russia","GlobalSecurity.org, \"Myanmar - Russia Relations\""],
  ["bnn-myanmar-belarus-2023","BNN Breaking, \"Myanmar and Belarus Fortify Diplomatic Bonds Amid Global Isolation\", September 2023"],
  ["sipri-atdb-2025","Information from the SIPRI Arms Transfers Database (SIPRI, data generated 3 January 2025)","https://www.sipri.org/databases/armstransfers"],
];
