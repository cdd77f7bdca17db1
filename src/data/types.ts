/**
 * Shapes of the bundled dataset and of the data users may feed the components.
 * Every record that states a fact carries `sources`: ids that resolve in `sources.json`.
 * Dates are ISO 8601, partial allowed (`2014`, `2014-11`, `2014-11-25`).
 */

export type SourceId = string;
/** ISO 8601 date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface Source {
  id: SourceId;
  /** `reference`: a page outside the five articles, read in a copy of the page itself, for a name, a date or a fact they lack (see `confirmed`). */
  kind: 'article' | 'dataset' | 'record' | 'reference';
  publisher: string;
  title: string;
  /** ISO date (partial allowed) of publication, as best known. */
  date: PartialDate | null;
  /** The date exactly as the source states it, when it states one. */
  dateAsStated?: string;
  /** How the date was inferred when the source does not state it. */
  dateNote?: string;
  url?: string;
  /** How and when the page behind `url` (or the reference itself) was confirmed: we add a link only from a copy of the page itself. */
  confirmed?: string;
  /** Credit line a reuser must print (SIPRI, UN). */
  credit?: string;
  terms?: string;
  /** Seed file the article text came from (for the provenance test). */
  file?: string;
  /** For an undated source: the earliest date its text allows (see `dateNote`). */
  notBefore?: PartialDate;
  /** False when the copy does not name its publisher (then `publisher` is our description). */
  publisherStated?: boolean;
  /** How the data reached us (transcription, public copy), in our words. */
  note?: string;
  /** The footer label, when the usual `Publisher, "Title", date` does not fit (datasets, records). */
  label?: string;
}

/* ------------------------------------------------------------------ vote */

export interface VoteOption {
  /** Stable id used in `tally` and `rollCall[].vote`, e.g. `yes`. */
  id: string;
  /** Reader-facing label, e.g. `In favour`. */
  label: string;
  /** True for the "did not vote / absent" bucket, drawn only with `show-absent`. */
  absent?: boolean;
}

export interface RollCallEntry {
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** ISO 3166-1 numeric / UN M49, zero-padded to 3 digits (= world-atlas feature id). */
  m49?: string;
  name: string;
  /** An option id. */
  vote: string;
}

export interface CountryGroup {
  id: string;
  label: string;
  /** ISO alpha-3 codes. */
  members: string[];
  sources: SourceId[];
  note?: string;
  /** The members' names as the cited article spells them (checked against its text). */
  asStated?: string[];
}

export interface VoteRecord {
  /** e.g. `A/RES/75/287`. */
  id: string;
  title: string;
  date: PartialDate;
  body?: string;
  options: VoteOption[];
  /** Count per option id. */
  tally: Record<string, number>;
  /** Number of members entitled to vote. */
  total: number;
  rollCall?: RollCallEntry[];
  groups?: CountryGroup[];
  sources: SourceId[];
  /** Caveats in our words (e.g. that country names are today's, not the record's). */
  note?: string;
}

/* ------------------------------------------------------------------ arms */

/** One row of SIPRI's trade register: one deal's deliveries in one year. */
export interface ArmsDelivery {
  sipriId: number;
  supplier: string;
  recipient: string;
  designation: string;
  description: string;
  category: string;
  orderYear: number | null;
  orderYearEstimate: boolean;
  delivered: number | null;
  deliveredEstimate: boolean;
  deliveryYear: number;
  deliveryYearEstimate: boolean;
  status: string;
  /** SIPRI TIV per unit, millions. A volume index, never dollars. */
  tivUnit: number | null;
  /** SIPRI's TIV estimate for one new item ("SIPRI estimate" column), millions. A volume index, never dollars. */
  sipriEstimate?: number | null;
  /** SIPRI TIV of this year's deliveries, millions. A volume index, never dollars. */
  tiv: number;
  localProduction: boolean;
}

export interface ArmsRegister {
  recipient: string;
  /** Always this literal: the unit is an index, not money. */
  unit: 'SIPRI TIV (millions)';
  /** SIPRI release the rows come from, e.g. `2025-01-03`. */
  release: PartialDate;
  sources: SourceId[];
  deliveries: ArmsDelivery[];
  /** SIPRI supplier name -> country codes for maps; null where the supplier is no state (e.g. `unknown supplier(s)`). */
  suppliers?: Record<string, { iso3: string | null; m49: string | null }>;
}

export type FigureUnit = 'percent' | 'usd' | 'count' | 'tiv';

/** A figure as an article reports it, with its period, beside what our own calculation gives. */
export interface ReportedFigure {
  id: string;
  /** Supplier or subject, e.g. `Russia`. */
  subject: string;
  /** Short reader-facing label in our words. */
  label: string;
  value: number;
  unit: FigureUnit;
  /** `at least`, `about`, or exact. */
  qualifier?: 'about' | 'at least' | 'exact';
  /** `to` is absent when the source does not say when the count ends (never filled in by us). */
  period: { from: PartialDate; to?: PartialDate };
  /** When it was reported (publication date of the source). */
  reported: PartialDate | null;
  sources: SourceId[];
  note?: string;
  /** How to compute the comparable figure from the SIPRI rows: the supplier's share of all TIV
   * delivered to the register's recipient in delivery years from..to, or the supplier's TIV sum. */
  computed?: { measure: 'share' | 'sum'; supplier: string; from: number; to: number };
  /** The figure exactly as the article words it (checked against its text), e.g. `at least $406 million`. */
  asStated?: string;
  /** The period exactly as the article words it, e.g. `from 2015 to 2019`. */
  periodAsStated?: string;
  /** `sipriId`s of the register rows the figure can be checked against (see `note`). */
  sipriIds?: number[];
}

/** A weapon system an article names as supplied, sold or serviced, with or without a number. */
export interface ReportedSystem {
  id: string;
  /** Supplier as SIPRI names it where it can, e.g. `Russia`; absent when the source does not say. */
  supplier?: string;
  /** Display name, e.g. `Su-30`. */
  name: string;
  /** What the article says about it, in our words. */
  label: string;
  /** How many, when the article says. */
  count?: number;
  date?: PartialDate;
  /** The name (and number) exactly as the article words it, checked against its text. */
  asStated: string;
  dateAsStated?: string;
  sources: SourceId[];
  sipriIds?: number[];
  note?: string;
}

/** A dated marker for the arms timeline (e.g. the coup). */
export interface ArmsMarker {
  date: PartialDate;
  label: string;
  sources: SourceId[];
  /** The date exactly as a cited article words it (checked against its text). */
  dateAsStated?: string;
  /** The label in other languages, keyed by language tag like an actor's `names`: `{ "ru": "Военный переворот" }`. */
  labels?: LocalNames;
  /** Who translated `labels` (an editor checks them against it). */
  labelsSource?: string;
}

export interface ArmsData {
  register: ArmsRegister;
  figures: ReportedFigure[];
  markers?: ArmsMarker[];
  /** Systems the articles name, for captions and notes beside the register. */
  systems?: ReportedSystem[];
}

/* ---------------------------------------------------------- actors, ties */

export type ActorKind = 'state' | 'person' | 'organisation';

/** A name in other languages: language tag (`my`, `ru`, `be`, `pt-BR`) -> the name. */
export type LocalNames = Record<string, string>;

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  /** ISO alpha-3 of the state a person or organisation belongs to; for states, their own code. */
  country?: string;
  /** Role and period as stated, in our words. */
  role?: string;
  period?: string;
  sources: SourceId[];
  /** Spellings of the name used in the cited articles when ours differs (e.g. `Min Aung Hline`). */
  asStated?: string[];
  /**
   * The name in other languages, keyed by language tag (`my`, `ru`, `be`…): a reader whose
   * page is in that language reads it instead of `name`. People as their own language writes
   * them; an entry left out keeps `name` (Latin script). `name` stays the key editors type.
   */
  names?: LocalNames;
  /** Where each of `names` comes from, in words (a page, CLDR, our translation to review). */
  namesSource?: string;
  /**
   * Rank in `<relation-map>`'s story view (1 = most important): actors with a rank are the
   * story's cast; without any, the view picks the centre's best-connected neighbours.
   */
  story?: number;
}

export type TieType =
  'arms-supply' | 'visit' | 'meeting' | 'agreement' | 'sanction' | 'un-vote' | 'diplomatic' | 'commission' | 'trade' | 'report' | 'role';

export interface Tie {
  id: string;
  type: TieType;
  /** Actor id the tie starts from (the visitor, the supplier, the sanctioning state...). */
  source: string;
  target: string;
  directed: boolean;
  date?: PartialDate;
  endDate?: PartialDate;
  /** Short description in our words. */
  label: string;
  sources: SourceId[];
  /** The date exactly as the cited article words it (checked against its text), e.g. `November 2014`. */
  dateAsStated?: string;
  /**
   * Set when the date is the cited article's own (publication) date, or coarser, because the
   * article dates the fact only relative to itself ("yesterday", "In January").
   */
  dateFrom?: SourceId;
  /** Caveats in our words, e.g. why the tie has no date. */
  note?: string;
  /** Rank in the story view: 1 = a key tie, stated in words beside the chart; 2 = drawn. Unranked ties are left out of it. */
  story?: number;
  /** A key tie in a few words, written on its line in the story view ("2 Kvadrat-M missile systems, 2016"); without it, the line carries a number keyed to the list under the chart. */
  callout?: string;
  /** `callout` in other languages, by language tag, like an actor's `names` (`{ "my": "…", "ru": "…" }`); a language left out shows the English, marked as English. */
  callouts?: LocalNames;
  /** Where each of `callouts` comes from, in words (our translation, to review). */
  calloutsSource?: string;
}

export interface Network {
  /** The actor drawn at the centre by default (`mm-military`). */
  center?: string;
  actors: Actor[];
  ties: Tie[];
}

/* ---------------------------------------------------------------- events */

export interface TimelineEvent {
  id: string;
  date: PartialDate;
  /** In our words. */
  title: string;
  actors?: string[];
  sources: SourceId[];
  /** The date exactly as the cited article words it (checked against its text). */
  dateAsStated?: string;
  /** As on `Tie`: the date is the cited article's own date, the fact being dated only relative to it. */
  dateFrom?: SourceId;
  /** Caveats in our words (e.g. where sources differ, see disagreements.json). */
  note?: string;
}

/* ---------------------------------------------------------- disagreements */

export interface Claim {
  value: string;
  sources: SourceId[];
  note?: string;
  /** The claim exactly as each article words it (checked against its text). */
  asStated?: Array<{ source: SourceId; text: string }>;
}

export interface Disagreement {
  id: string;
  topic: string;
  claims: Claim[];
  /** The value the widgets show. */
  shown: string;
  /** Why that one. */
  why: string;
}
