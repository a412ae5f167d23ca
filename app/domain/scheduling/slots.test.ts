// Run also under other process time zones – the results must not change:
//   TZ=UTC npx vitest run app/domain/scheduling
//   TZ=America/New_York npx vitest run app/domain/scheduling
import { describe, expect, it } from "vitest";
import {
  addBerlinDays,
  addDays,
  berlinDay,
  berlinDate,
  berlinDayBounds,
  fromBerlin,
  instantReached,
  instantsAt,
  parseTime,
  toBerlin,
} from "./berlin-time";
import { isNrwHoliday } from "./holidays";
import {
  computeFreeSlots,
  firstFreeSlot,
  isSlotFree,
  type BusyInterval,
  type Channel,
  type FreeSlots,
  type SlotOffice,
  type SlotQuery,
  type SlotStaff,
  type SlotTopic,
  type WorkingHours,
} from "./slots";

// ---------------------------------------------------------------------------
// Fixtures: Monday 2 March 2026, midnight in Berlin, unless a test says otherwise.

const MONDAY = "2026-03-02";
const NOW = fromBerlin(MONDAY, "00:00");

function topic(overrides: Partial<SlotTopic> = {}): SlotTopic {
  return {
    key: "first-consultation",
    durationMinutes: 60,
    bufferMinutes: 0,
    channels: ["IN_PERSON"],
    leadTimeMinutes: 0,
    horizonDays: 1,
    ...overrides,
  };
}

function hours(officeId: string, weekdays: number[], ...ranges: string[]): WorkingHours[] {
  return weekdays.flatMap((weekday) =>
    ranges.map((range) => {
      const [startsAt, endsAt] = range.split("-") as [string, string];
      return { officeId, weekday, startsAt, endsAt };
    }),
  );
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WORKDAYS = [1, 2, 3, 4, 5];

function person(id: string, overrides: Partial<SlotStaff> = {}): SlotStaff {
  return {
    id,
    languages: ["de"],
    topics: ["first-consultation"],
    workingHours: hours("mitte", WORKDAYS, "08:00-16:00"),
    absences: [],
    ...overrides,
  };
}

function office(id: string, overrides: Partial<SlotOffice> = {}): SlotOffice {
  return {
    id,
    openingHours: EVERY_DAY.map((weekday) => ({ weekday, opensAt: "00:00", closesAt: "24:00" })),
    closures: [],
    ...overrides,
  };
}

function query(overrides: Partial<SlotQuery> = {}): SlotQuery {
  return {
    topic: topic(),
    staff: [person("anna")],
    offices: [office("mitte")],
    busy: [],
    now: NOW,
    ...overrides,
  };
}

function busy(staffId: string, date: string, from: string, to: string): BusyInterval {
  return { staffId, startsAt: fromBerlin(date, from), blockedUntil: fromBerlin(date, to) };
}

/** "2026-03-02 09:00" per slot, Berlin wall clock. */
function starts(result: FreeSlots): string[] {
  return result.days.flatMap((d) =>
    d.slots.map((s) => `${d.date} ${toBerlin(new Date(s.startsAt)).time}`),
  );
}

/** Berlin "HH:MM" of the slots of one day. */
function times(result: FreeSlots, date = MONDAY): string[] {
  const day = result.days.find((d) => d.date === date);
  return day ? day.slots.map((s) => toBerlin(new Date(s.startsAt)).time) : [];
}

function dates(result: FreeSlots): string[] {
  return result.days.map((d) => d.date);
}

// ---------------------------------------------------------------------------

describe("computeFreeSlots: the basic grid", () => {
  it("offers every quarter hour in which the appointment fits the working hours", () => {
    const result = computeFreeSlots(
      query({ staff: [person("anna", { workingHours: hours("mitte", [1], "09:00-11:00") })] }),
    );
    expect(times(result)).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00"]);
    expect(result.days[0]!.slots[0]).toEqual({
      startsAt: "2026-03-02T08:00:00.000Z",
      endsAt: "2026-03-02T09:00:00.000Z",
      staffIds: ["anna"],
      officeId: "mitte",
      channels: ["IN_PERSON"],
    });
  });

  it("starts on the wall-clock grid, not at odd working-hour starts", () => {
    const staff = [person("anna", { workingHours: hours("mitte", [1], "09:10-11:00") })];
    expect(times(computeFreeSlots(query({ staff })))).toEqual(["09:15", "09:30", "09:45", "10:00"]);
    expect(times(computeFreeSlots(query({ staff, stepMinutes: 30 })))).toEqual(["09:30", "10:00"]);
    expect(times(computeFreeSlots(query({ staff, stepMinutes: 45 })))).toEqual(["09:45"]);
  });

  it("keeps split days apart: no appointment across the lunch break", () => {
    const staff = [
      person("anna", { workingHours: hours("mitte", [1], "13:00-15:00", "08:00-10:00") }),
    ];
    expect(times(computeFreeSlots(query({ staff, stepMinutes: 30 })))).toEqual([
      "08:00",
      "08:30",
      "09:00",
      "13:00",
      "13:30",
      "14:00",
    ]);
  });

  it("joins working-hour entries that touch or overlap", () => {
    const staff = [
      person("anna", {
        workingHours: hours("mitte", [1], "08:00-09:00", "09:00-10:00", "08:30-09:30"),
      }),
    ];
    expect(times(computeFreeSlots(query({ staff, stepMinutes: 30 })))).toEqual([
      "08:00",
      "08:30",
      "09:00",
    ]);
  });

  it("lets a slot end at 24:00 and ignores empty or inverted entries", () => {
    const staff = [
      person("anna", {
        workingHours: hours("mitte", [1], "22:00-24:00", "12:00-12:00", "15:00-14:00"),
      }),
    ];
    expect(times(computeFreeSlots(query({ staff, stepMinutes: 60 })))).toEqual(["22:00", "23:00"]);
  });

  it("needs the whole duration inside the hours; the buffer may run past their end", () => {
    const staff = [person("anna", { workingHours: hours("mitte", [1], "09:00-10:30") })];
    const result = computeFreeSlots(
      query({ staff, topic: topic({ durationMinutes: 45, bufferMinutes: 30 }) }),
    );
    expect(times(result)).toEqual(["09:00", "09:15", "09:30", "09:45"]);
  });

  it("skips staff without the topic and working hours at offices it does not know", () => {
    const staff = [
      person("anna", { topics: ["debt-intake"] }),
      person("ben", { workingHours: hours("elsewhere", [1], "08:00-16:00") }),
    ];
    expect(computeFreeSlots(query({ staff })).days).toEqual([]);
  });
});

describe("computeFreeSlots: offices and channels", () => {
  const mitte = office("mitte", {
    openingHours: [
      { weekday: 1, opensAt: "08:00", closesAt: "10:00" },
      { weekday: 1, opensAt: "14:00", closesAt: "16:00", walkInOnly: true },
    ],
  });
  const staff = [person("anna", { workingHours: hours("mitte", [1], "07:00-17:00") })];

  it("offers IN_PERSON only inside the office's opening hours", () => {
    const result = computeFreeSlots(query({ staff, offices: [mitte], stepMinutes: 30 }));
    expect(times(result)).toEqual(["08:00", "08:30", "09:00"]);
  });

  it("does not count walk-in-only hours as open for appointments", () => {
    const result = computeFreeSlots(query({ staff, offices: [mitte], stepMinutes: 60 }));
    expect(times(result)).not.toContain("14:00");
  });

  it("offers PHONE and VIDEO across all working hours, IN_PERSON where the office is open", () => {
    const result = computeFreeSlots(
      query({
        staff,
        offices: [mitte],
        stepMinutes: 60,
        topic: topic({ channels: ["IN_PERSON", "PHONE", "VIDEO"] }),
      }),
    );
    expect(
      result.days[0]!.slots.map(
        (s) => `${toBerlin(new Date(s.startsAt)).time} ${s.channels.join("+")}`,
      ),
    ).toEqual([
      "07:00 PHONE+VIDEO",
      "08:00 IN_PERSON+PHONE+VIDEO",
      "09:00 IN_PERSON+PHONE+VIDEO",
      "10:00 PHONE+VIDEO",
      "11:00 PHONE+VIDEO",
      "12:00 PHONE+VIDEO",
      "13:00 PHONE+VIDEO",
      "14:00 PHONE+VIDEO",
      "15:00 PHONE+VIDEO",
      "16:00 PHONE+VIDEO",
    ]);
  });

  it("filters by channel", () => {
    const base = query({
      staff,
      offices: [mitte],
      stepMinutes: 60,
      topic: topic({ channels: ["IN_PERSON", "PHONE"] }),
    });
    const phone = computeFreeSlots({ ...base, filters: { channel: "PHONE" } });
    expect(times(phone)).toHaveLength(10);
    expect(phone.days[0]!.slots.every((s) => s.channels.join() === "PHONE")).toBe(true);
    const inPerson = computeFreeSlots({ ...base, filters: { channel: "IN_PERSON" } });
    expect(times(inPerson)).toEqual(["08:00", "09:00"]);
    expect(inPerson.days[0]!.slots[0]!.channels).toEqual(["IN_PERSON"]);
    // A channel the topic does not offer gives nothing.
    expect(computeFreeSlots({ ...base, filters: { channel: "VIDEO" } }).days).toEqual([]);
  });

  it("filters by office and lists slots of several offices by start, then office", () => {
    const staff2 = [
      person("anna", { workingHours: hours("nord", [1], "09:00-10:00") }),
      person("ben", { workingHours: hours("mitte", [1], "09:00-10:00") }),
    ];
    const offices = [office("mitte"), office("nord")];
    const all = computeFreeSlots(query({ staff: staff2, offices, stepMinutes: 60 }));
    expect(all.days[0]!.slots.map((s) => `${s.officeId}:${s.staffIds.join()}`)).toEqual([
      "mitte:ben",
      "nord:anna",
    ]);
    const nord = computeFreeSlots(
      query({ staff: staff2, offices, stepMinutes: 60, filters: { officeId: "nord" } }),
    );
    expect(nord.days[0]!.slots.map((s) => s.officeId)).toEqual(["nord"]);
  });

  it("lets one person work at two offices on one day", () => {
    const staff2 = [
      person("anna", {
        workingHours: [...hours("mitte", [1], "08:00-10:00"), ...hours("nord", [1], "13:00-15:00")],
      }),
    ];
    const result = computeFreeSlots(
      query({
        staff: staff2,
        offices: [office("mitte"), office("nord")],
        stepMinutes: 60,
        busy: [busy("anna", MONDAY, "13:30", "14:00")],
      }),
    );
    expect(
      result.days[0]!.slots.map((s) => `${toBerlin(new Date(s.startsAt)).time} ${s.officeId}`),
    ).toEqual(["08:00 mitte", "09:00 mitte", "14:00 nord"]);
  });

  it("filters by the language of the consultation", () => {
    const staff2 = [
      person("anna", { languages: ["de", "tr"] }),
      person("ben", { languages: ["de", "ar", "en"] }),
    ];
    const ids = (language?: string) =>
      computeFreeSlots(query({ staff: staff2, filters: { language } })).days[0]?.slots[0]?.staffIds;
    expect(ids()).toEqual(["anna", "ben"]);
    expect(ids("tr")).toEqual(["anna"]);
    expect(ids("ar")).toEqual(["ben"]);
    expect(ids("uk")).toBeUndefined();
  });

  it("names everyone free for a slot once, in the order of the staff list", () => {
    const staff2 = [person("cem"), person("anna"), person("ben")];
    const result = computeFreeSlots(
      query({ staff: staff2, busy: [busy("anna", MONDAY, "08:00", "09:00")] }),
    );
    expect(result.days[0]!.slots[0]!.staffIds).toEqual(["cem", "ben"]);
    expect(result.days[0]!.slots[4]!.staffIds).toEqual(["cem", "anna", "ben"]);
  });
});

describe("computeFreeSlots: holidays and closures", () => {
  const weekOf = (date: string, horizonDays: number, channels: Channel[] = ["IN_PERSON"]) =>
    computeFreeSlots(
      query({
        now: fromBerlin(date, "00:00"),
        topic: topic({ horizonDays, channels }),
        staff: [person("anna", { workingHours: hours("mitte", EVERY_DAY, "09:00-10:00") })],
      }),
    );

  it("offers nothing on Good Friday and Easter Monday 2026", () => {
    expect(dates(weekOf("2026-04-01", 7))).toEqual([
      "2026-04-01",
      "2026-04-02",
      "2026-04-04",
      "2026-04-05",
      "2026-04-07",
    ]);
  });

  it("offers nothing on Ascension, Whit Monday and Corpus Christi 2026", () => {
    const days = dates(weekOf("2026-05-10", 30));
    for (const holiday of ["2026-05-14", "2026-05-25", "2026-06-04"]) {
      expect(days).not.toContain(holiday);
      expect(days).toContain(addDays(holiday, -1));
      expect(days).toContain(addDays(holiday, 1));
    }
  });

  it("offers nothing on the Easter-based holidays of 2027", () => {
    const days = dates(weekOf("2027-03-20", 75));
    for (const holiday of ["2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17", "2027-05-27"])
      expect(days).not.toContain(holiday);
    expect(days).toContain("2027-03-28"); // Easter Sunday is no statutory holiday in NRW
    expect(days).toHaveLength(75 - 5 - 1); // and 1 May
  });

  it("offers nothing on the fixed holidays, by phone neither", () => {
    const days = dates(weekOf("2026-12-20", 14, ["PHONE"]));
    expect(days).not.toContain("2026-12-25");
    expect(days).not.toContain("2026-12-26");
    expect(days).not.toContain("2027-01-01");
    expect(days).toContain("2026-12-24");
    expect(days).toContain("2026-12-31");
    for (const date of ["2026-05-01", "2026-10-03", "2026-11-01"])
      expect(dates(weekOf(date, 1))).toEqual([]);
  });

  it("closes an office on its closure days (inclusive), for every channel", () => {
    const staff = [
      person("anna", { workingHours: hours("mitte", WORKDAYS, "09:00-10:00") }),
      person("ben", { workingHours: hours("nord", WORKDAYS, "09:00-10:00") }),
    ];
    const offices = [
      office("mitte", { closures: [{ startsOn: "2026-03-03", endsOn: "2026-03-04" }] }),
      office("nord", {
        closures: [
          { startsOn: new Date("2026-03-06T00:00:00Z"), endsOn: new Date("2026-03-06T00:00:00Z") },
        ],
      }),
    ];
    for (const channels of [["IN_PERSON"], ["PHONE"]] as Channel[][]) {
      const result = computeFreeSlots(
        query({ staff, offices, stepMinutes: 60, topic: topic({ horizonDays: 5, channels }) }),
      );
      expect(result.days.map((d) => `${d.date} ${d.slots.map((s) => s.officeId).join()}`)).toEqual([
        "2026-03-02 mitte,nord",
        "2026-03-03 nord",
        "2026-03-04 nord",
        "2026-03-05 mitte,nord",
        "2026-03-06 mitte",
      ]);
    }
  });
});

describe("computeFreeSlots: absences", () => {
  const staff = (absences: SlotStaff["absences"]) => [
    person("anna", { workingHours: hours("mitte", WORKDAYS, "09:00-12:00"), absences }),
  ];

  it("keeps whole absent days free of slots (holiday, sickness, training)", () => {
    const { start } = berlinDayBounds("2026-03-03");
    const { end } = berlinDayBounds("2026-03-04");
    const result = computeFreeSlots(
      query({ staff: staff([{ startsAt: start, endsAt: end }]), topic: topic({ horizonDays: 4 }) }),
    );
    expect(dates(result)).toEqual(["2026-03-02", "2026-03-05"]);
  });

  it("removes every slot that overlaps a partial absence, by any amount", () => {
    const result = computeFreeSlots(
      query({
        staff: staff([
          { startsAt: fromBerlin(MONDAY, "10:00"), endsAt: fromBerlin(MONDAY, "10:40") },
        ]),
        topic: topic({ durationMinutes: 30, bufferMinutes: 15 }),
      }),
    );
    // 09:30 ends at 10:00 (its buffer may run into the absence); 10:45 starts after it.
    expect(times(result)).toEqual(["09:00", "09:15", "09:30", "10:45", "11:00", "11:15", "11:30"]);
  });

  it("accepts ISO strings as well as Dates and any order of absences", () => {
    const result = computeFreeSlots(
      query({
        staff: staff([
          { startsAt: "2026-03-02T10:00:00.000Z", endsAt: "2026-03-02T11:00:00.000Z" },
          { startsAt: fromBerlin(MONDAY, "09:00"), endsAt: fromBerlin(MONDAY, "09:30") },
          { startsAt: fromBerlin(MONDAY, "09:15"), endsAt: fromBerlin(MONDAY, "09:45") },
        ]),
        stepMinutes: 15,
      }),
    );
    // Absent 09:00–09:45 and 11:00–12:00 Berlin: one hour fits at 09:45 and 10:00.
    expect(times(result)).toEqual(["09:45", "10:00"]);
  });
});

describe("computeFreeSlots: appointments and buffers", () => {
  const staff = [person("anna", { workingHours: hours("mitte", [1], "08:00-13:00") })];

  it("keeps the booked time and that appointment's buffer free", () => {
    // Booked 10:00–10:50 with a 15-minute buffer: blocked until 11:05.
    const result = computeFreeSlots(
      query({
        staff,
        topic: topic({ durationMinutes: 30, bufferMinutes: 10 }),
        busy: [busy("anna", MONDAY, "10:00", "11:05")],
      }),
    );
    // The new 30 minutes plus its own 10-minute buffer must end by 10:00.
    expect(times(result)).toEqual([
      "08:00",
      "08:15",
      "08:30",
      "08:45",
      "09:00",
      "09:15",
      "11:15",
      "11:30",
      "11:45",
      "12:00",
      "12:15",
      "12:30",
    ]);
  });

  it("counts overlaps of different lengths, not only equal start times", () => {
    const result = computeFreeSlots(
      query({
        staff,
        stepMinutes: 30,
        busy: [
          busy("anna", MONDAY, "07:30", "08:40"), // began before the working day
          busy("anna", MONDAY, "10:10", "10:20"), // ten minutes inside an hour
          busy("anna", MONDAY, "11:00", "12:30"),
          busy("anna", MONDAY, "11:30", "11:45"), // nested in the one before
        ],
      }),
    );
    expect(times(result)).toEqual(["09:00"]);
  });

  it("lets appointments touch: a slot may start when a block ends and end when one starts", () => {
    const result = computeFreeSlots(
      query({
        staff,
        stepMinutes: 60,
        busy: [busy("anna", MONDAY, "08:00", "09:00"), busy("anna", MONDAY, "10:00", "11:00")],
      }),
    );
    expect(times(result)).toEqual(["09:00", "11:00", "12:00"]);
  });

  it("does not mind the order of the appointments or other people's appointments", () => {
    const booked = [
      busy("anna", MONDAY, "12:00", "12:30"),
      busy("ben", MONDAY, "08:00", "13:00"),
      busy("anna", MONDAY, "08:15", "08:45"),
      busy("anna", MONDAY, "10:00", "10:05"),
    ];
    const sorted = computeFreeSlots(
      query({ staff, busy: [...booked].sort((a, b) => +a.startsAt - +b.startsAt) }),
    );
    const shuffled = computeFreeSlots(query({ staff, busy: booked }));
    expect(shuffled).toEqual(sorted);
    expect(times(shuffled)).toEqual(["08:45", "09:00", "10:15", "10:30", "10:45", "11:00"]);
  });

  it("accepts appointments as ISO strings", () => {
    const result = computeFreeSlots(
      query({
        staff,
        stepMinutes: 60,
        busy: [
          {
            staffId: "anna",
            startsAt: "2026-03-02T08:00:00.000Z",
            blockedUntil: "2026-03-02T10:00:00Z",
          },
        ],
      }),
    );
    expect(times(result)).toEqual(["08:00", "11:00", "12:00"]);
  });
});

describe("computeFreeSlots: lead time and horizon", () => {
  it("starts no earlier than now plus the lead time, on the grid", () => {
    const result = computeFreeSlots(
      query({ now: fromBerlin(MONDAY, "08:50"), topic: topic({ leadTimeMinutes: 60 }) }),
    );
    expect(times(result)[0]).toBe("10:00");
  });

  it("includes a slot exactly at now plus the lead time", () => {
    const result = computeFreeSlots(
      query({ now: fromBerlin(MONDAY, "07:00"), topic: topic({ leadTimeMinutes: 120 }) }),
    );
    expect(times(result)[0]).toBe("09:00");
  });

  it("pushes the first slot to the next working day when the lead time runs past today", () => {
    const result = computeFreeSlots(
      query({
        now: fromBerlin(MONDAY, "14:00"),
        topic: topic({ leadTimeMinutes: 24 * 60, horizonDays: 7 }),
      }),
    );
    expect(starts(result)[0]).toBe("2026-03-03 14:00");
  });

  it("ends the horizon at the same wall-clock time that many days later", () => {
    const result = computeFreeSlots(
      query({ now: fromBerlin(MONDAY, "10:00"), topic: topic({ horizonDays: 7 }) }),
    );
    expect(starts(result)[0]).toBe("2026-03-02 10:00");
    expect(starts(result).at(-1)).toBe("2026-03-09 09:45");
    expect(dates(result)).toHaveLength(6);
  });

  it("keeps the wall-clock horizon across the spring change (a week of 167 hours)", () => {
    const result = computeFreeSlots(
      query({ now: fromBerlin("2026-03-23", "10:00"), topic: topic({ horizonDays: 7 }) }),
    );
    const last = result.days.at(-1)!.slots.at(-1)!;
    expect(last.startsAt).toBe("2026-03-30T07:45:00.000Z"); // 09:45 CEST
  });

  it("offers nothing with a horizon of zero days or a lead time beyond it", () => {
    expect(computeFreeSlots(query({ topic: topic({ horizonDays: 0 }) })).days).toEqual([]);
    expect(
      computeFreeSlots(query({ topic: topic({ horizonDays: 1, leadTimeMinutes: 1440 }) })).days,
    ).toEqual([]);
  });
});

describe("computeFreeSlots: summer time", () => {
  const at9 = (date: string, horizonDays: number) =>
    computeFreeSlots(
      query({
        now: fromBerlin(date, "00:00"),
        topic: topic({ horizonDays }),
        staff: [person("anna", { workingHours: hours("mitte", EVERY_DAY, "09:00-10:00") })],
      }),
    ).days.map((d) => `${d.date} ${d.slots[0]!.startsAt}`);

  it("keeps 09:00 Berlin through the spring week: 08:00Z before, 07:00Z after", () => {
    expect(at9("2026-03-27", 4)).toEqual([
      "2026-03-27 2026-03-27T08:00:00.000Z",
      "2026-03-28 2026-03-28T08:00:00.000Z",
      "2026-03-29 2026-03-29T07:00:00.000Z",
      "2026-03-30 2026-03-30T07:00:00.000Z",
    ]);
  });

  it("keeps 09:00 Berlin through the autumn week: 07:00Z before, 08:00Z after", () => {
    expect(at9("2026-10-23", 4)).toEqual([
      "2026-10-23 2026-10-23T07:00:00.000Z",
      "2026-10-24 2026-10-24T07:00:00.000Z",
      "2026-10-25 2026-10-25T08:00:00.000Z",
      "2026-10-26 2026-10-26T08:00:00.000Z",
    ]);
  });

  it("offers no slot inside the missing spring hour and runs on in real time across it", () => {
    const result = computeFreeSlots(
      query({
        now: fromBerlin("2026-03-29", "00:00"),
        topic: topic({ durationMinutes: 30, channels: ["PHONE"] }),
        stepMinutes: 30,
        staff: [person("anna", { workingHours: hours("mitte", [7], "01:00-04:00") })],
      }),
    );
    const day = result.days[0]!;
    expect(day.date).toBe("2026-03-29");
    expect(day.slots.map((s) => s.startsAt)).toEqual([
      "2026-03-29T00:00:00.000Z", // 01:00 CET
      "2026-03-29T00:30:00.000Z", // 01:30 CET: ends 03:00 CEST, the same instant as 02:00 CET
      "2026-03-29T01:00:00.000Z", // 03:00 CEST
      "2026-03-29T01:30:00.000Z", // 03:30 CEST
    ]);
    expect(times(result, "2026-03-29")).toEqual(["01:00", "01:30", "03:00", "03:30"]);
  });

  it("lets a longer appointment span the spring gap in real minutes", () => {
    const result = computeFreeSlots(
      query({
        now: fromBerlin("2026-03-29", "00:00"),
        topic: topic({ durationMinutes: 60, channels: ["PHONE"] }),
        stepMinutes: 30,
        staff: [person("anna", { workingHours: hours("mitte", [7], "01:00-04:00") })],
      }),
    );
    // 01:00–04:00 on this night is two real hours.
    expect(result.days[0]!.slots.map((s) => `${s.startsAt} ${s.endsAt}`)).toEqual([
      "2026-03-29T00:00:00.000Z 2026-03-29T01:00:00.000Z",
      "2026-03-29T00:30:00.000Z 2026-03-29T01:30:00.000Z",
      "2026-03-29T01:00:00.000Z 2026-03-29T02:00:00.000Z",
    ]);
  });

  it("offers both occurrences of the repeated autumn hour, grouped under that Berlin day", () => {
    const result = computeFreeSlots(
      query({
        now: fromBerlin("2026-10-24", "12:00"),
        topic: topic({ durationMinutes: 30, channels: ["VIDEO"], horizonDays: 2 }),
        stepMinutes: 30,
        staff: [person("anna", { workingHours: hours("mitte", [7], "01:00-04:00") })],
      }),
    );
    expect(dates(result)).toEqual(["2026-10-25"]);
    expect(result.days[0]!.slots.map((s) => s.startsAt)).toEqual([
      "2026-10-24T23:00:00.000Z", // 01:00 CEST
      "2026-10-24T23:30:00.000Z",
      "2026-10-25T00:00:00.000Z", // 02:00 CEST
      "2026-10-25T00:30:00.000Z", // 02:30 CEST
      "2026-10-25T01:00:00.000Z", // 02:00 CET
      "2026-10-25T01:30:00.000Z", // 02:30 CET
      "2026-10-25T02:00:00.000Z", // 03:00 CET
      "2026-10-25T02:30:00.000Z",
    ]);
  });

  it("blocks by real time on the change days, whatever the wall clock says", () => {
    const result = computeFreeSlots(
      query({
        now: fromBerlin("2026-10-25", "00:00"),
        topic: topic({ durationMinutes: 30, channels: ["PHONE"] }),
        stepMinutes: 30,
        staff: [person("anna", { workingHours: hours("mitte", [7], "01:00-04:00") })],
        // Booked from the first 02:00 (CEST) to the second 02:00 (CET).
        busy: [
          {
            staffId: "anna",
            startsAt: "2026-10-25T00:00:00Z",
            blockedUntil: "2026-10-25T01:00:00Z",
          },
        ],
      }),
    );
    expect(result.days[0]!.slots.map((s) => s.startsAt)).toEqual([
      "2026-10-24T23:00:00.000Z",
      "2026-10-24T23:30:00.000Z",
      "2026-10-25T01:00:00.000Z",
      "2026-10-25T01:30:00.000Z",
      "2026-10-25T02:00:00.000Z",
      "2026-10-25T02:30:00.000Z",
    ]);
  });

  it("gives the same slots as 8 weeks of plain winter arithmetic, shifted by the offset", () => {
    const result = computeFreeSlots(
      query({
        now: fromBerlin("2026-03-16", "00:00"),
        topic: topic({ horizonDays: 28 }),
        staff: [person("anna", { workingHours: hours("mitte", [1], "09:00-10:00") })],
      }),
    );
    expect(result.days.map((d) => d.slots[0]!.startsAt)).toEqual([
      "2026-03-16T08:00:00.000Z",
      "2026-03-23T08:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
      // 6 April is Easter Monday
    ]);
  });
});

describe("computeFreeSlots: the result", () => {
  it("groups by Berlin day and puts the first free slot first", () => {
    const result = computeFreeSlots(
      query({
        topic: topic({ horizonDays: 3 }),
        staff: [
          person("anna", { workingHours: hours("mitte", [1, 3], "14:00-15:00") }),
          person("ben", { workingHours: hours("mitte", [1], "09:00-10:00") }),
        ],
      }),
    );
    expect(starts(result)).toEqual(["2026-03-02 09:00", "2026-03-02 14:00", "2026-03-04 14:00"]);
    expect(firstFreeSlot(result)?.staffIds).toEqual(["ben"]);
    expect(firstFreeSlot({ days: [] })).toBeNull();
  });

  it("is the same whatever the process time zone (see the TZ runs in the header)", () => {
    const result = computeFreeSlots(query({ topic: topic({ horizonDays: 1 }) }));
    expect(result.days[0]!.slots[0]!.startsAt).toBe("2026-03-02T07:00:00.000Z");
    expect(result.days[0]!.date).toBe("2026-03-02");
  });

  it("rejects nonsense rather than guessing", () => {
    expect(() => computeFreeSlots(query({ topic: topic({ durationMinutes: 0 }) }))).toThrow(
      RangeError,
    );
    expect(() => computeFreeSlots(query({ topic: topic({ bufferMinutes: -5 }) }))).toThrow(
      RangeError,
    );
    expect(() => computeFreeSlots(query({ stepMinutes: 0 }))).toThrow(RangeError);
    expect(() =>
      computeFreeSlots(
        query({ staff: [person("anna", { workingHours: hours("mitte", [1], "9-17") })] }),
      ),
    ).toThrow(RangeError);
    expect(() =>
      computeFreeSlots(
        query({ staff: [person("anna", { workingHours: hours("mitte", [0], "09:00-17:00") })] }),
      ),
    ).toThrow(RangeError);
    expect(() => computeFreeSlots(query({ now: "yesterday" }))).toThrow(RangeError);
  });
});

describe("isSlotFree", () => {
  const base = query({
    topic: topic({ channels: ["IN_PERSON", "PHONE"], horizonDays: 7 }),
    offices: [
      office("mitte", { openingHours: [{ weekday: 1, opensAt: "08:00", closesAt: "12:00" }] }),
    ],
    staff: [person("anna", { languages: ["de", "tr"] })],
  });
  const choice = {
    staffId: "anna",
    officeId: "mitte",
    startsAt: "2026-03-02T08:00:00.000Z",
    channel: "IN_PERSON" as const,
  };

  it("confirms a slot that is on offer", () => {
    expect(isSlotFree(base, choice)).toBe(true);
    expect(
      isSlotFree(base, { ...choice, startsAt: fromBerlin(MONDAY, "15:00"), channel: "PHONE" }),
    ).toBe(true);
  });

  it("refuses it once somebody booked an overlapping appointment", () => {
    // choice: 09:00–10:00 Berlin
    const touching = { ...base, busy: [busy("anna", MONDAY, "10:00", "10:30")] };
    expect(isSlotFree(touching, choice)).toBe(true);
    const taken = { ...base, busy: [busy("anna", MONDAY, "09:50", "10:30")] };
    expect(isSlotFree(taken, choice)).toBe(false);
    expect(isSlotFree(taken, { ...choice, startsAt: fromBerlin(MONDAY, "10:30") })).toBe(true);
  });

  it("refuses what the rules do not offer", () => {
    expect(isSlotFree(base, { ...choice, startsAt: fromBerlin(MONDAY, "09:05") })).toBe(false);
    expect(isSlotFree(base, { ...choice, startsAt: fromBerlin(MONDAY, "15:00") })).toBe(false);
    expect(isSlotFree(base, { ...choice, officeId: "nord" })).toBe(false);
    expect(isSlotFree(base, { ...choice, staffId: "ben" })).toBe(false);
    expect(isSlotFree(base, { ...choice, channel: "VIDEO" })).toBe(false);
    expect(isSlotFree({ ...base, filters: { language: "ar" } }, choice)).toBe(false);
    expect(isSlotFree({ ...base, filters: { language: "tr" } }, choice)).toBe(true);
    expect(isSlotFree({ ...base, now: fromBerlin(MONDAY, "09:30") }, choice)).toBe(false);
    expect(isSlotFree(base, { ...choice, startsAt: fromBerlin("2026-04-06", "09:00") })).toBe(
      false,
    );
  });
});

// ---------------------------------------------------------------------------
// The engine against a slow, literal reading of the rules on random data:
// every grid minute, every instant it names, every rule checked minute by
// minute and against every appointment (O(slots × appointments)).

function reference(q: SlotQuery): FreeSlots {
  const step = q.stepMinutes ?? 15;
  const t0 = q.topic;
  const dur = t0.durationMinutes * 60_000;
  const block = dur + t0.bufferMinutes * 60_000;
  const nowMs = new Date(q.now).getTime();
  const earliest = nowMs + t0.leadTimeMinutes * 60_000;
  const horizon = addBerlinDays(nowMs, t0.horizonDays).getTime();
  const filters = q.filters ?? {};
  const channels = t0.channels.filter((c) => !filters.channel || c === filters.channel);
  const remote = channels.filter((c) => c !== "IN_PERSON");
  const ms = (v: Date | string) => new Date(v).getTime();
  const covered = (day: ReturnType<typeof berlinDay>, ranges: [string, string][], t: number) => {
    for (let u = t; u < t + dur; u += 60_000)
      if (
        !ranges.some(
          ([s, e]) =>
            instantReached(day, parseTime(s)) <= u && u < instantReached(day, parseTime(e)),
        )
      )
        return false;
    return true;
  };
  const days: FreeSlots["days"] = [];
  const first = berlinDate(nowMs);
  for (let date = first; date <= addDays(first, t0.horizonDays + 1); date = addDays(date, 1)) {
    if (isNrwHoliday(date)) continue;
    const day = berlinDay(date);
    const found: { t: number; office: number; staff: string[]; inPerson: boolean }[] = [];
    for (let m = 0; m < 1440; m += step) {
      for (const t of instantsAt(day, m)) {
        if (t < earliest || t >= horizon) continue;
        q.offices.forEach((o, oi) => {
          if (filters.officeId && o.id !== filters.officeId) return;
          const dateOf = (v: string | Date) =>
            typeof v === "string" ? v : v.toISOString().slice(0, 10);
          if (o.closures.some((c) => dateOf(c.startsOn) <= date && date <= dateOf(c.endsOn)))
            return;
          const open = o.openingHours
            .filter((h) => h.weekday === day.weekday && !h.walkInOnly)
            .map((h) => [h.opensAt, h.closesAt] as [string, string]);
          const inPerson = channels.includes("IN_PERSON") && covered(day, open, t);
          if (!inPerson && remote.length === 0) return;
          const free: string[] = [];
          for (const s of q.staff) {
            if (!s.topics.includes(t0.key)) continue;
            if (filters.language && !s.languages.includes(filters.language)) continue;
            const mine = s.workingHours
              .filter((h) => h.officeId === o.id && h.weekday === day.weekday)
              .map((h) => [h.startsAt, h.endsAt] as [string, string]);
            if (!covered(day, mine, t)) continue;
            if (s.absences.some((a) => ms(a.startsAt) < t + dur && t < ms(a.endsAt))) continue;
            if (
              q.busy.some(
                (b) => b.staffId === s.id && ms(b.startsAt) < t + block && t < ms(b.blockedUntil),
              )
            )
              continue;
            free.push(s.id);
          }
          if (free.length) found.push({ t, office: oi, staff: free, inPerson });
        });
      }
    }
    found.sort((a, b) => a.t - b.t || a.office - b.office);
    if (found.length)
      days.push({
        date,
        slots: found.map((f) => ({
          startsAt: new Date(f.t).toISOString(),
          endsAt: new Date(f.t + dur).toISOString(),
          staffIds: f.staff,
          officeId: q.offices[f.office]!.id,
          channels: f.inPerson ? channels : remote,
        })),
      });
  }
  return { days };
}

function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomQuery(seed: number): SlotQuery {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  // Weeks with a summer-time change, Easter, Whitsun or nothing special.
  const start = pick([
    "2026-03-23",
    "2026-03-30",
    "2026-10-19",
    "2026-05-11",
    "2027-03-22",
    "2026-02-09",
  ]);
  const range = (night: boolean): [string, string] => {
    const s = night ? int(0, 30) * 5 : int(84, 180) * 5;
    const e = Math.min(1440, s + int(6, 60) * 5);
    return [hhmm(s), hhmm(e)];
  };
  const officeIds = ["mitte", "nord", "sued"].slice(0, int(1, 3));
  const offices = officeIds.map((id) =>
    office(id, {
      openingHours: EVERY_DAY.flatMap((weekday) =>
        Array.from({ length: int(0, 2) }, () => {
          const [opensAt, closesAt] = range(random() < 0.3);
          return { weekday, opensAt, closesAt, walkInOnly: random() < 0.15 };
        }),
      ),
      closures:
        random() < 0.4
          ? [{ startsOn: addDays(start, int(0, 10)), endsOn: addDays(start, int(0, 12)) }]
          : [],
    }),
  );
  const staff = Array.from({ length: int(1, 5) }, (_, i) =>
    person(`s${i}`, {
      languages: ["de", ...(random() < 0.5 ? ["tr"] : [])],
      topics: random() < 0.85 ? ["first-consultation"] : ["other"],
      workingHours: EVERY_DAY.flatMap((weekday) =>
        Array.from({ length: int(0, 3) }, () => {
          const [startsAt, endsAt] = range(random() < 0.3);
          return { officeId: pick(officeIds), weekday, startsAt, endsAt };
        }),
      ),
      absences: Array.from({ length: int(0, 3) }, () => {
        const s = fromBerlin(addDays(start, int(0, 14)), hhmm(int(0, 287) * 5)).getTime();
        return { startsAt: new Date(s), endsAt: new Date(s + int(1, 48) * 30 * 60_000) };
      }),
    }),
  );
  const busyList: BusyInterval[] = [];
  for (const s of staff)
    for (let k = int(0, 40); k > 0; k--) {
      const b = fromBerlin(addDays(start, int(0, 14)), hhmm(int(0, 1439))).getTime();
      busyList.push({
        staffId: s.id,
        startsAt: new Date(b),
        blockedUntil: new Date(b + int(5, 150) * 60_000),
      });
    }
  const allChannels: Channel[] = ["IN_PERSON", "PHONE", "VIDEO"];
  return {
    topic: topic({
      durationMinutes: pick([15, 20, 30, 45, 60, 90]),
      bufferMinutes: pick([0, 5, 10, 15, 30]),
      channels: allChannels.filter(() => random() < 0.6),
      leadTimeMinutes: pick([0, 30, 120, 1440]),
      horizonDays: int(1, 14),
    }),
    staff,
    offices,
    busy: busyList,
    now: new Date(
      fromBerlin(start, "00:00").getTime() + int(0, 2 * 1440) * 60_000 + int(0, 59_999),
    ),
    stepMinutes: pick([5, 10, 15, 20, 30, 45, 60]),
    filters: {
      officeId: random() < 0.2 ? pick(officeIds) : undefined,
      channel: random() < 0.3 ? pick(allChannels) : undefined,
      language: random() < 0.2 ? "tr" : undefined,
    },
  };
}

describe("computeFreeSlots against a literal reading of the rules", () => {
  it("agrees on 300 random weeks (summer-time changes, holidays, overlaps, filters)", () => {
    let slots = 0;
    let onChangeDays = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const q = randomQuery(seed);
      const expected = reference(q);
      const actual = computeFreeSlots(q);
      expect(actual, `seed ${seed}`).toEqual(expected);
      for (const day of actual.days) {
        slots += day.slots.length;
        if (["2026-03-29", "2026-10-25", "2027-03-28"].includes(day.date))
          onChangeDays += day.slots.filter(
            (s) => toBerlin(new Date(s.startsAt)).minutes < 240,
          ).length;
      }
    }
    // The data is not so hostile that nothing is free, and it does reach the
    // night hours of the change days.
    expect(slots).toBeGreaterThan(2000);
    expect(onChangeDays).toBeGreaterThan(50);
  });
});
