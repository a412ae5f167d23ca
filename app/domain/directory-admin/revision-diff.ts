// A readable difference between two snapshots of a directory entity, for the
// history page. Snapshots are flat JSON objects (ContentRevision.snapshot);
// long texts are compared line by line (the directory's text format has one
// paragraph or list item per line), lists element by element.

export type SnapshotValue =
  string | number | boolean | null | SnapshotValue[] | { [key: string]: SnapshotValue };
export type Snapshot = { [field: string]: SnapshotValue };

export type LineChange = { op: "add" | "del"; text: string };

export type FieldChange =
  | { field: string; kind: "value"; before: SnapshotValue; after: SnapshotValue }
  | { field: string; kind: "text"; lines: LineChange[] }
  | { field: string; kind: "list"; added: SnapshotValue[]; removed: SnapshotValue[] };

/** Texts longer than this (or with a line break) are compared line by line. */
const LONG_TEXT = 160;

const isLong = (v: SnapshotValue) =>
  typeof v === "string" && (v.includes("\n") || v.length > LONG_TEXT);

const same = (a: SnapshotValue, b: SnapshotValue) => JSON.stringify(a) === JSON.stringify(b);

/** Parses a stored snapshot; anything that is not a JSON object becomes an empty one. */
export function parseSnapshot(json: string): Snapshot {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {};
  } catch {
    return {};
  }
}

/**
 * The changed fields from `before` (null: the first recorded version, every
 * non-empty field counts as new) to `after`, in the field order of `after`.
 */
export function diffSnapshots(before: Snapshot | null, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = before?.[field] ?? null;
    const b = after[field] ?? null;
    if (same(a, b) || (before === null && isEmpty(b))) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      const from = Array.isArray(a) ? a : [];
      const to = Array.isArray(b) ? b : [];
      changes.push({
        field,
        kind: "list",
        added: to.filter((x) => !from.some((y) => same(x, y))),
        removed: from.filter((x) => !to.some((y) => same(x, y))),
      });
    } else if (isLong(a) || isLong(b)) {
      changes.push({
        field,
        kind: "text",
        lines: diffLines(typeof a === "string" ? a : "", typeof b === "string" ? b : ""),
      });
    } else {
      changes.push({ field, kind: "value", before: a, after: b });
    }
  }
  return changes;
}

function isEmpty(v: SnapshotValue): boolean {
  return v === null || v === "" || v === false || (Array.isArray(v) && v.length === 0);
}

/**
 * Removed and added lines from `a` to `b` (longest common subsequence over
 * non-empty lines), in reading order. Unchanged lines are left out.
 */
export function diffLines(a: string, b: string): LineChange[] {
  const split = (s: string) =>
    s
      .replace(/\r\n/g, "\n")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  const x = split(a);
  const y = split(b);
  // lcs[i][j]: length of the common subsequence of x[i..] and y[j..].
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ op: "del", text: x[i++]! });
    } else {
      out.push({ op: "add", text: y[j++]! });
    }
  }
  while (i < x.length) out.push({ op: "del", text: x[i++]! });
  while (j < y.length) out.push({ op: "add", text: y[j++]! });
  return out;
}
