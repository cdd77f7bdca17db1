/**
 * Runtime validation of arms data: SIPRI's register rows (TIV, a volume index in millions,
 * never dollars) and the figures news reports cite. Accepts `{ register }` alone.
 */
import { issue, type DataIssue, type Validated } from './issue.js';
import { bare, peekLength, toPlain } from './plain.js';
import { LIMITS, overLimit } from './limits.js';
import { isReservedKey } from './plain.js';
import type { ArmsData, ArmsDelivery, ArmsMarker, ArmsRegister, FigureUnit, ReportedFigure, ReportedSystem } from './types.js';
import {
  at,
  checkNumber,
  expectObject,
  hasErrorSince,
  isIso3,
  isM49,
  isObject,
  readArray,
  readId,
  readBoolean,
  readDate,
  readNames,
  readNullableNumber,
  readNumber,
  readSources,
  readString,
  show,
  type Obj,
} from './check.js';

export const TIV_UNIT = 'SIPRI TIV (millions)';
const UNITS: readonly FigureUnit[] = ['percent', 'usd', 'count', 'tiv'];
const QUALIFIERS = ['about', 'at least', 'exact'] as const;

/** A year: a whole number between 1900 and 2100. */
function readYear(obj: Obj, key: string, path: string, issues: DataIssue[], nullable: boolean): number | null | undefined {
  const v = obj[key];
  if (v === null && nullable) return null;
  const n = checkNumber(v, at(path, key), issues, true);
  if (n === undefined) return undefined;
  if (n < 1900 || n > 2100) {
    issues.push(issue(at(path, key), `is ${n}: expected a year between 1900 and 2100`));
    return undefined;
  }
  return n;
}

/** Optional text: missing -> '' (no issue); wrong type -> error. */
function readText(obj: Obj, key: string, path: string, issues: DataIssue[]): string {
  const v = obj[key];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') {
    issues.push(issue(at(path, key), `is ${show(v)}: expected text`));
    return '';
  }
  return readString(obj, key, path, issues, false) ?? '';
}

function readDelivery(raw: unknown, p: string, issues: DataIssue[]): ArmsDelivery | undefined {
  const d = expectObject(raw, p, issues, 'a delivery row');
  if (!d) return undefined;
  const mark = issues.length;
  const sipriId = readNumber(d, 'sipriId', p, issues, true);
  const supplier = readId(d, 'supplier', p, issues);
  const recipient = readId(d, 'recipient', p, issues);
  const designation = readString(d, 'designation', p, issues);
  const description = readText(d, 'description', p, issues);
  const category = readText(d, 'category', p, issues);
  if (isReservedKey(category.trim()))
    issues.push(issue(at(p, 'category'), `is "${category}", a word JavaScript reserves for objects' prototypes: use another name`));
  const orderYear = readYear(d, 'orderYear', p, issues, true);
  const deliveryYear = readYear(d, 'deliveryYear', p, issues, false);
  const delivered = readNullableNumber(d, 'delivered', p, issues, true);
  const sipriEstimate = d['sipriEstimate'] === undefined ? undefined : readNullableNumber(d, 'sipriEstimate', p, issues);
  const tivUnit = d['tivUnit'] === undefined ? null : readNullableNumber(d, 'tivUnit', p, issues);
  const tiv = readNumber(d, 'tiv', p, issues);
  const row: ArmsDelivery = bare({
    sipriId: sipriId!,
    supplier: supplier!,
    recipient: recipient!,
    designation: designation!,
    description,
    category,
    orderYear: orderYear ?? null,
    orderYearEstimate: readBoolean(d, 'orderYearEstimate', p, issues, false),
    delivered: delivered ?? null,
    deliveredEstimate: readBoolean(d, 'deliveredEstimate', p, issues, false),
    deliveryYear: deliveryYear as number,
    deliveryYearEstimate: readBoolean(d, 'deliveryYearEstimate', p, issues, false),
    status: readText(d, 'status', p, issues),
    tivUnit: tivUnit ?? null,
    tiv: tiv!,
    localProduction: readBoolean(d, 'localProduction', p, issues, false),
  });
  if (sipriEstimate !== undefined) row.sipriEstimate = sipriEstimate;
  if (orderYear != null && deliveryYear != null && orderYear > deliveryYear) {
    issues.push(issue(at(p, 'orderYear'), `is ${orderYear}, after the delivery year ${deliveryYear}`, 'warning'));
  }
  if (hasErrorSince(issues, mark)) return undefined;
  return row;
}

function readSuppliers(raw: unknown, path: string, issues: DataIssue[]): ArmsRegister['suppliers'] {
  if (!isObject(raw)) {
    issues.push(issue(path, `is ${show(raw)}: expected { "Russia": { "iso3": "RUS", "m49": "643" }, ... }`, 'warning'));
    return undefined;
  }
  const out: NonNullable<ArmsRegister['suppliers']> = Object.create(null);
  for (const [name, v] of Object.entries(raw)) {
    const p = `${path}.${name}`;
    if (!isObject(v)) {
      issues.push(issue(p, `is ${show(v)}: expected { "iso3": ..., "m49": ... }; dropped`, 'warning'));
      continue;
    }
    const iso3 = v['iso3'] ?? null;
    const m49 = v['m49'] ?? null;
    if (iso3 !== null && !isIso3(iso3)) {
      issues.push(issue(`${p}.iso3`, `is ${show(iso3)}: expected a three-letter ISO 3166 code or null; dropped`, 'warning'));
      continue;
    }
    if (m49 !== null && !isM49(m49)) {
      issues.push(issue(`${p}.m49`, `is ${show(m49)}: expected a three-digit code in quotes or null; dropped`, 'warning'));
      continue;
    }
    out[name] = { iso3, m49 };
  }
  return out;
}

function readRegister(raw: unknown, issues: DataIssue[]): ArmsRegister | null {
  const r = expectObject(raw, 'register', issues, 'a register object with deliveries');
  if (!r) return null;
  const recipient = readString(r, 'recipient', 'register', issues);
  const unit = r['unit'];
  if (unit === undefined) {
    issues.push(issue('register.unit', `is missing; taken as "${TIV_UNIT}"`, 'warning'));
  } else if (unit !== TIV_UNIT) {
    issues.push(
      issue(
        'register.unit',
        `is ${show(unit)}: must be "${TIV_UNIT}". The register holds SIPRI trend-indicator values, a volume index, not money`,
      ),
    );
    return null;
  }
  const release = readDate(r, 'release', 'register', issues, false);
  const list = readArray(r, 'deliveries', 'register', issues);
  if (recipient === undefined || !list) return null;
  const deliveries: ArmsDelivery[] = [];
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    const row = readDelivery(list[i], `register.deliveries[${i}]`, issues);
    if (!row) continue;
    // Every figure drawn is a sum of these: one that overflows would read "NaN" or "Infinity".
    if (!Number.isFinite(total + row.tiv)) {
      issues.push(
        issue(`register.deliveries[${i}].tiv`, `is ${row.tiv}: the TIV values add up to more than can be counted; nothing is drawn`),
      );
      return null;
    }
    total += row.tiv;
    deliveries.push(row);
  }
  const register: ArmsRegister = bare({
    recipient,
    unit: TIV_UNIT,
    release: release ?? '',
    sources: readSources(r, 'register', issues),
    deliveries,
  });
  if (r['suppliers'] !== undefined) {
    const suppliers = readSuppliers(r['suppliers'], 'register.suppliers', issues);
    if (suppliers) register.suppliers = suppliers;
  }
  return register;
}

function readIntList(obj: Obj, key: string, p: string, issues: DataIssue[]): number[] | undefined {
  const list = readArray(obj, key, p, issues, false);
  if (!list) return undefined;
  const out: number[] = [];
  list.forEach((v, i) => {
    const n = checkNumber(v, `${at(p, key)}[${i}]`, issues, true);
    if (n !== undefined) out.push(n);
  });
  return out;
}

function readFigure(raw: unknown, p: string, issues: DataIssue[]): ReportedFigure | undefined {
  const f = expectObject(raw, p, issues, 'a reported figure');
  if (!f) return undefined;
  const mark = issues.length;
  const id = readId(f, 'id', p, issues);
  const subject = readString(f, 'subject', p, issues);
  const label = readString(f, 'label', p, issues);
  const value = readNumber(f, 'value', p, issues);
  const unit = f['unit'];
  if (!UNITS.includes(unit as FigureUnit)) {
    issues.push(issue(at(p, 'unit'), `is ${show(unit)}: expected one of ${UNITS.join(', ')}`));
  } else if (unit === 'percent' && value !== undefined && value > 100) {
    issues.push(issue(at(p, 'value'), `is ${value}: a percentage cannot exceed 100`));
  }
  const qualifier = f['qualifier'];
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier as (typeof QUALIFIERS)[number])) {
    issues.push(issue(at(p, 'qualifier'), `is ${show(qualifier)}: expected "about", "at least" or "exact"`));
  }
  const period = expectObject(f['period'], at(p, 'period'), issues, 'a period like { "from": "2015", "to": "2019" }');
  let from: string | undefined;
  let to: string | undefined;
  if (period) {
    from = readDate(period, 'from', at(p, 'period'), issues);
    // No end when the source states none: we never supply one.
    to = readDate(period, 'to', at(p, 'period'), issues, false);
    if (from !== undefined && to !== undefined && from.slice(0, 4) > to.slice(0, 4)) {
      issues.push(issue(at(p, 'period'), `runs backwards (${from} to ${to})`));
    }
  }
  const reported = f['reported'] === null || f['reported'] === undefined ? null : readDate(f, 'reported', p, issues);
  let computed: ReportedFigure['computed'];
  if (f['computed'] !== undefined) {
    const c = expectObject(f['computed'], at(p, 'computed'), issues, 'an object { measure, supplier, from, to }');
    if (c) {
      const cp = at(p, 'computed');
      const measure = c['measure'];
      if (measure !== 'share' && measure !== 'sum') {
        issues.push(issue(at(cp, 'measure'), `is ${show(measure)}: expected "share" or "sum"`));
      }
      const supplier = readString(c, 'supplier', cp, issues);
      const cFrom = readYear(c, 'from', cp, issues, false);
      const cTo = readYear(c, 'to', cp, issues, false);
      if (cFrom != null && cTo != null && cFrom > cTo) issues.push(issue(cp, `runs backwards (${cFrom} to ${cTo})`));
      if (!hasErrorSince(issues, mark)) {
        computed = { measure: measure as 'share' | 'sum', supplier: supplier!, from: cFrom!, to: cTo! };
      }
    }
  }
  const note = readString(f, 'note', p, issues, false);
  const asStated = readString(f, 'asStated', p, issues, false);
  const periodAsStated = readString(f, 'periodAsStated', p, issues, false);
  const sipriIds = readIntList(f, 'sipriIds', p, issues);
  const sources = readSources(f, p, issues);
  if (hasErrorSince(issues, mark)) return undefined;
  const fig: ReportedFigure = bare({
    id: id!,
    subject: subject!,
    label: label!,
    value: value!,
    unit: unit as FigureUnit,
    period: to === undefined ? { from: from! } : { from: from!, to },
    reported: reported ?? null,
    sources,
  });
  if (qualifier !== undefined) fig.qualifier = qualifier as ReportedFigure['qualifier'];
  if (note !== undefined) fig.note = note;
  if (computed) fig.computed = computed;
  if (asStated !== undefined) fig.asStated = asStated;
  if (periodAsStated !== undefined) fig.periodAsStated = periodAsStated;
  if (sipriIds) fig.sipriIds = sipriIds;
  return fig;
}

function readMarker(raw: unknown, p: string, issues: DataIssue[]): ArmsMarker | undefined {
  const m = expectObject(raw, p, issues, 'a marker like { "date": "2021-02-01", "label": "Coup" }');
  if (!m) return undefined;
  const mark = issues.length;
  const date = readDate(m, 'date', p, issues);
  const label = readString(m, 'label', p, issues);
  const sources = readSources(m, p, issues);
  const dateAsStated = readString(m, 'dateAsStated', p, issues, false);
  const labels = readNames(m, p, issues, 'labels');
  const labelsSource = readString(m, 'labelsSource', p, issues, false);
  if (hasErrorSince(issues, mark)) return undefined;
  const marker: ArmsMarker = bare({ date: date!, label: label!, sources });
  if (dateAsStated !== undefined) marker.dateAsStated = dateAsStated;
  if (labels) marker.labels = labels;
  if (labelsSource !== undefined) marker.labelsSource = labelsSource;
  return marker;
}

function readSystem(raw: unknown, p: string, issues: DataIssue[]): ReportedSystem | undefined {
  const s = expectObject(raw, p, issues, 'a reported system');
  if (!s) return undefined;
  const mark = issues.length;
  const sys: ReportedSystem = bare({
    id: readId(s, 'id', p, issues)!,
    name: readString(s, 'name', p, issues)!,
    label: readString(s, 'label', p, issues)!,
    asStated: readString(s, 'asStated', p, issues)!,
    sources: readSources(s, p, issues),
  });
  const supplier = readString(s, 'supplier', p, issues, false);
  if (supplier !== undefined) sys.supplier = supplier;
  if (s['count'] !== undefined) sys.count = readNumber(s, 'count', p, issues, true)!;
  if (s['date'] !== undefined) sys.date = readDate(s, 'date', p, issues)!;
  const dateAsStated = readString(s, 'dateAsStated', p, issues, false);
  if (dateAsStated !== undefined) sys.dateAsStated = dateAsStated;
  const ids = readIntList(s, 'sipriIds', p, issues);
  if (ids) sys.sipriIds = ids;
  const note = readString(s, 'note', p, issues, false);
  if (note !== undefined) sys.note = note;
  if (hasErrorSince(issues, mark)) return undefined;
  return sys;
}

/** Reads a list of records with `read`, dropping duplicates by `id`. */
function readList<T extends { id: string }>(
  obj: Obj,
  key: string,
  issues: DataIssue[],
  read: (raw: unknown, p: string, issues: DataIssue[]) => T | undefined,
): T[] | undefined {
  const list = readArray(obj, key, '', issues, false);
  if (!list) return undefined;
  const out: T[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const p = `${key}[${i}]`;
    const rec = read(raw, p, issues);
    if (!rec) return;
    if (seen.has(rec.id)) {
      issues.push(issue(`${p}.id`, `"${rec.id}" is used by an earlier entry; this one is dropped`));
      return;
    }
    seen.add(rec.id);
    out.push(rec);
  });
  return out;
}

/**
 * Validates arms data. Never throws. Bad delivery rows, figures, markers or systems are dropped
 * with an issue naming their path (`register.deliveries[12].tiv`); the rest is kept. The value is
 * null only when there is no usable register.
 */
export function validateArmsData(raw: unknown): Validated<ArmsData> {
  const issues: DataIssue[] = [];
  // Size first, before any work on the whole; then plain data only (see plain.ts).
  const rows = peekLength(raw, ['register', 'deliveries']);
  if (rows !== undefined && rows > LIMITS.deliveries) {
    issues.push(issue('register.deliveries', overLimit(rows, LIMITS.deliveries, 'rows')));
    return { value: null, issues };
  }
  const input = toPlain(raw, issues);
  const obj = expectObject(input, 'data', issues, 'arms data (an object with a register)');
  if (!obj) return { value: null, issues };
  if (obj['register'] === undefined) {
    issues.push(issue('register', 'is missing: expected { "recipient": ..., "deliveries": [...] }'));
    return { value: null, issues };
  }
  const register = readRegister(obj['register'], issues);
  if (!register) return { value: null, issues };
  const value: ArmsData = bare({ register, figures: [] as ArmsData['figures'] });
  const figures = readList(obj, 'figures', issues, readFigure);
  if (figures) value.figures = figures;
  const markersRaw = readArray(obj, 'markers', '', issues, false);
  if (markersRaw) {
    value.markers = [];
    markersRaw.forEach((raw, i) => {
      const m = readMarker(raw, `markers[${i}]`, issues);
      if (m) value.markers!.push(m);
    });
  }
  const systems = readList(obj, 'systems', issues, readSystem);
  if (systems) value.systems = systems;
  return { value, issues };
}

/* ------------------------------------------------------------- calculations */

/**
 * Our calculation from the register (never SIPRI's own figure): a supplier's TIV sum over
 * delivery years from..to, or its share (percent) of all TIV delivered to the register's
 * recipient in those years. Rows for other recipients (e.g. `United Wa State (Myanmar)*`) are left out.
 */
export function computeFromRegister(
  register: ArmsRegister,
  computed: NonNullable<ReportedFigure['computed']>,
): { value: number; supplierTiv: number; totalTiv: number } {
  let supplierTiv = 0;
  let totalTiv = 0;
  for (const d of register.deliveries) {
    if (d.recipient !== register.recipient || d.deliveryYear < computed.from || d.deliveryYear > computed.to) continue;
    totalTiv += d.tiv;
    if (d.supplier === computed.supplier) supplierTiv += d.tiv;
  }
  // Sums of values with two decimals: round away binary noise.
  supplierTiv = Math.round(supplierTiv * 100) / 100;
  totalTiv = Math.round(totalTiv * 100) / 100;
  const value = computed.measure === 'sum' ? supplierTiv : totalTiv === 0 ? 0 : (supplierTiv / totalTiv) * 100;
  return { value, supplierTiv, totalTiv };
}
