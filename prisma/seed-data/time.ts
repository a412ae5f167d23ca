// Calendar helpers for the demo data: dates relative to "now", computed in
// Europe/Berlin (with its summer-time changes) and stored as UTC instants.

export const TIME_ZONE = "Europe/Berlin";

interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function berlinParts(instant: Date): LocalDate & { hour: number; minute: number; second: number } {
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(partsFormatter.formatToParts(instant).find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Offset of Berlin time from UTC at an instant, in milliseconds (+1 h or +2 h). */
function berlinOffsetMs(instant: Date): number {
  const p = berlinParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instant of a Berlin wall-clock time ("10:00 on 30 March" -> 08:00Z). */
export function berlinToUtc(date: LocalDate, hour: number, minute = 0): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // Two passes: the offset at the guessed instant may differ from the offset
  // at the result when a summer-time change lies between them.
  let result = naive - berlinOffsetMs(new Date(naive));
  result = naive - berlinOffsetMs(new Date(result));
  return new Date(result);
}

/** Today's calendar date in Berlin. */
export function berlinToday(now: Date = new Date()): LocalDate {
  const { year, month, day } = berlinParts(now);
  return { year, month, day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const wd = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** A calendar date as the convention for date-only columns: 00:00 UTC of that date. */
export function dateOnly(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function key(date: LocalDate): string {
  return `${date.month}-${date.day}`;
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Public holidays in North Rhine-Westphalia. */
export function isNrwHoliday(date: LocalDate): boolean {
  const fixed = ["1-1", "5-1", "10-3", "11-1", "12-25", "12-26"];
  if (fixed.includes(key(date))) return true;
  const easter = easterSunday(date.year);
  // Good Friday, Easter Monday, Ascension, Whit Monday, Corpus Christi.
  return [-2, 1, 39, 50, 60].some((offset) => key(addDays(easter, offset)) === key(date));
}

/** Mon-Fri, not a public holiday, not 24 or 31 December (offices closed). */
export function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && !isNrwHoliday(date) && !["12-24", "12-31"].includes(key(date));
}

/** The n-th working day after (n > 0) or before (n < 0) a date. */
export function workingDays(from: LocalDate, n: number): LocalDate {
  const step = n >= 0 ? 1 : -1;
  let date = from;
  let left = Math.abs(n);
  while (left > 0) {
    date = addDays(date, step);
    if (isWorkingDay(date)) left--;
  }
  return date;
}
