import { describe, expect, it } from "vitest";
import { addDays, isoWeekday } from "./berlin-time";
import { easterSunday, isNrwHoliday, nrwHolidayOn, nrwHolidays } from "./holidays";

describe("easterSunday", () => {
  it("matches the published dates", () => {
    const known: Record<number, string> = {
      1818: "1818-03-22", // earliest possible
      1943: "1943-04-25", // latest possible
      2000: "2000-04-23",
      2008: "2008-03-23",
      2011: "2011-04-24",
      2019: "2019-04-21",
      2024: "2024-03-31",
      2025: "2025-04-20",
      2026: "2026-04-05",
      2027: "2027-03-28",
      2028: "2028-04-16",
      2029: "2029-04-01",
      2030: "2030-04-21",
      2038: "2038-04-25",
      2285: "2285-03-22",
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1583; year <= 3000; year++) {
      const date = easterSunday(year);
      expect(isoWeekday(date)).toBe(7);
      expect(date.slice(5) >= "03-22" && date.slice(5) <= "04-25").toBe(true);
    }
  });

  it("only answers for Gregorian years", () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe("nrwHolidays", () => {
  it("lists the eleven NRW holidays of 2026", () => {
    expect(nrwHolidays(2026)).toEqual([
      { date: "2026-01-01", key: "newYear" },
      { date: "2026-04-03", key: "goodFriday" },
      { date: "2026-04-06", key: "easterMonday" },
      { date: "2026-05-01", key: "labourDay" },
      { date: "2026-05-14", key: "ascension" },
      { date: "2026-05-25", key: "whitMonday" },
      { date: "2026-06-04", key: "corpusChristi" },
      { date: "2026-10-03", key: "germanUnity" },
      { date: "2026-11-01", key: "allSaints" },
      { date: "2026-12-25", key: "christmasDay" },
      { date: "2026-12-26", key: "boxingDay" },
    ]);
  });

  it("lists the eleven NRW holidays of 2027 (an early Easter)", () => {
    expect(nrwHolidays(2027).map((h) => `${h.date} ${h.key}`)).toEqual([
      "2027-01-01 newYear",
      "2027-03-26 goodFriday",
      "2027-03-29 easterMonday",
      "2027-05-01 labourDay",
      "2027-05-06 ascension",
      "2027-05-17 whitMonday",
      "2027-05-27 corpusChristi",
      "2027-10-03 germanUnity",
      "2027-11-01 allSaints",
      "2027-12-25 christmasDay",
      "2027-12-26 boxingDay",
    ]);
  });

  it("lists the Easter-based holidays of 2025", () => {
    expect(
      nrwHolidays(2025)
        .filter((h) => !h.date.endsWith("-01") && h.date.slice(5, 7) < "07")
        .map((h) => h.date),
    ).toEqual(["2025-04-18", "2025-04-21", "2025-05-29", "2025-06-09", "2025-06-19"]);
  });

  it("puts the moveable feasts on the right weekdays every year", () => {
    for (let year = 1900; year <= 2200; year++) {
      const weekday = Object.fromEntries(nrwHolidays(year).map((h) => [h.key, isoWeekday(h.date)]));
      expect(weekday).toMatchObject({
        goodFriday: 5,
        easterMonday: 1,
        ascension: 4,
        whitMonday: 1,
        corpusChristi: 4,
      });
      expect(nrwHolidays(year)).toHaveLength(11);
    }
  });

  it("keeps both names when Ascension falls on 1 May (2008)", () => {
    const mayDay = nrwHolidays(2008).filter((h) => h.date === "2008-05-01");
    expect(mayDay.map((h) => h.key)).toEqual(["labourDay", "ascension"]);
    expect(nrwHolidayOn("2008-05-01")).toBe("labourDay");
  });
});

describe("isNrwHoliday", () => {
  it("knows the holidays", () => {
    for (const date of ["2026-04-03", "2026-04-06", "2026-06-04", "2027-05-27", "2026-11-01"])
      expect(isNrwHoliday(date)).toBe(true);
    expect(nrwHolidayOn("2026-05-25")).toBe("whitMonday");
  });

  it("does not count days that are holidays elsewhere or only customary days off", () => {
    for (const date of [
      "2026-01-06", // Epiphany (BW, BY, ST)
      "2026-03-08", // Women's Day (BE, MV)
      "2026-04-05", // Easter Sunday: a Sunday, not a statutory holiday in NRW
      "2026-05-24", // Whit Sunday
      "2026-08-15", // Assumption (Saarland, parts of Bavaria)
      "2026-10-31", // Reformation Day (not NRW)
      "2026-11-18", // Repentance Day (Saxony)
      "2026-12-24",
      "2026-12-31",
    ])
      expect(isNrwHoliday(date)).toBe(false);
  });

  it("finds Good Friday two days before Easter Sunday", () => {
    expect(nrwHolidayOn(addDays(easterSunday(2031), -2))).toBe("goodFriday");
  });
});
