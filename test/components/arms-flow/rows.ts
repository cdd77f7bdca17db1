/**
 * Test rows read independently of the library: SIPRI's CSV when the shared copy is present,
 * else the bundled data/arms.json. Sums here are plain loops, not the layouts' code.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ArmsData } from '../../../src/data/types.js';

export const CSV = '/work/shared/data/sipri-myanmar/myanmar_imports_2000_2023.csv';

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Minimal view of a row for independent sums. */
export interface Row {
  supplier: string;
  recipient: string;
  category: string;
  year: number;
  tiv: number;
}

export function sourceRows(): { rows: Row[]; from: string } {
  if (existsSync(CSV)) {
    const [head, ...lines] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
    const cols = parseCsvLine(head!);
    const at = (name: string) => cols.indexOf(name);
    return {
      from: 'SIPRI CSV',
      rows: lines.map((l) => {
        const c = parseCsvLine(l);
        return {
          supplier: c[at('Supplier')]!,
          recipient: c[at('Recipient')]!,
          category: c[at('Armament category')]!,
          year: Number(c[at('Delivery year')]),
          tiv: Number(c[at('TIV delivery values')]),
        };
      }),
    };
  }
  console.log(`# ${CSV} is absent: checking against data/arms.json instead`);
  return {
    from: 'data/arms.json',
    rows: bundled().register.deliveries.map((d) => ({
      supplier: d.supplier,
      recipient: d.recipient,
      category: d.category,
      year: d.deliveryYear,
      tiv: d.tiv,
    })),
  };
}

export function bundled(): ArmsData {
  return JSON.parse(readFileSync('data/arms.json', 'utf8')) as ArmsData;
}

export function sum(rows: readonly Row[], keep: (r: Row) => boolean = () => true): number {
  let s = 0;
  for (const r of rows) if (keep(r)) s += r.tiv;
  return s;
}

export { madeUp } from './own-data.js';
