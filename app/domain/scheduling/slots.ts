// Free appointment slots of one topic: who can be booked when, where and how.
// Pure: everything comes in as data (the server reads staff, offices and
// appointments; the booking pages show the result), nothing is read here.
//
// A slot of staff member S at office O starting at instant t, lasting the
// topic's duration d with buffer b afterwards, is free when
//  1. S offers the topic (and speaks the filtered language);
//  2. the Berlin day of t is no NRW public holiday and O is not closed that day
//     (closures stop every channel: the staff member is not at work there);
//  3. [t, t+d) lies inside S's working hours at O that weekday (split days are
//     several entries) – and, for IN_PERSON, inside O's opening hours too
//     (walk-in-only opening hours do not count); PHONE and VIDEO need only the
//     staff member's hours;
//  4. [t, t+d) meets none of S's absences;
//  5. [t, t+d+b) meets no busy interval [start, blockedUntil) of S, where
//     blockedUntil already holds that appointment's own buffer – overlaps of
//     any length count, not only equal start times. The buffer may reach past
//     the end of working hours and into an absence: it is wrap-up time;
//  6. now + lead time ≤ t < the horizon, the same Berlin wall-clock time
//     `horizonDays` calendar days after now;
//  7. t is on the grid: Berlin wall-clock times that are a multiple of
//     `stepMinutes` after midnight (09:00, 09:15 …), so every staff member and
//     office shares the same start times and a 09:00 slot is 08:00Z in winter and
//     07:00Z in summer. Times in the missing spring hour give no slot; times in
//     the repeated autumn hour give one per occurrence.
// Slots with the same start and office are merged, listing every free staff
// member (in input order). Days are Berlin dates, ascending; slots in a day by
// start, then office in input order: the first free slot comes first.
//
// Speed: each staff member's busy intervals and absences are sorted and
// merged once; candidates of a working window are visited in time order with
// one pointer into each list (binary search to enter a window), so the cost is
// O(candidates + appointments·log) rather than O(candidates × appointments).
import {
  addDays,
  berlinDate,
  berlinDay,
  addBerlinDays,
  instantReached,
  isLocalDate,
  parseTime,
  type BerlinDay,
  type LocalDate,
  DAY_MS,
  MINUTE_MS,
  MINUTES_PER_DAY,
} from "./berlin-time";
import { isNrwHoliday } from "./holidays";

export const CHANNELS = ["IN_PERSON", "PHONE", "VIDEO"] as const;
/** Same values as the Prisma enum AppointmentChannel. */
export type Channel = (typeof CHANNELS)[number];

export const DEFAULT_STEP_MINUTES = 15;

/** A UTC instant: a Date (as Prisma returns it) or an ISO 8601 string. */
export type Instant = Date | string;

export interface SlotTopic {
  /** The key staff list in `topics` (e.g. "first-consultation"). */
  key: string;
  durationMinutes: number;
  /** Time after each appointment kept free (notes, wrap-up). */
  bufferMinutes: number;
  channels: readonly Channel[];
  /** How long before its start a slot can be booked at the latest. */
  leadTimeMinutes: number;
  /** How many days ahead a slot can be booked. */
  horizonDays: number;
}

export interface WorkingHours {
  officeId: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Berlin wall-clock time "HH:MM"; endsAt may be "24:00". */
  startsAt: string;
  endsAt: string;
}

export interface Absence {
  startsAt: Instant;
  endsAt: Instant;
}

export interface SlotStaff {
  id: string;
  /** Languages the staff member holds consultations in ("de", "tr" …). */
  languages: readonly string[];
  /** Topic keys the staff member can be booked for. */
  topics: readonly string[];
  workingHours: readonly WorkingHours[];
  absences: readonly Absence[];
}

export interface OfficeOpeningHours {
  weekday: number;
  opensAt: string;
  closesAt: string;
  /** Walk-in only: no appointments in this period (OpeningHours.walkInOnly). */
  walkInOnly?: boolean;
}

export interface OfficeClosure {
  /**
   * First and last closed Berlin date, both inclusive: "YYYY-MM-DD", or a Date
   * at 00:00 UTC of that date (how OfficeClosure stores them).
   */
  startsOn: LocalDate | Date;
  endsOn: LocalDate | Date;
}

export interface SlotOffice {
  id: string;
  openingHours: readonly OfficeOpeningHours[];
  closures: readonly OfficeClosure[];
}

/** A time a staff member is taken: an appointment that is not cancelled. */
export interface BusyInterval {
  staffId: string;
  startsAt: Instant;
  /** The appointment's end plus its own topic's buffer. */
  blockedUntil: Instant;
}

export interface SlotFilters {
  officeId?: string;
  channel?: Channel;
  language?: string;
}

export interface SlotQuery {
  topic: SlotTopic;
  staff: readonly SlotStaff[];
  offices: readonly SlotOffice[];
  busy: readonly BusyInterval[];
  now: Instant;
  filters?: SlotFilters;
  stepMinutes?: number;
}

export interface Slot {
  /** UTC, ISO 8601 ("2026-03-30T07:00:00.000Z"). */
  startsAt: string;
  /** startsAt + duration (the buffer is not part of the appointment). */
  endsAt: string;
  /** Everyone free for this slot, in the order of `staff`. */
  staffIds: string[];
  officeId: string;
  /** The channels this slot can be held in (IN_PERSON only inside opening hours). */
  channels: Channel[];
}

export interface SlotDay {
  /** Berlin date of the slots' start. */
  date: LocalDate;
  slots: Slot[];
}

export interface FreeSlots {
  days: SlotDay[];
}

/** What a citizen picked: checked again right before the booking is written. */
export interface SlotChoice {
  staffId: string;
  officeId: string;
  startsAt: Instant;
  channel: Channel;
}

// ---------------------------------------------------------------------------

function instantMs(value: Instant): number {
  const ms = typeof value === "string" ? Date.parse(value) : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant ${String(value)}`);
  return ms;
}

function dateOf(value: LocalDate | Date): LocalDate {
  if (typeof value !== "string") return value.toISOString().slice(0, 10);
  if (!isLocalDate(value)) throw new RangeError(`Invalid date "${value}"`);
  return value;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

/**
 * ISO 8601 of a whole-minute instant, from a per-UTC-day prefix and a table of
 * the day's 1440 times: about ten times cheaper than `Date#toISOString`, which
 * was a quarter of the engine's time with thousands of slots.
 */
const TIMES_OF_DAY = Array.from(
  { length: MINUTES_PER_DAY },
  (_, m) =>
    `T${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}:00.000Z`,
);

function isoFormatter(): (ms: number) => string {
  const prefixes = new Map<number, string>();
  return (ms) => {
    if (ms % MINUTE_MS !== 0) return new Date(ms).toISOString();
    const utcDay = Math.floor(ms / DAY_MS);
    let prefix = prefixes.get(utcDay);
    if (prefix === undefined) {
      prefix = new Date(utcDay * DAY_MS).toISOString().slice(0, 10);
      prefixes.set(utcDay, prefix);
    }
    return prefix + TIMES_OF_DAY[(ms - utcDay * DAY_MS) / MINUTE_MS]!;
  };
}

/** Intervals of wall-clock minutes [start, end), sorted and merged. */
type MinuteRange = [number, number];

function mergeRanges(ranges: MinuteRange[]): MinuteRange[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: MinuteRange[] = [];
  for (const [s, e] of ranges) {
    if (e <= s) continue;
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function weekdayOf(value: number): number {
  check(Number.isInteger(value) && value >= 1 && value <= 7, `Invalid weekday ${value}`);
  return value;
}

/**
 * Sorted, merged intervals as two parallel arrays: `ends` ascends as well, so
 * the first interval ending after t is a binary search away.
 */
interface IntervalList {
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * The union of intervals [starts[i], ends[i]) as sorted disjoint intervals.
 * How many intervals cover a point x is #(starts ≤ x) − #(ends ≤ x), whatever
 * start belongs to whatever end, so both arrays are sorted on their own (a
 * native numeric sort, no comparator) and swept together; touching intervals
 * join. Sorts the arrays it is given.
 */
function unionOf(starts: Float64Array, ends: Float64Array): IntervalList {
  // Appointments usually arrive ordered by start (ORDER BY startsAt): then
  // checking is all the sorting needed.
  if (!ascending(starts)) starts.sort();
  if (!ascending(ends)) ends.sort();
  const n = starts.length;
  const outStarts = new Float64Array(n);
  const outEnds = new Float64Array(n);
  let count = 0;
  let depth = 0;
  let open = 0;
  let i = 0;
  let j = 0;
  while (i < n) {
    if (starts[i]! <= ends[j]!) {
      if (depth++ === 0) open = starts[i]!;
      i++;
    } else {
      if (--depth === 0 && ends[j]! > open) {
        outStarts[count] = open;
        outEnds[count++] = ends[j]!;
      }
      j++;
    }
  }
  // Every interval has started: the union closes at the last end.
  if (depth > 0 && ends[n - 1]! > open) {
    outStarts[count] = open;
    outEnds[count++] = ends[n - 1]!;
  }
  return { starts: outStarts.subarray(0, count), ends: outEnds.subarray(0, count) };
}

function ascending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

function intervalsOf(pairs: readonly { start: number; end: number }[]): IntervalList {
  const valid = pairs.filter((p) => p.end > p.start);
  return unionOf(
    Float64Array.from(valid, (p) => p.start),
    Float64Array.from(valid, (p) => p.end),
  );
}

const EMPTY: IntervalList = { starts: new Float64Array(0), ends: new Float64Array(0) };

/** Index of the first interval ending after t. */
function firstEndingAfter(list: IntervalList, t: number): number {
  let lo = 0;
  let hi = list.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.ends[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface PreparedOffice {
  id: string;
  /** Appointment opening hours per ISO weekday (index 1–7). */
  open: MinuteRange[][];
  closures: [LocalDate, LocalDate][];
}

interface PreparedWindow {
  officeIndex: number;
  range: MinuteRange;
}

interface PreparedStaff {
  id: string;
  /** Working windows per ISO weekday (index 1–7), merged per office. */
  windows: PreparedWindow[][];
  busy: IntervalList;
  absences: IntervalList;
}

interface Restriction {
  staffId: string;
  date: LocalDate;
}

function prepareOffice(office: SlotOffice): PreparedOffice {
  const byDay: MinuteRange[][] = Array.from({ length: 8 }, () => []);
  for (const h of office.openingHours) {
    const weekday = weekdayOf(h.weekday);
    const range: MinuteRange = [parseTime(h.opensAt), parseTime(h.closesAt)];
    if (!h.walkInOnly) byDay[weekday]!.push(range);
  }
  return {
    id: office.id,
    open: byDay.map(mergeRanges),
    closures: office.closures.map((c) => [dateOf(c.startsOn), dateOf(c.endsOn)]),
  };
}

function isClosed(office: PreparedOffice, date: LocalDate): boolean {
  for (const [from, to] of office.closures) if (from <= date && date <= to) return true;
  return false;
}

function compute(query: SlotQuery, only: Restriction | null): FreeSlots {
  const { topic } = query;
  const filters = query.filters ?? {};
  const step = query.stepMinutes ?? DEFAULT_STEP_MINUTES;
  check(Number.isInteger(step) && step > 0 && step <= MINUTES_PER_DAY, `Invalid step ${step}`);
  check(
    Number.isInteger(topic.durationMinutes) && topic.durationMinutes > 0,
    `Invalid duration ${topic.durationMinutes}`,
  );
  check(
    Number.isInteger(topic.bufferMinutes) && topic.bufferMinutes >= 0,
    `Invalid buffer ${topic.bufferMinutes}`,
  );
  check(
    Number.isFinite(topic.leadTimeMinutes) && topic.leadTimeMinutes >= 0,
    `Invalid lead time ${topic.leadTimeMinutes}`,
  );
  check(
    Number.isInteger(topic.horizonDays) && topic.horizonDays >= 0,
    `Invalid horizon ${topic.horizonDays}`,
  );

  const channels = topic.channels.filter((c) => !filters.channel || c === filters.channel);
  const inPersonAllowed = channels.includes("IN_PERSON");
  const remote = channels.filter((c) => c !== "IN_PERSON");
  const empty: FreeSlots = { days: [] };
  if (channels.length === 0) return empty;
  const inPersonOnly = remote.length === 0;

  const durationMs = topic.durationMinutes * MINUTE_MS;
  const blockMs = durationMs + topic.bufferMinutes * MINUTE_MS;
  const nowMs = instantMs(query.now);
  const earliest = nowMs + topic.leadTimeMinutes * MINUTE_MS;
  const horizon = addBerlinDays(nowMs, topic.horizonDays).getTime();
  if (earliest >= horizon) return empty;

  // Offices: all of them keep their index (slots sort by it), the filter only
  // decides which windows are visited.
  const offices = query.offices.map(prepareOffice);
  const officeIndex = new Map<string, number>();
  offices.forEach((o, i) => officeIndex.set(o.id, i));

  // Staff who can be booked for this topic (and filters), with their windows.
  const staff: PreparedStaff[] = [];
  const staffIndex = new Map<string, number>();
  for (const s of query.staff) {
    if (only && s.id !== only.staffId) continue;
    if (!s.topics.includes(topic.key)) continue;
    if (filters.language && !s.languages.includes(filters.language)) continue;
    const grouped = new Map<string, MinuteRange[]>();
    for (const h of s.workingHours) {
      const weekday = weekdayOf(h.weekday);
      const range: MinuteRange = [parseTime(h.startsAt), parseTime(h.endsAt)];
      const index = officeIndex.get(h.officeId);
      if (index === undefined) continue; // an office we know nothing about cannot be booked
      if (filters.officeId && h.officeId !== filters.officeId) continue;
      const key = `${weekday}|${index}`;
      const list = grouped.get(key);
      if (list) list.push(range);
      else grouped.set(key, [range]);
    }
    if (grouped.size === 0) continue;
    const windows: PreparedWindow[][] = Array.from({ length: 8 }, () => []);
    for (const [key, ranges] of grouped) {
      const [weekday, index] = key.split("|").map(Number) as [number, number];
      for (const range of mergeRanges(ranges))
        windows[weekday]!.push({ officeIndex: index, range });
    }
    for (const w of windows) w.sort((a, b) => a.range[0] - b.range[0]);
    staffIndex.set(s.id, staff.length);
    staff.push({
      id: s.id,
      windows,
      busy: EMPTY,
      absences: intervalsOf(
        s.absences.map((a) => ({ start: instantMs(a.startsAt), end: instantMs(a.endsAt) })),
      ),
    });
  }
  if (staff.length === 0) return empty;

  // Busy intervals per staff member, sorted and merged; those that end before
  // the first possible slot or start after the last one do not matter.
  // Two passes over flat arrays: count per staff member, then fill.
  const lastEnd = horizon + blockMs;
  const owner = new Int32Array(query.busy.length).fill(-1);
  const busyStarts = new Float64Array(query.busy.length);
  const busyEnds = new Float64Array(query.busy.length);
  const counts = new Int32Array(staff.length + 1);
  query.busy.forEach((b, k) => {
    const index = staffIndex.get(b.staffId);
    if (index === undefined) return;
    const start = instantMs(b.startsAt);
    const end = instantMs(b.blockedUntil);
    if (end <= earliest || start >= lastEnd || end <= start) return;
    owner[k] = index;
    busyStarts[k] = start;
    busyEnds[k] = end;
    counts[index + 1]!++;
  });
  for (let i = 0; i < staff.length; i++) counts[i + 1]! += counts[i]!;
  const sortedStarts = new Float64Array(counts[staff.length]!);
  const sortedEnds = new Float64Array(counts[staff.length]!);
  const fill = counts.slice(0, staff.length);
  for (let k = 0; k < owner.length; k++) {
    const index = owner[k]!;
    if (index < 0) continue;
    const at = fill[index]!++;
    sortedStarts[at] = busyStarts[k]!;
    sortedEnds[at] = busyEnds[k]!;
  }
  staff.forEach((s, i) => {
    const from = counts[i]!;
    const to = counts[i + 1]!;
    s.busy = unionOf(sortedStarts.subarray(from, to), sortedEnds.subarray(from, to));
  });

  let firstDate = berlinDate(earliest);
  let lastDate = berlinDate(horizon - 1);
  if (only) {
    if (only.date < firstDate || only.date > lastDate) return empty;
    firstDate = lastDate = only.date;
  }

  const days: SlotDay[] = [];
  const officeCount = offices.length;
  // Reused per day: opening hours of each office as instants (IN_PERSON check).
  const openCache: (number[] | undefined)[] = new Array(officeCount);
  const candidates: number[] = [];
  const iso = isoFormatter();

  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    if (isNrwHoliday(date)) continue;
    const day = berlinDay(date);
    const weekday = day.weekday;
    openCache.fill(undefined);
    const found = new Map<number, { staff: number[]; inPerson: boolean }>();

    for (let si = 0; si < staff.length; si++) {
      const person = staff[si]!;
      for (const window of person.windows[weekday]!) {
        const office = offices[window.officeIndex]!;
        if (isClosed(office, date)) continue;
        // The wall-clock windows to visit: the working hours, or for
        // IN_PERSON-only their overlap with the opening hours.
        const ranges: MinuteRange[] = [];
        if (!inPersonOnly) ranges.push(window.range);
        else
          for (const [os, oe] of office.open[weekday]!) {
            const s = Math.max(os, window.range[0]);
            const e = Math.min(oe, window.range[1]);
            if (s < e) ranges.push([s, e]);
          }

        for (const [ws, we] of ranges) {
          const windowEnd = instantReached(day, we);
          const from = Math.max(instantReached(day, ws), earliest);
          const lastStart = Math.min(windowEnd - durationMs, horizon - 1);
          if (from > lastStart) continue;
          gridInstants(day, step, from, lastStart, candidates);
          if (candidates.length === 0) continue;

          const { busy, absences } = person;
          let b = firstEndingAfter(busy, candidates[0]!);
          let a = firstEndingAfter(absences, candidates[0]!);
          for (const t of candidates) {
            while (b < busy.ends.length && busy.ends[b]! <= t) b++;
            if (b < busy.ends.length && busy.starts[b]! < t + blockMs) continue;
            while (a < absences.ends.length && absences.ends[a]! <= t) a++;
            if (a < absences.ends.length && absences.starts[a]! < t + durationMs) continue;

            let inPerson = inPersonOnly;
            if (!inPersonOnly && inPersonAllowed) {
              const open = openingInstants(openCache, office, window.officeIndex, day);
              for (let k = 0; k < open.length; k += 2)
                if (open[k]! <= t && t + durationMs <= open[k + 1]!) {
                  inPerson = true;
                  break;
                }
            }
            // Same start and office: one slot (IN_PERSON depends on both only).
            const key = (t / MINUTE_MS) * officeCount + window.officeIndex;
            const entry = found.get(key);
            if (entry) entry.staff.push(si);
            else found.set(key, { staff: [si], inPerson });
          }
        }
      }
    }

    if (found.size === 0) continue;
    const keys = [...found.keys()].sort((x, y) => x - y);
    const slots: Slot[] = keys.map((key) => {
      const entry = found.get(key)!;
      const officeAt = key % officeCount;
      const start = ((key - officeAt) / officeCount) * MINUTE_MS;
      return {
        startsAt: iso(start),
        endsAt: iso(start + durationMs),
        staffIds: entry.staff.map((i) => staff[i]!.id),
        officeId: offices[officeAt]!.id,
        channels: (entry.inPerson ? channels : remote).slice(),
      };
    });
    days.push({ date, slots });
  }
  return { days };
}

/** Opening hours of an office on a day as instants [open, close, open, close …], cached per day. */
function openingInstants(
  cache: (number[] | undefined)[],
  office: PreparedOffice,
  index: number,
  day: BerlinDay,
): number[] {
  let list = cache[index];
  if (!list) {
    list = [];
    for (const [s, e] of office.open[day.weekday]!)
      list.push(instantReached(day, s), instantReached(day, e));
    cache[index] = list;
  }
  return list;
}

/**
 * The grid instants t with from ≤ t ≤ to of one day, ascending, into `out`.
 * Grid minutes are multiples of `step` after midnight; on the day of a change
 * a minute before the change uses the old offset and one after it the new
 * one, so the two passes below yield ascending instants, none in the spring
 * gap and both occurrences of the repeated autumn hour (the second 02:00 comes
 * after a window that began at the first 02:30).
 */
function gridInstants(day: BerlinDay, step: number, from: number, to: number, out: number[]): void {
  out.length = 0;
  if (day.transition === null) gridPass(out, day.wallBase, day.offsetAtStart, step, from, to);
  else {
    const change = day.transition;
    gridPass(out, day.wallBase, day.offsetAtStart, step, from, Math.min(to, change - 1));
    gridPass(out, day.wallBase, day.offsetAtEnd, step, Math.max(from, change), to);
  }
}

function gridPass(
  out: number[],
  wallBase: number,
  offset: number,
  step: number,
  from: number,
  to: number,
): void {
  const base = wallBase - offset * MINUTE_MS;
  const stepMs = step * MINUTE_MS;
  // The first grid minute at or after `from`.
  let t = base + Math.ceil((from - base) / stepMs) * stepMs;
  for (; t <= to; t += stepMs) out.push(t);
}

/** Free slots of one topic, grouped by Berlin day, the first free slot first. */
export function computeFreeSlots(query: SlotQuery): FreeSlots {
  return compute(query, null);
}

/**
 * Whether a chosen slot is still free for that staff member, office and
 * channel under the same rules (and the query's language filter): the booking
 * action asks this right before it writes the appointment.
 */
export function isSlotFree(query: SlotQuery, choice: SlotChoice): boolean {
  const startsAt = instantMs(choice.startsAt);
  const result = compute(
    {
      ...query,
      filters: { ...query.filters, officeId: choice.officeId, channel: choice.channel },
    },
    { staffId: choice.staffId, date: berlinDate(startsAt) },
  );
  const iso = new Date(startsAt).toISOString();
  return result.days.some((d) =>
    d.slots.some((s) => s.startsAt === iso && s.staffIds.includes(choice.staffId)),
  );
}

/** The first free slot, or null. */
export function firstFreeSlot(result: FreeSlots): Slot | null {
  return result.days[0]?.slots[0] ?? null;
}
