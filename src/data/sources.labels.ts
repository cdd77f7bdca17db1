// Generated from data/sources.json by test/internal/source-labels.node.test.ts (run it with
// UPDATE_SOURCE_LABELS=1 to rewrite); that test fails when this file and the data differ.
// Id, footer label (as sourceLabel() writes it) and URL of each bundled source: all a widget's
// footer needs, without the provenance notes. The vote's own are in sources.labels.vote.ts.
export type SourceLabel = readonly [id: string, label: string, url?: string];

/** Every bundled source data/vote.json does not cite. */
export const OTHER_SOURCE_LABELS: readonly SourceLabel[] = [
  ["diplomat-mah-belarus","The Diplomat, \"Myanmar Junta Chief Lands in Belarus After Russia Visit\", March 2025","https://thediplomat.com/2025/03/myanmar-junta-chief-lands-in-belarus-after-russia-visit"],
  ["globalsecurity-myanmar-russia","GlobalSecurity.org, \"Myanmar - Russia Relations\""],
  ["bnn-myanmar-belarus-2023","BNN Breaking, \"Myanmar and Belarus Fortify Diplomatic Bonds Amid Global Isolation\", September 2023","https://bnn.network/world/myanmar/myanmar-and-belarus-fortify-diplomatic-bonds-amid-global-isolation/"],
  ["sipri-atdb-2025","Information from the SIPRI Arms Transfers Database (SIPRI, data generated 3 January 2025)","https://www.sipri.org/databases/armstransfers"],
  ["nikkei-thaung-tun-2017","Nikkei Asian Review, \"Myanmar 'making progress' on peace talks, Rohingya, China ties\", June 2017","https://asia.nikkei.com/Spotlight/The-Future-of-Asia-2017/Myanmar-making-progress-on-peace-talks-Rohingya-China-ties"],
  ["straitstimes-htin-kyaw-2016","The Straits Times, \"Htin Kyaw sworn in as Myanmar's first elected civilian president in decades\", 30 March 2016"],
  ["xinhua-nyan-tun-2013","China Daily (Xinhua), \"Myanmar, Russia vow to promote ties\", 5 March 2013"],
  ["lostfootsteps-khrushchev","Lost Footsteps, \"Soviet Premier's Burma Trip\"","https://lostfootsteps.org/en/history/soviet-premiers-burma-trip"],
  ["cni-putin-mah-2022","CNI News, \"President Putin, Srn Gen Min Aung Hlaing discuss domestic, regional politics\", 7 September 2022","https://cnimyanmar.com/index.php/english-edition/9048-president-putin-srn-gen-min-aung-hlaing-discuss-domestic-regional-politics"],
  ["rfa-mah-putin-2025","Radio Free Asia, \"Myanmar’s junta leader meets Putin, predicts Russian victory in Ukraine\", 4 March 2025","https://rfa.org/english/myanmar/2025/03/04/myanmar-russia-putin-min-aung-hlaing-meeting"],
];
