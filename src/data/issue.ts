/**
 * A problem found in input data. `path` names the field the way an editor would
 * look for it (`rollCall[12].vote`), so the widget and the console can point at it.
 */
export interface DataIssue {
  path: string;
  message: string;
  /** `error` drops the record (or the whole input); `warning` keeps it. */
  severity: 'error' | 'warning';
}

/** What every validator returns: the valid part (or null when nothing usable is left) and what was wrong. */
export interface Validated<T> {
  value: T | null;
  issues: DataIssue[];
}

export function issue(path: string, message: string, severity: DataIssue['severity'] = 'error'): DataIssue {
  return { path, message, severity };
}
