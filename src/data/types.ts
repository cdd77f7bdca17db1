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
  kind: 'article' | 'dataset' | 'record';
  publisher: string;
  title: string;
  /** ISO date (partial allowed) of publication, as best known. */
  date: PartialDate | null;
  /** The date exactly as the source states it, when it states one. */
  dateAsStated?: string;
  /** How the date was inferred when the source does not state it. */
  dateNote?: string;
  url?: string;
  /** Credit line a reuser must print (SIPRI, UN). */
  credit?: string;
  terms?: string;
  /** Seed file the article text came from (for the provenance test). */
  file?: string;
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
  period: { from: PartialDate; to: PartialDate };
  /** When it was reported (publication date of the source). */
  reported: PartialDate | null;
  sources: SourceId[];
  note?: string;
}

export interface ArmsData {
  register: ArmsRegister;
  figures: ReportedFigure[];
}

/* ---------------------------------------------------------- actors, ties */

export type ActorKind = 'state' | 'person' | 'organisation';

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
}

export type TieType =
  | 'arms-supply'
  | 'visit'
  | 'meeting'
  | 'agreement'
  | 'sanction'
  | 'un-vote'
  | 'diplomatic'
  | 'commission'
  | 'trade'
  | 'role';

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
}

export interface Network {
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
}

/* ---------------------------------------------------------- disagreements */

export interface Claim {
  value: string;
  sources: SourceId[];
  note?: string;
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
