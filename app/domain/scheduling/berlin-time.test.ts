// Run also under other process time zones – the results must not change:
//   TZ=UTC npx vitest run app/domain/scheduling
//   TZ=America/New_York npx vitest run app/domain/scheduling
import { describe, expect, it } from "vitest";
import {
  addBerlinDays,
  addDays,
  berlinDate,
  berlinDay,
  berlinDayBounds,
  berlinOffsetMinutes,
  daysBetween,
  formatTime,
  fromBerlin,
  instantReached,
  instantsAt,
  isLocalDate,
  isoWeekday,
  parseTime,
  toBerlin,
} from "./berlin-time";

const iso = (d: Date | number) => new Date(d).toISOString();
const utc = (s: string) => Date.parse(s);

describe("berlinOffsetMinutes", () => {
  it("is one hour in winter and two in summer", () => {
    expect(berlinOffsetMinutes(utc("2026-01-15T12:00:00Z"))).toBe(60);
    expect(berlinOffsetMinutes(new Date("2026-07-15T12:00:00Z"))).toBe(120);
  });

  it("changes at 01:00 UTC on the last Sunday of March and October", () => {
    expect(berlinOffsetMinutes(utc("2026-03-29T00:59:59.999Z"))).toBe(60);
    expect(berlinOffsetMinutes(utc("2026-03-29T01:00:00Z"))).toBe(120);
    expect(berlinOffsetMinutes(utc("2026-10-25T00:59:59Z"))).toBe(120);
    expect(berlinOffsetMinutes(utc("2026-10-25T01:00:00Z"))).toBe(60);
    expect(berlinOffsetMinutes(utc("2027-03-28T01:00:00Z"))).toBe(120);
    expect(berlinOffsetMinutes(utc("2027-10-31T01:00:00Z"))).toBe(60);
  });

  it("rejects an invalid instant", () => {
    expect(() => berlinOffsetMinutes(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("fromBerlin", () => {
  it("turns 09:00 into 08:00Z in winter and 07:00Z in summer", () => {
    expect(iso(fromBerlin("2026-03-27", "09:00"))).toBe("2026-03-27T08:00:00.000Z");
    expect(iso(fromBerlin("2026-03-30", "09:00"))).toBe("2026-03-30T07:00:00.000Z");
    expect(iso(fromBerlin("2026-10-23", "09:00"))).toBe("2026-10-23T07:00:00.000Z");
    expect(iso(fromBerlin("2026-10-26", "09:00"))).toBe("2026-10-26T08:00:00.000Z");
  });

  it("handles the times around the spring gap (29 Mar 2026, 02:00–02:59 missing)", () => {
    expect(iso(fromBerlin("2026-03-29", "01:59"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(fromBerlin("2026-03-29", "03:00"))).toBe("2026-03-29T01:00:00.000Z");
    // Temporal's rules for a time in the gap
    expect(iso(fromBerlin("2026-03-29", "02:30"))).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(iso(fromBerlin("2026-03-29", "02:30", "later"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(fromBerlin("2026-03-29", "02:30", "earlier"))).toBe("2026-03-29T00:30:00.000Z"); // 01:30 CET
    expect(() => fromBerlin("2026-03-29", "02:30", "reject")).toThrow(/does not exist/);
    expect(() => fromBerlin("2026-03-29", "02:00", "reject")).toThrow(RangeError);
  });

  it("handles the repeated autumn hour (25 Oct 2026, 02:00–02:59 twice)", () => {
    expect(iso(fromBerlin("2026-10-25", "01:59"))).toBe("2026-10-24T23:59:00.000Z");
    expect(iso(fromBerlin("2026-10-25", "02:30"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(fromBerlin("2026-10-25", "02:30", "earlier"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(fromBerlin("2026-10-25", "02:30", "later"))).toBe("2026-10-25T01:30:00.000Z");
    expect(() => fromBerlin("2026-10-25", "02:30", "reject")).toThrow(/exists twice/);
    expect(iso(fromBerlin("2026-10-25", "03:00", "reject"))).toBe("2026-10-25T02:00:00.000Z");
  });

  it("reads 24:00 as the next midnight", () => {
    expect(iso(fromBerlin("2026-03-28", "24:00"))).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(fromBerlin("2026-03-29", "24:00"))).toBe("2026-03-29T22:00:00.000Z");
    expect(iso(fromBerlin("2026-12-31", "24:00"))).toBe("2026-12-31T23:00:00.000Z");
  });

  it("rejects malformed dates and times", () => {
    expect(() => fromBerlin("2026-02-30", "09:00")).toThrow(RangeError);
    expect(() => fromBerlin("2026-3-1", "09:00")).toThrow(RangeError);
    expect(() => fromBerlin("2026-03-01", "9:00")).toThrow(RangeError);
  });
});

describe("toBerlin", () => {
  it("shows the wall clock on both sides of the spring change", () => {
    expect(toBerlin(utc("2026-03-29T00:59:00Z"))).toEqual({
      date: "2026-03-29",
      time: "01:59",
      minutes: 119,
      weekday: 7,
      offsetMinutes: 60,
    });
    expect(toBerlin(utc("2026-03-29T01:00:00Z")).time).toBe("03:00");
  });

  it("tells the two 02:30 of the autumn night apart by their offset", () => {
    const first = toBerlin(utc("2026-10-25T00:30:00Z"));
    const second = toBerlin(utc("2026-10-25T01:30:00Z"));
    expect([first.time, first.offsetMinutes]).toEqual(["02:30", 120]);
    expect([second.time, second.offsetMinutes]).toEqual(["02:30", 60]);
  });

  it("puts late UTC evenings on the next Berlin date", () => {
    expect(berlinDate(utc("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(berlinDate(utc("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
    expect(berlinDate(utc("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(toBerlin(new Date("2026-12-31T23:30:00Z")).weekday).toBe(5); // Friday 1 Jan 2027
  });

  it("round-trips every quarter hour of 2026 that exists", () => {
    let checked = 0;
    for (let date = "2026-01-01"; date < "2027-01-01"; date = addDays(date, 1)) {
      for (let m = 0; m < 1440; m += 15) {
        const time = formatTime(m);
        const inGap = date === "2026-03-29" && m >= 120 && m < 180;
        if (inGap) continue;
        expect(toBerlin(fromBerlin(date, time))).toMatchObject({ date, time });
        checked++;
      }
    }
    expect(checked).toBe(365 * 96 - 4);
  });
});

describe("berlinDay", () => {
  it("has 23 hours in spring, 25 in autumn, 24 otherwise", () => {
    const hours = (date: string) => {
      const { start, end } = berlinDayBounds(date);
      return (end.getTime() - start.getTime()) / 3_600_000;
    };
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-03-28")).toBe(24);
    expect(hours("2026-03-30")).toBe(24);
    expect(hours("2027-03-28")).toBe(23);
    expect(hours("2027-10-31")).toBe(25);
  });

  it("knows the moment of the change", () => {
    expect(iso(berlinDay("2026-03-29").transition!)).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(berlinDay("2026-10-25").transition!)).toBe("2026-10-25T01:00:00.000Z");
    expect(berlinDay("2026-06-01").transition).toBeNull();
    expect(berlinDay("2026-06-01").weekday).toBe(1);
  });

  it("gives no instant inside the spring gap and two inside the autumn hour", () => {
    const spring = berlinDay("2026-03-29");
    const autumn = berlinDay("2026-10-25");
    expect(instantsAt(spring, 150)).toEqual([]);
    expect(instantsAt(spring, 180).map(iso)).toEqual(["2026-03-29T01:00:00.000Z"]);
    expect(instantsAt(autumn, 150).map(iso)).toEqual([
      "2026-10-25T00:30:00.000Z",
      "2026-10-25T01:30:00.000Z",
    ]);
    expect(instantsAt(berlinDay("2026-07-01"), 540).map(iso)).toEqual(["2026-07-01T07:00:00.000Z"]);
  });

  it("reaches a time in the gap at the moment of the change", () => {
    const spring = berlinDay("2026-03-29");
    expect(iso(instantReached(spring, 150))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(instantReached(spring, 60))).toBe("2026-03-29T00:00:00.000Z");
    expect(iso(instantReached(berlinDay("2026-10-25"), 150))).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("calendar dates", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
  });

  it("names ISO weekdays", () => {
    expect(isoWeekday("2026-03-30")).toBe(1);
    expect(isoWeekday("2026-04-03")).toBe(5);
    expect(isoWeekday("2026-03-29")).toBe(7);
  });

  it("validates dates", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
    expect(isLocalDate("26-01-01")).toBe(false);
  });

  it("parses HH:MM from 00:00 to 24:00 and nothing else", () => {
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("09:05")).toBe(545);
    expect(parseTime("24:00")).toBe(1440);
    for (const bad of ["9:00", "24:01", "23:60", "12:00:00", "", "ab:cd"])
      expect(() => parseTime(bad)).toThrow(RangeError);
    expect(formatTime(545)).toBe("09:05");
  });
});

describe("addBerlinDays", () => {
  it("keeps the wall-clock time across the summer-time changes", () => {
    // Saturday 28 Mar 09:00 CET → Sunday 29 Mar 09:00 CEST: only 23 hours later
    expect(iso(addBerlinDays(utc("2026-03-28T08:00:00Z"), 1))).toBe("2026-03-29T07:00:00.000Z");
    expect(iso(addBerlinDays(utc("2026-10-24T07:00:00Z"), 1))).toBe("2026-10-25T08:00:00.000Z");
    expect(iso(addBerlinDays(utc("2026-03-02T09:00:00Z"), 56))).toBe("2026-04-27T08:00:00.000Z");
    expect(iso(addBerlinDays(utc("2026-03-02T09:00:30.500Z"), 0))).toBe("2026-03-02T09:00:30.500Z");
  });
});
