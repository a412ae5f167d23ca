// Public holidays in North Rhine-Westphalia (Feiertagsgesetz NW § 2): no
// appointments on these days in any office.
//
// Computed here, not taken from the `date-holidays` package: NRW has eleven
// fixed rules, six of them a fixed distance from Easter Sunday, and Easter is
// one well-known formula (below). `date-holidays` (3.37) would bring YAML rules
// for about 200 countries and, through date-holidays-parser, js-yaml, lodash,
// astronomia, moment-timezone, date-chinese and jalaali-js – nine packages to
// keep up to date and audit for twenty lines of arithmetic. The NRW list
// changes rarely and only by law; a test pins every date of 2025–2027.
// One-off holidays (31 Oct 2017, the Reformation's 500th year) are not rules;
// enter such a day as an office closure.
import { addDays, type LocalDate } from "./berlin-time";

export const NRW_HOLIDAYS = [
  "newYear", // Neujahr, 1 Jan
  "goodFriday", // Karfreitag, Easter − 2
  "easterMonday", // Ostermontag, Easter + 1
  "labourDay", // Tag der Arbeit, 1 May
  "ascension", // Christi Himmelfahrt, Easter + 39
  "whitMonday", // Pfingstmontag, Easter + 50
  "corpusChristi", // Fronleichnam, Easter + 60
  "germanUnity", // Tag der Deutschen Einheit, 3 Oct
  "allSaints", // Allerheiligen, 1 Nov
  "christmasDay", // 1. Weihnachtstag, 25 Dec
  "boxingDay", // 2. Weihnachtstag, 26 Dec
] as const;

/** Key of an NRW public holiday; pages translate it (e.g. "holidays.goodFriday"). */
export type NrwHoliday = (typeof NRW_HOLIDAYS)[number];

export interface Holiday {
  date: LocalDate;
  key: NrwHoliday;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher, 1876 – Gauss's method without its exceptions).
 */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw new RangeError(`Easter is computed for Gregorian years 1583–9999, not ${year}`);
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
  return `${year}-${pad(month)}-${pad(day)}`;
}

const byYear = new Map<number, Holiday[]>();

/** The NRW public holidays of a year, in date order. */
export function nrwHolidays(year: number): Holiday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: `${year}-01-01`, key: "newYear" },
    { date: addDays(easter, -2), key: "goodFriday" },
    { date: addDays(easter, 1), key: "easterMonday" },
    { date: `${year}-05-01`, key: "labourDay" },
    { date: addDays(easter, 39), key: "ascension" },
    { date: addDays(easter, 50), key: "whitMonday" },
    { date: addDays(easter, 60), key: "corpusChristi" },
    { date: `${year}-10-03`, key: "germanUnity" },
    { date: `${year}-11-01`, key: "allSaints" },
    { date: `${year}-12-25`, key: "christmasDay" },
    { date: `${year}-12-26`, key: "boxingDay" },
  ];
  // Ascension can fall on 1 May (e.g. 2008): one day, two names; keep both
  // entries, sorted by date with the fixed holiday first.
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  byYear.set(year, list);
  return list;
}

/** The holiday on a date, or null (the first one if two coincide). */
export function nrwHolidayOn(date: LocalDate): NrwHoliday | null {
  const year = Number(date.slice(0, 4));
  return nrwHolidays(year).find((h) => h.date === date)?.key ?? null;
}

export function isNrwHoliday(date: LocalDate): boolean {
  return nrwHolidayOn(date) !== null;
}
