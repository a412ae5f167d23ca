// Run also under other process time zones – the results must not change:
//   TZ=America/New_York npx vitest run app/domain/scheduling-admin/schemas.test.ts
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import {
  AbsenceSchema,
  BookingSettingsSchema,
  ClosureSchema,
  StaffProfileSchema,
  WorkingHoursSchema,
  absenceSpan,
  isOnGrid,
  overlappingPeriods,
  settingValue,
  splitLanguageCodes,
  topicSchema,
} from "./schemas";

function form(entries: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) {
    for (const value of Array.isArray(v) ? v : [v]) fd.append(k, value);
  }
  return fd;
}

function hoursForm(rows: [string, string, string, string][]): FormData {
  const entries: Record<string, string> = {};
  rows.forEach(([weekday, officeId, startsAt, endsAt], i) => {
    Object.assign(entries, {
      [`hours[${i}].weekday`]: weekday,
      [`hours[${i}].officeId`]: officeId,
      [`hours[${i}].startsAt`]: startsAt,
      [`hours[${i}].endsAt`]: endsAt,
    });
  });
  return form(entries);
}

const iso = (d: Date) => d.toISOString();

describe("overlappingPeriods", () => {
  const p = (weekday: number, startsAt: string, endsAt: string) => ({ weekday, startsAt, endsAt });

  it("accepts a split day and periods that only touch", () => {
    expect(overlappingPeriods([p(1, "08:00", "12:00"), p(1, "13:00", "16:30")])).toEqual([]);
    expect(overlappingPeriods([p(1, "08:00", "12:00"), p(1, "12:00", "16:00")])).toEqual([]);
  });

  it("flags the later of two overlapping periods on the same weekday, at any office", () => {
    expect(
      overlappingPeriods([p(1, "08:00", "12:00"), p(2, "08:00", "12:00"), p(1, "11:55", "14:00")]),
    ).toEqual([2]);
    // Contained, equal and enclosing periods overlap too.
    expect(overlappingPeriods([p(3, "08:00", "16:00"), p(3, "09:00", "10:00")])).toEqual([1]);
    expect(overlappingPeriods([p(3, "09:00", "10:00"), p(3, "09:00", "10:00")])).toEqual([1]);
    expect(overlappingPeriods([p(3, "09:00", "10:00"), p(3, "08:00", "16:00")])).toEqual([1]);
  });

  it("skips rows that are not complete periods", () => {
    expect(overlappingPeriods([null, p(1, "08:00", "12:00"), null])).toEqual([]);
  });
});

describe("WorkingHoursSchema", () => {
  it("keeps a split day, ignores blank rows and sorts by weekday and time", () => {
    const result = parseWithZod(
      hoursForm([
        ["2", "office-a", "13:00", "16:30"],
        ["", "", "", ""],
        ["2", "office-a", "8:00", "12.00"],
        ["1", "office-b", "09:00", "24:00"],
      ]),
      { schema: WorkingHoursSchema },
    );
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value.hours).toEqual([
      { weekday: 1, officeId: "office-b", startsAt: "09:00", endsAt: "24:00", row: 3 },
      { weekday: 2, officeId: "office-a", startsAt: "08:00", endsAt: "12:00", row: 2 },
      { weekday: 2, officeId: "office-a", startsAt: "13:00", endsAt: "16:30", row: 0 },
    ]);
  });

  it("reports an overlap on the later row and keeps what was typed", () => {
    const result = parseWithZod(
      hoursForm([
        ["1", "office-a", "08:00", "12:00"],
        ["1", "office-b", "11:30", "15:00"],
      ]),
      { schema: WorkingHoursSchema },
    );
    expect(result.status).toBe("error");
    const reply = result.reply();
    expect(reply.error).toEqual({ "hours[1].startsAt": ["scheduling:validation.overlap"] });
    expect(reply.initialValue).toMatchObject({
      hours: [
        { weekday: "1", officeId: "office-a", startsAt: "08:00", endsAt: "12:00" },
        { weekday: "1", officeId: "office-b", startsAt: "11:30", endsAt: "15:00" },
      ],
    });
  });

  it("requires the 5-minute grid, a real time, an end after the start and every field", () => {
    const result = parseWithZod(
      hoursForm([
        ["1", "office-a", "08:03", "12:00"],
        ["2", "office-a", "25:00", "12:00"],
        ["3", "office-a", "14:00", "13:00"],
        ["4", "", "09:00", ""],
        ["5", "office-a", "24:00", "24:05"],
      ]),
      { schema: WorkingHoursSchema },
    );
    expect(result.status).toBe("error");
    expect(result.reply().error).toEqual({
      "hours[0].startsAt": ["scheduling:validation.grid"],
      "hours[1].startsAt": ["scheduling:validation.time"],
      "hours[2].endsAt": ["scheduling:validation.endBeforeStart"],
      "hours[3].officeId": ["validation.required"],
      "hours[3].endsAt": ["validation.required"],
      "hours[4].startsAt": ["scheduling:validation.time"],
      "hours[4].endsAt": ["scheduling:validation.time"],
    });
  });

  it("accepts no rows at all (not bookable)", () => {
    const result = parseWithZod(form({ form: "hours" }), { schema: WorkingHoursSchema });
    expect(result.status).toBe("success");
    if (result.status === "success") expect(result.value.hours).toEqual([]);
  });

  it("isOnGrid", () => {
    expect(isOnGrid("08:05")).toBe(true);
    expect(isOnGrid("08:07")).toBe(false);
    expect(isOnGrid("24:00")).toBe(true);
  });
});

describe("absences in Berlin time", () => {
  it("stores whole days from local midnight to the next local midnight", () => {
    // Winter: Berlin is UTC+1.
    expect(absenceSpan({ startsOn: "2026-01-12", endsOn: "2026-01-16" })).toEqual({
      startsAt: new Date("2026-01-11T23:00:00Z"),
      endsAt: new Date("2026-01-16T23:00:00Z"),
    });
    // Summer: UTC+2; one day only when the last day is left empty.
    expect(absenceSpan({ startsOn: "2026-07-01" })).toEqual({
      startsAt: new Date("2026-06-30T22:00:00Z"),
      endsAt: new Date("2026-07-01T22:00:00Z"),
    });
  });

  it("spans the spring change with 23-hour days and the autumn change with 25-hour days", () => {
    const spring = absenceSpan({ startsOn: "2026-03-29" });
    expect(iso(spring.startsAt)).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(spring.endsAt)).toBe("2026-03-29T22:00:00.000Z");
    expect(spring.endsAt.getTime() - spring.startsAt.getTime()).toBe(23 * 3_600_000);
    const autumn = absenceSpan({ startsOn: "2026-10-25" });
    expect(iso(autumn.startsAt)).toBe("2026-10-24T22:00:00.000Z");
    expect(iso(autumn.endsAt)).toBe("2026-10-25T23:00:00.000Z");
    expect(autumn.endsAt.getTime() - autumn.startsAt.getTime()).toBe(25 * 3_600_000);
    // A week across the change: 09:00 to 13:00 wall clock, different offsets.
    const week = absenceSpan({
      startsOn: "2026-03-26",
      startsAt: "09:00",
      endsOn: "2026-04-02",
      endsAt: "13:00",
    });
    expect(iso(week.startsAt)).toBe("2026-03-26T08:00:00.000Z");
    expect(iso(week.endsAt)).toBe("2026-04-02T11:00:00.000Z");
  });

  it("reads a missing or repeated time so the absence covers the most", () => {
    // 02:30 does not exist on 29 Mar 2026: a start is read as 01:30 CET, an end as 03:30 CEST.
    const gap = absenceSpan({
      startsOn: "2026-03-29",
      startsAt: "02:30",
      endsOn: "2026-03-29",
      endsAt: "02:30",
    });
    expect(iso(gap.startsAt)).toBe("2026-03-29T00:30:00.000Z");
    expect(iso(gap.endsAt)).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 happens twice on 25 Oct 2026: a start is the first (CEST), an end the second (CET).
    const twice = absenceSpan({
      startsOn: "2026-10-25",
      startsAt: "02:30",
      endsOn: "2026-10-25",
      endsAt: "02:30",
    });
    expect(iso(twice.startsAt)).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(twice.endsAt)).toBe("2026-10-25T01:30:00.000Z");
  });

  it("parses the form in German date format and checks the order", () => {
    const ok = parseWithZod(
      form({ kind: "TRAINING", startsOn: "29.3.2026", startsAt: "8:00", endsAt: "12:00" }),
      { schema: AbsenceSchema },
    );
    expect(ok.status).toBe("success");
    if (ok.status === "success") {
      expect(ok.value).toEqual({
        kind: "TRAINING",
        startsAt: new Date("2026-03-29T06:00:00Z"),
        endsAt: new Date("2026-03-29T10:00:00Z"),
      });
    }
    const backwards = parseWithZod(
      form({ kind: "HOLIDAY", startsOn: "10.08.2026", endsOn: "03.08.2026" }),
      { schema: AbsenceSchema },
    );
    expect(backwards.reply().error).toEqual({
      endsOn: ["scheduling:validation.endBeforeStart"],
    });
    const sameDay = parseWithZod(
      form({ kind: "OTHER", startsOn: "2026-08-10", startsAt: "14:00", endsAt: "09:00" }),
      { schema: AbsenceSchema },
    );
    expect(sameDay.reply().error).toEqual({ endsAt: ["scheduling:validation.endBeforeStart"] });
    const bad = parseWithZod(form({ startsOn: "31.02.2026", startsAt: "9" }), {
      schema: AbsenceSchema,
    });
    expect(bad.reply().error).toEqual({
      kind: ["validation.required"],
      startsOn: ["scheduling:validation.date"],
      startsAt: ["scheduling:validation.time"],
    });
    const typo = parseWithZod(
      form({ kind: "HOLIDAY", startsOn: "01.08.2026", endsOn: "01.08.2062" }),
      {
        schema: AbsenceSchema,
      },
    );
    expect(typo.reply().error).toEqual({ endsOn: ["scheduling:validation.absenceTooLong"] });
  });
});

describe("StaffProfileSchema", () => {
  it("merges the portal languages with other ISO 639-1 codes, portal languages first", () => {
    const result = parseWithZod(
      form({
        topics: ["housing", "housing", "work"],
        languages: ["tr", "de"],
        otherLanguages: "FA, ku;ro  fa",
        videoUrl: "https://video.example.org/raum-1",
      }),
      { schema: StaffProfileSchema },
    );
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value).toEqual({
      topics: ["housing", "work"],
      languages: ["de", "tr", "fa", "ku", "ro"],
      videoUrl: "https://video.example.org/raum-1",
    });
  });

  it("refuses unknown codes, portal languages that do not exist and plain http", () => {
    const result = parseWithZod(
      form({
        languages: ["xx"],
        otherLanguages: "fa, persisch",
        videoUrl: "http://video.example.org",
      }),
      { schema: StaffProfileSchema },
    );
    const error = result.reply().error!;
    expect(error.otherLanguages).toEqual(["scheduling:validation.languageCode"]);
    expect(error.videoUrl).toEqual(["validation.httpsUrl"]);
    expect(error.languages).toEqual(["scheduling:validation.languageCode"]);
  });

  it("allows nothing at all (not bookable, no own video room)", () => {
    const result = parseWithZod(form({}), { schema: StaffProfileSchema });
    expect(result.status).toBe("success");
    if (result.status === "success")
      expect(result.value).toEqual({ topics: [], languages: [], videoUrl: null });
  });

  it("splits codes", () => {
    expect(splitLanguageCodes(" ku , fa,,fa ")).toEqual(["ku", "fa"]);
    expect(splitLanguageCodes(undefined)).toEqual([]);
  });
});

describe("topicSchema", () => {
  const valid = {
    key: "wohngeld-antrag",
    durationMinutes: "45",
    bufferMinutes: "10",
    channels: ["PHONE", "IN_PERSON"],
    leadTimeHours: "24",
    horizonDays: "56",
    active: "on",
    sort: "3",
  };

  it("turns the form into the stored rules (lead time in minutes, channels in order)", () => {
    const result = parseWithZod(form(valid), { schema: topicSchema(true) });
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value).toEqual({
      key: "wohngeld-antrag",
      durationMinutes: 45,
      bufferMinutes: 10,
      channels: ["IN_PERSON", "PHONE"],
      leadTimeMinutes: 1440,
      horizonDays: 56,
      sensitive: false,
      active: true,
      sort: 3,
    });
  });

  it("uses topicIssues for the grid, channels and key", () => {
    const result = parseWithZod(
      form({
        ...valid,
        key: "Wohngeld Antrag",
        durationMinutes: "42",
        bufferMinutes: "7",
        channels: [],
      }),
      { schema: topicSchema(true) },
    );
    expect(result.reply().error).toEqual({
      key: ["scheduling:validation.key"],
      durationMinutes: ["scheduling:validation.duration"],
      bufferMinutes: ["scheduling:validation.buffer"],
      channels: ["scheduling:validation.channels"],
    });
  });

  it("does not ask for a key when editing, and checks ranges", () => {
    const { key: _key, ...rest } = valid;
    const result = parseWithZod(form({ ...rest, horizonDays: "0", leadTimeHours: "1,5" }), {
      schema: topicSchema(false),
    });
    expect(result.reply().error).toEqual({
      horizonDays: ["scheduling:validation.horizon"],
      leadTimeHours: ["scheduling:validation.wholeNumber"],
    });
  });
});

describe("ClosureSchema", () => {
  it("makes a one-day closure when the last day is empty", () => {
    const result = parseWithZod(
      form({ officeId: "o1", startsOn: "24.12.2026", reason: "Heiligabend" }),
      { schema: ClosureSchema },
    );
    expect(result.status).toBe("success");
    if (result.status === "success")
      expect(result.value).toEqual({
        officeId: "o1",
        startsOn: "2026-12-24",
        endsOn: "2026-12-24",
        reason: "Heiligabend",
      });
  });

  it("refuses a last day before the first and a missing reason", () => {
    const result = parseWithZod(
      form({ officeId: "o1", startsOn: "24.12.2026", endsOn: "23.12.2026" }),
      {
        schema: ClosureSchema,
      },
    );
    expect(result.reply().error).toEqual({
      endsOn: ["scheduling:validation.endBeforeStart"],
      reason: ["validation.required"],
    });
  });
});

describe("booking settings", () => {
  it("validates whole numbers in range", () => {
    const result = parseWithZod(
      form({ citizenCutoffHours: "48", reminderHours: "0", dailyLimitPerEmail: "drei" }),
      { schema: BookingSettingsSchema },
    );
    expect(result.reply().error).toEqual({
      reminderHours: ["scheduling:validation.settings.reminderHours"],
      dailyLimitPerEmail: ["scheduling:validation.wholeNumber"],
    });
  });

  it("falls back to the default for unset or broken stored values", () => {
    expect(settingValue("citizenCutoffHours", undefined)).toBe(24);
    expect(settingValue("citizenCutoffHours", "48")).toBe(48);
    expect(settingValue("reminderHours", "abc")).toBe(24);
    expect(settingValue("dailyLimitPerEmail", "0")).toBe(3);
    expect(settingValue("dailyLimitPerEmail", "7")).toBe(7);
  });
});
