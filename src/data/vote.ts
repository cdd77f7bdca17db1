/**
 * Runtime validation of a vote record (the bundled A/RES/75/287 or an editor's own vote).
 * Any options are allowed (two, three, "present"...); the roll call is optional (tally only).
 */
import { issue, type DataIssue, type Validated } from './issue.js';
import { bare, peekLength, toPlain } from './plain.js';
import { LIMITS, overLimit } from './limits.js';
import type { CountryGroup, RollCallEntry, VoteOption, VoteRecord } from './types.js';
import {
  at,
  expectObject,
  hasErrorSince,
  isM49,
  isObject,
  readArray,
  readBoolean,
  readDate,
  readId,
  readIso3,
  readSources,
  readString,
  readStringList,
  checkNumber,
  show,
  type Obj,
} from './check.js';

function readOptions(obj: Obj, issues: DataIssue[]): VoteOption[] {
  const list = readArray(obj, 'options', '', issues);
  if (!list) return [];
  const out: VoteOption[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const p = `options[${i}]`;
    const o = expectObject(raw, p, issues, 'an option like { "id": "yes", "label": "In favour" }');
    if (!o) return;
    const mark = issues.length;
    const id = readId(o, 'id', p, issues);
    const label = readString(o, 'label', p, issues);
    const absent = readBoolean(o, 'absent', p, issues, false);
    if (id !== undefined && seen.has(id)) {
      issues.push(issue(at(p, 'id'), `"${id}" is used by an earlier option; this one is dropped`));
    }
    if (hasErrorSince(issues, mark)) return;
    seen.add(id!);
    out.push(bare(absent ? { id: id!, label: label!, absent: true } : { id: id!, label: label! }));
  });
  if (list.length > 0 && out.length === 0) issues.push(issue('options', 'has no usable option'));
  return out;
}

function readRollCall(list: unknown[], optionIds: Set<string>, issues: DataIssue[]): RollCallEntry[] {
  const out: RollCallEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const p = `rollCall[${i}]`;
    const e = expectObject(list[i], p, issues, 'an entry like { "iso3": "MMR", "name": "Myanmar", "vote": "yes" }');
    if (!e) continue;
    const mark = issues.length;
    const iso3 = readIso3(e, 'iso3', p, issues);
    const name = readString(e, 'name', p, issues);
    const vote = readString(e, 'vote', p, issues);
    let m49: string | undefined;
    if (e['m49'] !== undefined && e['m49'] !== null) {
      if (isM49(e['m49'])) m49 = e['m49'];
      else issues.push(issue(at(p, 'm49'), `is ${show(e['m49'])}: expected a three-digit code in quotes like "104"`, 'warning'));
    }
    if (vote !== undefined && !optionIds.has(vote)) {
      issues.push(issue(at(p, 'vote'), `is "${vote}", which is not one of the options (${[...optionIds].join(', ')})`));
    }
    if (iso3 !== undefined && seen.has(iso3)) {
      issues.push(issue(at(p, 'iso3'), `${iso3} already has a vote earlier in the roll call; this one is dropped`));
    }
    if (hasErrorSince(issues, mark)) continue;
    seen.add(iso3!);
    const entry: RollCallEntry = bare({ iso3: iso3!, name: name!, vote: vote! });
    if (m49 !== undefined) entry.m49 = m49;
    out.push(entry);
  }
  return out;
}

function readGroups(list: unknown[], issues: DataIssue[]): CountryGroup[] {
  const out: CountryGroup[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const p = `groups[${i}]`;
    const g = expectObject(raw, p, issues, 'a group like { "id": "asean", "label": "ASEAN", "members": ["MMR"] }');
    if (!g) return;
    const mark = issues.length;
    const id = readId(g, 'id', p, issues);
    const label = readString(g, 'label', p, issues);
    const membersRaw = readArray(g, 'members', p, issues);
    if (id !== undefined && seen.has(id)) issues.push(issue(at(p, 'id'), `"${id}" is used by an earlier group; this one is dropped`));
    if (hasErrorSince(issues, mark)) return;
    const members: string[] = [];
    membersRaw!.forEach((m, j) => {
      if (typeof m === 'string' && /^[A-Z]{3}$/.test(m)) members.push(m);
      else issues.push(issue(`${p}.members[${j}]`, `is ${show(m)}: expected a three-letter ISO 3166 code like MMR; dropped`, 'warning'));
    });
    const group: CountryGroup = bare({ id: id!, label: label!, members, sources: readSources(g, p, issues) });
    const note = readString(g, 'note', p, issues, false);
    if (note !== undefined) group.note = note;
    const asStated = readStringList(g, 'asStated', p, issues);
    if (asStated) group.asStated = asStated;
    seen.add(id!);
    out.push(group);
  });
  return out;
}

/**
 * Validates a vote record. Never throws. Errors drop the faulty part (an option, a roll-call
 * entry, a group); the record is null only when no option or no count is usable. A tally that
 * disagrees with the roll call is a warning naming the option and the difference.
 */
export function validateVoteRecord(raw: unknown): Validated<VoteRecord> {
  const issues: DataIssue[] = [];
  // Size first, before any work on the whole; then plain data only (see plain.ts).
  const members = peekLength(raw, ['rollCall']);
  if (members !== undefined && members > LIMITS.members) {
    issues.push(issue('rollCall', overLimit(members, LIMITS.members, 'members')));
    return { value: null, issues };
  }
  const input = toPlain(raw, issues);
  const obj = expectObject(input, 'data', issues, 'a vote record (an object with options and a tally or roll call)');
  if (!obj) return { value: null, issues };

  const id = readString(obj, 'id', '', issues, false) ?? '';
  // No title is fine: the widget's `heading` attribute may give one.
  const title = readString(obj, 'title', '', issues, false);
  const date = readDate(obj, 'date', '', issues, false) ?? '';
  const body = readString(obj, 'body', '', issues, false);
  const note = readString(obj, 'note', '', issues, false);
  const options = readOptions(obj, issues);
  const optionIds = new Set(options.map((o) => o.id));

  let rollCall: RollCallEntry[] | undefined;
  const rollRaw = readArray(obj, 'rollCall', '', issues, false);
  if (rollRaw) rollCall = readRollCall(rollRaw, optionIds, issues);

  // Tally: per option, a whole number >= 0; ids must be options.
  const tally: Record<string, number> = Object.create(null);
  const tallyRaw = obj['tally'];
  let tallyObj: Obj | undefined;
  if (tallyRaw !== undefined && tallyRaw !== null) {
    if (!isObject(tallyRaw)) {
      issues.push(issue('tally', `is ${show(tallyRaw)}: expected counts per option like { "yes": 119, "no": 1 }`));
    } else {
      tallyObj = tallyRaw;
      for (const key of Object.keys(tallyRaw)) {
        const p = `tally.${key}`;
        if (!optionIds.has(key)) {
          issues.push(issue(p, `"${key}" is not one of the options (${[...optionIds].join(', ')}); dropped`));
          continue;
        }
        const n = checkNumber(tallyRaw[key], p, issues, true);
        if (n !== undefined) tally[key] = n;
      }
    }
  }

  // Counts from the roll call, for the tally when none is given and for the consistency check.
  let counted: Record<string, number> | undefined;
  if (rollCall) {
    counted = Object.create(null) as Record<string, number>;
    for (const o of options) counted[o.id] = 0;
    for (const e of rollCall) counted[e.vote] = (counted[e.vote] ?? 0) + 1;
  }

  if (!tallyObj) {
    if (counted && rollCall && rollCall.length > 0) {
      // A roll call alone is a complete record: count it.
      Object.assign(tally, counted);
    } else if (tallyRaw === undefined) {
      issues.push(issue('tally', 'is missing and there is no roll call to count: expected counts per option'));
    }
  } else {
    for (const o of options) {
      if (tally[o.id] === undefined && counted) tally[o.id] = counted[o.id] ?? 0;
      else if (tally[o.id] === undefined && !(o.id in tallyObj)) {
        issues.push(issue(`tally.${o.id}`, `is missing for option "${o.label}"; counted as 0`, 'warning'));
        tally[o.id] = 0;
      }
    }
    if (counted && rollCall && rollCall.length > 0) {
      for (const o of options) {
        const a = tally[o.id];
        const b = counted[o.id] ?? 0;
        if (a !== undefined && a !== b) {
          const diff = a - b;
          issues.push(
            issue(
              `tally.${o.id}`,
              `is ${a} but the roll call has ${b} "${o.id}" vote${b === 1 ? '' : 's'} (${Math.abs(diff)} ${diff > 0 ? 'more' : 'fewer'} in the tally)`,
              'warning',
            ),
          );
        }
      }
    }
  }

  const sum = Object.values(tally).reduce((s, n) => s + n, 0);
  if (!Number.isSafeInteger(sum)) {
    // Each count was whole and finite; their sum may still be past exact integers.
    issues.push(issue('tally', `adds up to more than ${Number.MAX_SAFE_INTEGER}: too large to count exactly`));
    return { value: null, issues };
  }
  let total = sum;
  if (obj['total'] !== undefined && obj['total'] !== null) {
    const t = checkNumber(obj['total'], 'total', issues, true);
    if (t !== undefined) {
      total = t;
      if (t !== sum) {
        issues.push(
          issue(
            'total',
            `is ${t} but the tally adds up to ${sum} (${Math.abs(t - sum)} ${t > sum ? 'unaccounted for' : 'too many'})`,
            'warning',
          ),
        );
      }
    }
  }
  if (rollCall && rollCall.length > 0 && rollCall.length !== total) {
    issues.push(issue('rollCall', `lists ${rollCall.length} members but the total is ${total}`, 'warning'));
  }

  let groups: CountryGroup[] | undefined;
  const groupsRaw = readArray(obj, 'groups', '', issues, false);
  if (groupsRaw) groups = readGroups(groupsRaw, issues);
  if (groups && rollCall && rollCall.length > 0) {
    const known = new Set(rollCall.map((e) => e.iso3));
    groups.forEach((g, i) => {
      const missing = g.members.filter((m) => !known.has(m));
      if (missing.length > 0) issues.push(issue(`groups[${i}].members`, `${missing.join(', ')} not in the roll call`, 'warning'));
    });
  }

  const sources = readSources(obj, '', issues);

  if (options.length === 0 || Object.keys(tally).length === 0) {
    return { value: null, issues };
  }
  // Without a prototype, as every record a validator returns (see bare() in plain.ts).
  const value: VoteRecord = bare({ id, title: title ?? '', date, options, tally, total, sources });
  if (body !== undefined) value.body = body;
  if (note !== undefined) value.note = note;
  if (rollCall) value.rollCall = rollCall;
  if (groups) value.groups = groups;
  return { value, issues };
}
