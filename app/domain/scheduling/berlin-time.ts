// Europe/Berlin wall-clock dates and times <-> UTC instants, correct on the
// days the clocks change. On 29 Mar 2026 the clocks jump from 02:00 to 03:00
// (02:00–02:59 does not exist); on 25 Oct 2026 they fall back from 03:00 to
// 02:00 (02:00–02:59 happens twice). We store UTC and compute in Berlin time.
//
// Why plain Intl and no library: the runtime's Intl carries the IANA time-zone
// data (Node ships full ICU, updated with Node), so a political change to
// summer time reaches us with a Node update and no rule is hard-coded here.
// What we need on top is small – the offset at an instant, and the instants
// of a wall-clock time – and `@date-fns/tz` would give us a TZDate class we
// would still have to wrap for dates without a time, disambiguation and the
// per-day fast path the slot engine uses. Nothing here reads the process
// time zone (no local Date getters), so results are the same under any `TZ`.
//
// Dates are "YYYY-MM-DD" strings (a Berlin calendar date), times "HH:MM"
// (00:00–24:00), instants `Date`s or epoch milliseconds.

export const TIME_ZONE = "Europe/Berlin";

/** A Berlin calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

/**
 * How a wall-clock time that does not exist or exists twice becomes an
 * instant (the names and meaning of Temporal's `disambiguation` option):
 * - "compatible": twice → the earlier; missing → shifted forward by the gap (02:30 → 03:30)
 * - "earlier": twice → the earlier; missing → shifted back (02:30 → 01:30)
 * - "later": twice → the later; missing → shifted forward (02:30 → 03:30)
 * - "reject": throws a RangeError for both
 */
export type Disambiguation = "compatible" | "earlier" | "later" | "reject";

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

const formatter = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

function toMs(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("Invalid instant");
  return ms;
}

/** Minutes Berlin is ahead of UTC at this instant: 60 in winter, 120 in summer. */
export function berlinOffsetMinutes(instant: Date | number): number {
  const ms = toMs(instant);
  const seconds = ms - (((ms % 1000) + 1000) % 1000);
  const f: Record<string, number> = {};
  for (const part of formatter.formatToParts(seconds)) {
    if (part.type !== "literal") f[part.type] = Number(part.value);
  }
  const wall = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return Math.round((wall - seconds) / MINUTE_MS);
}

// ---------------------------------------------------------------------------
// Calendar dates (no time zone involved: plain proleptic Gregorian arithmetic)

function dateParts(date: LocalDate): [number, number, number] {
  const m = DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d)
      return [y, mo, d];
  }
  throw new RangeError(`Invalid date "${date}" (expected YYYY-MM-DD)`);
}

/** True for a real calendar date written as "YYYY-MM-DD". */
export function isLocalDate(value: string): boolean {
  try {
    dateParts(value);
    return true;
  } catch {
    return false;
  }
}

/** The date as milliseconds of 00:00 UTC that day (its "wall clock as if UTC"). */
function wallBaseOf(date: LocalDate): number {
  const [y, mo, d] = dateParts(date);
  return Date.UTC(y, mo - 1, d);
}

function formatDate(wallMs: number): LocalDate {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** The date `days` calendar days later (earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return formatDate(wallBaseOf(date) + days * DAY_MS);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return new Date(wallBaseOf(date)).getUTCDay() || 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((wallBaseOf(to) - wallBaseOf(from)) / DAY_MS);
}

/** "HH:MM" (00:00–24:00) as minutes after midnight; throws on anything else. */
export function parseTime(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`Invalid time "${time}" (expected HH:MM)`);
  return m[3] ? MINUTES_PER_DAY : Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes after midnight as "HH:MM". */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------
// One Berlin day

/**
 * A Berlin calendar day and the one offset change it may contain (Europe/Berlin
 * changes at most once a day). `wallBase` is the date's 00:00 as if it were UTC;
 * a wall-clock minute `m` before the change is the instant
 * `wallBase + m·MINUTE − offsetAtStart·MINUTE`, after it with `offsetAtEnd`.
 */
export interface BerlinDay {
  date: LocalDate;
  weekday: number;
  wallBase: number;
  /** First instant of the day (local 00:00). */
  start: number;
  /** First instant of the next day. */
  end: number;
  offsetAtStart: number;
  offsetAtEnd: number;
  /** The instant the offset changes, or null on an ordinary day. */
  transition: number | null;
}

/** Instant of a wall-clock time assumed unambiguous (used for local midnight). */
function midnightInstant(wallMs: number): number {
  let t = wallMs - berlinOffsetMinutes(wallMs) * MINUTE_MS;
  const o = berlinOffsetMinutes(t);
  t = wallMs - o * MINUTE_MS;
  return t;
}

const dayCache = new Map<LocalDate, BerlinDay>();

/** The Berlin day of a date (memoised: the rules of past days do not change within a run). */
export function berlinDay(date: LocalDate): BerlinDay {
  const cached = dayCache.get(date);
  if (cached) return cached;
  const wallBase = wallBaseOf(date);
  const start = midnightInstant(wallBase);
  const end = midnightInstant(wallBase + DAY_MS);
  const offsetAtStart = berlinOffsetMinutes(start);
  const offsetAtEnd = berlinOffsetMinutes(end - 1);
  let transition: number | null = null;
  if (offsetAtStart !== offsetAtEnd) {
    // The first whole minute with the new offset (changes happen on whole minutes).
    let lo = Math.floor(start / MINUTE_MS);
    let hi = Math.ceil(end / MINUTE_MS);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (berlinOffsetMinutes(mid * MINUTE_MS) === offsetAtEnd) hi = mid;
      else lo = mid + 1;
    }
    transition = lo * MINUTE_MS;
  }
  const day: BerlinDay = {
    date,
    weekday: isoWeekday(date),
    wallBase,
    start,
    end,
    offsetAtStart,
    offsetAtEnd,
    transition,
  };
  if (dayCache.size > 20_000) dayCache.clear();
  dayCache.set(date, day);
  return day;
}

/**
 * Every instant at which Berlin clocks show `minutes` (0–1440) on this day:
 * none inside the spring gap, two inside the repeated autumn hour, else one.
 * Ascending.
 */
export function instantsAt(day: BerlinDay, minutes: number): number[] {
  const wall = day.wallBase + minutes * MINUTE_MS;
  const before = wall - day.offsetAtStart * MINUTE_MS;
  if (day.transition === null) return [before];
  const after = wall - day.offsetAtEnd * MINUTE_MS;
  const result: number[] = [];
  if (before < day.transition) result.push(before);
  if (after >= day.transition) result.push(after);
  return result.sort((a, b) => a - b);
}

/**
 * The first instant of the day at which Berlin clocks show `minutes` or later:
 * the earlier one of a repeated time, the moment of the change for a time in the
 * spring gap. Used for the edges of working and opening hours, so "until 02:30"
 * on a summer-time night ends when the clocks first reach 02:30.
 */
export function instantReached(day: BerlinDay, minutes: number): number {
  const wall = day.wallBase + minutes * MINUTE_MS;
  const before = wall - day.offsetAtStart * MINUTE_MS;
  if (day.transition === null || before < day.transition) return before;
  const after = wall - day.offsetAtEnd * MINUTE_MS;
  return after >= day.transition ? after : day.transition;
}

// ---------------------------------------------------------------------------
// Conversions

/** The UTC instant of a Berlin date and wall-clock time ("HH:MM"). */
export function fromBerlin(
  date: LocalDate,
  time: string,
  disambiguation: Disambiguation = "compatible",
): Date {
  const day = berlinDay(date);
  const minutes = parseTime(time);
  const instants = instantsAt(day, minutes);
  const [first, second] = instants;
  if (first !== undefined && second === undefined) return new Date(first);
  if (disambiguation === "reject")
    throw new RangeError(
      `${date} ${time} ${first === undefined ? "does not exist" : "exists twice"} in ${TIME_ZONE}`,
    );
  if (first !== undefined && second !== undefined)
    return new Date(disambiguation === "later" ? second : first);
  // In the gap: shift by the length of the gap, as Temporal does.
  const wall = day.wallBase + minutes * MINUTE_MS;
  const offset = disambiguation === "earlier" ? day.offsetAtEnd : day.offsetAtStart;
  return new Date(wall - offset * MINUTE_MS);
}

/** Berlin wall clock of an instant. */
export interface BerlinDateTime {
  date: LocalDate;
  /** "HH:MM" */
  time: string;
  /** Minutes after midnight. */
  minutes: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** Minutes ahead of UTC (60 or 120). */
  offsetMinutes: number;
}

export function toBerlin(instant: Date | number): BerlinDateTime {
  const ms = toMs(instant);
  const offsetMinutes = berlinOffsetMinutes(ms);
  const wall = ms + offsetMinutes * MINUTE_MS;
  const date = formatDate(wall);
  const minutes = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
  return { date, time: formatTime(minutes), minutes, weekday: isoWeekday(date), offsetMinutes };
}

/** The Berlin calendar date of an instant. */
export function berlinDate(instant: Date | number): LocalDate {
  const ms = toMs(instant);
  return formatDate(ms + berlinOffsetMinutes(ms) * MINUTE_MS);
}

/** First instant of a Berlin date, and of the next one: [start, end). */
export function berlinDayBounds(date: LocalDate): { start: Date; end: Date } {
  const day = berlinDay(date);
  return { start: new Date(day.start), end: new Date(day.end) };
}

/**
 * The same Berlin wall-clock time `days` calendar days later: across a
 * summer-time change this is 23 or 25 hours per day crossed, not 24.
 */
export function addBerlinDays(instant: Date | number, days: number): Date {
  const { date, time } = toBerlin(instant);
  const ms = toMs(instant);
  const seconds = ms - Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  return new Date(fromBerlin(addDays(date, days), time).getTime() + seconds);
}
