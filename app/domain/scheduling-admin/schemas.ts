// The forms of the scheduling back office (working hours, absences, bookable
// topics and languages, booking topics, office closures, booking settings).
// Pure: the browser validates with the same schemas (Conform) as the action;
// checks that need the database (does the office exist, is a key taken) run in
// the *.server.ts modules. Messages are translation keys.
import { z } from "zod";
import { CHANNELS, topicIssues, type TopicRules } from "~/domain/booking/rules";
import { normalizeDate, normalizeTime } from "~/domain/directory-admin/office-schemas";
import {
  berlinDayBounds,
  daysBetween,
  fromBerlin,
  isLocalDate,
  parseTime,
} from "~/domain/scheduling/berlin-time";
import { languages } from "~/i18n";

/** Staff work, are away and are booked on the 5-minute grid of the booking locks. */
export const GRID_MINUTES = 5;

/** "HH:MM" from 00:00 to 23:59. */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClockTime(value: string): boolean {
  return CLOCK.test(value);
}

/** An end of a period may also be midnight at the end of the day ("24:00"). */
export function isEndTime(value: string): boolean {
  return CLOCK.test(value) || value === "24:00";
}

export function isOnGrid(time: string): boolean {
  return parseTime(time) % GRID_MINUTES === 0;
}

// ---------------------------------------------------------------------------
// Working hours

export interface Period {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/**
 * Indexes of periods that overlap an earlier one on the same weekday (at any
 * office: one person cannot work in two places at once). Periods are
 * half-open, so 08:00–12:00 and 12:00–16:00 do not overlap.
 */
export function overlappingPeriods(periods: readonly (Period | null)[]): number[] {
  const clashes: number[] = [];
  periods.forEach((p, i) => {
    if (!p) return;
    const [start, end] = [parseTime(p.startsAt), parseTime(p.endsAt)];
    const clash = periods.slice(0, i).some((q) => {
      if (!q || q.weekday !== p.weekday) return false;
      return parseTime(q.startsAt) < end && start < parseTime(q.endsAt);
    });
    if (clash) clashes.push(i);
  });
  return clashes;
}

const time = z.string().trim().max(10, "validation.tooLong").transform(normalizeTime).optional();
const date = z.string().trim().max(20, "validation.tooLong").transform(normalizeDate).optional();
const id = z.string().trim().max(40, "validation.tooLong");

const HoursRow = z.object({
  weekday: z.number({ invalid_type_error: "validation.required" }).int().min(1).max(7).optional(),
  officeId: id.optional(),
  startsAt: time,
  endsAt: time,
});
type HoursRowInput = z.infer<typeof HoursRow>;

const isBlank = (r: HoursRowInput) => !r.weekday && !r.officeId && !r.startsAt && !r.endsAt;

/** A complete, well-formed row as a period, else null. */
function periodOf(row: HoursRowInput): (Period & { officeId: string }) | null {
  const { weekday, officeId, startsAt, endsAt } = row;
  if (!weekday || !officeId || !startsAt || !endsAt) return null;
  if (!isClockTime(startsAt) || !isEndTime(endsAt)) return null;
  if (!isOnGrid(startsAt) || !isOnGrid(endsAt)) return null;
  if (parseTime(endsAt) <= parseTime(startsAt)) return null;
  return { weekday, officeId, startsAt, endsAt };
}

/**
 * Weekly working hours: rows of weekday, office, from and to. Several rows per
 * weekday make a split day; blank rows are ignored.
 */
export const WorkingHoursSchema = z.object({
  hours: z
    .array(HoursRow)
    .default([])
    .superRefine((rows, ctx) => {
      const issue = (i: number, path: keyof HoursRowInput, message: string) =>
        ctx.addIssue({ code: "custom", path: [i, path], message });
      rows.forEach((row, i) => {
        if (isBlank(row)) return;
        if (!row.weekday) issue(i, "weekday", "validation.required");
        if (!row.officeId) issue(i, "officeId", "validation.required");
        const checks = [
          ["startsAt", row.startsAt, isClockTime],
          ["endsAt", row.endsAt, isEndTime],
        ] as const;
        for (const [key, value, wellFormed] of checks) {
          if (!value) issue(i, key, "validation.required");
          else if (!wellFormed(value)) issue(i, key, "scheduling:validation.time");
          else if (!isOnGrid(value)) issue(i, key, "scheduling:validation.grid");
        }
        const { startsAt, endsAt } = row;
        if (startsAt && endsAt && isClockTime(startsAt) && isEndTime(endsAt)) {
          if (parseTime(endsAt) <= parseTime(startsAt))
            issue(i, "endsAt", "scheduling:validation.endBeforeStart");
        }
      });
      for (const i of overlappingPeriods(rows.map(periodOf))) {
        issue(i, "startsAt", "scheduling:validation.overlap");
      }
    })
    .transform((rows) =>
      rows
        // `row`: the row's place in the form, for errors found on the server.
        .flatMap((r, row) => {
          const p = periodOf(r);
          return p ? [{ ...p, row }] : [];
        })
        .sort((a, b) => a.weekday - b.weekday || a.startsAt.localeCompare(b.startsAt)),
    ),
});
export type WorkingHoursInput = z.infer<typeof WorkingHoursSchema>;

// ---------------------------------------------------------------------------
// Absences

export const ABSENCE_KINDS = ["HOLIDAY", "SICKNESS", "TRAINING", "OTHER"] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export function isAbsenceKind(value: unknown): value is AbsenceKind {
  return typeof value === "string" && (ABSENCE_KINDS as readonly string[]).includes(value);
}

/**
 * The UTC instants of an absence given in Berlin dates and optional times:
 * without a start time it begins at the start of the first day, without an end
 * time it lasts to the end of the last day (inclusive). On the nights the
 * clocks change, a time that does not exist or exists twice is read so the
 * absence covers the most: the start as early, the end as late as it can be.
 */
export function absenceSpan(input: {
  startsOn: string;
  startsAt?: string | null;
  endsOn?: string | null;
  endsAt?: string | null;
}): { startsAt: Date; endsAt: Date } {
  const lastDay = input.endsOn || input.startsOn;
  return {
    startsAt: input.startsAt
      ? fromBerlin(input.startsOn, input.startsAt, "earlier")
      : berlinDayBounds(input.startsOn).start,
    endsAt: input.endsAt
      ? fromBerlin(lastDay, input.endsAt, "later")
      : berlinDayBounds(lastDay).end,
  };
}

/** An absence longer than this is a typing error (a year typed wrong). */
export const MAX_ABSENCE_DAYS = 366;

export const AbsenceSchema = z
  .object({
    // Checked below with the rest, so every problem shows at once.
    kind: z.string().max(20).optional(),
    startsOn: date,
    startsAt: time,
    endsOn: date,
    endsAt: time,
  })
  .superRefine((a, ctx) => {
    let failed = false;
    const issue = (path: string, message: string) => {
      failed = true;
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (!isAbsenceKind(a.kind)) issue("kind", "validation.required");
    if (!a.startsOn) issue("startsOn", "validation.required");
    else if (!isLocalDate(a.startsOn)) issue("startsOn", "scheduling:validation.date");
    if (a.endsOn && !isLocalDate(a.endsOn)) issue("endsOn", "scheduling:validation.date");
    if (a.startsAt && !isClockTime(a.startsAt)) issue("startsAt", "scheduling:validation.time");
    if (a.endsAt && !isEndTime(a.endsAt)) issue("endsAt", "scheduling:validation.time");
    if (failed || !a.startsOn) return;
    const lastDay = a.endsOn || a.startsOn;
    if (daysBetween(a.startsOn, lastDay) > MAX_ABSENCE_DAYS) {
      issue("endsOn", "scheduling:validation.absenceTooLong");
      return;
    }
    const span = absenceSpan({ ...a, startsOn: a.startsOn });
    if (span.endsAt.getTime() <= span.startsAt.getTime()) {
      issue(
        a.endsOn && a.endsOn < a.startsOn ? "endsOn" : "endsAt",
        "scheduling:validation.endBeforeStart",
      );
    }
  })
  .transform((a) => ({
    kind: a.kind as AbsenceKind,
    ...absenceSpan({ ...a, startsOn: a.startsOn! }),
  }));
export type AbsenceInput = z.infer<typeof AbsenceSchema>;

// ---------------------------------------------------------------------------
// Bookable topics, consultation languages, video room

/** ISO 639-1 codes: the languages a consultation can be held in. */
export const ISO_639_1 = new Set(
  (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
    "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht " +
    "hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky " +
    "la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny " +
    "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss " +
    "st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo " +
    "za zh zu"
  ).split(" "),
);

/** "fa, ku ro" → ["fa", "ku", "ro"] (lowercased, without duplicates). */
export function splitLanguageCodes(text: string | undefined): string[] {
  if (!text) return [];
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
}

/** The portal's languages first (in their order), then the others alphabetically. */
export function sortLanguages(codes: Iterable<string>): string[] {
  const set = new Set(codes);
  const portal = languages.filter((l) => set.has(l));
  const others = [...set].filter((c) => !(languages as readonly string[]).includes(c)).sort();
  return [...portal, ...others];
}

/** A complete https address with a host (video rooms are never plain http). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const portalLanguages: readonly string[] = languages;

export const StaffProfileSchema = z
  .object({
    topics: z.array(z.string().max(40)).default([]),
    // Checked below with the rest, so every problem shows at once.
    languages: z.array(z.string().max(10)).default([]),
    otherLanguages: z.string().trim().max(200, "validation.tooLong").optional(),
    videoUrl: z.string().trim().max(500, "validation.tooLong").optional(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (p.languages.some((l) => !portalLanguages.includes(l)))
      issue("languages", "scheduling:validation.languageCode");
    if (splitLanguageCodes(p.otherLanguages).some((c) => !ISO_639_1.has(c)))
      issue("otherLanguages", "scheduling:validation.languageCode");
    if (p.videoUrl && !isHttpsUrl(p.videoUrl)) issue("videoUrl", "validation.httpsUrl");
  })
  .transform((p) => ({
    topics: [...new Set(p.topics)],
    languages: sortLanguages([...p.languages, ...splitLanguageCodes(p.otherLanguages)]),
    videoUrl: p.videoUrl || null,
  }));
export type StaffProfileInput = z.infer<typeof StaffProfileSchema>;

// ---------------------------------------------------------------------------
// Booking topics

const wholeNumber = (min: number, max: number, range: string) =>
  z
    .number({
      required_error: "validation.required",
      invalid_type_error: "scheduling:validation.wholeNumber",
    })
    .int("scheduling:validation.wholeNumber")
    .min(min, range)
    .max(max, range);

const checkbox = z.boolean().default(false);

/** Which form field a problem found by `topicIssues` (rules.ts) belongs to. */
const TOPIC_ISSUE_FIELDS: Record<string, [field: string, message: string]> = {
  key: ["key", "scheduling:validation.key"],
  durationMinutes: ["durationMinutes", "scheduling:validation.duration"],
  bufferMinutes: ["bufferMinutes", "scheduling:validation.buffer"],
  channels: ["channels", "scheduling:validation.channels"],
  leadTimeMinutes: ["leadTimeHours", "scheduling:validation.leadTime"],
  horizonDays: ["horizonDays", "scheduling:validation.horizon"],
};

/** A booking topic's form; `key` only when it is created (keys never change). */
export function topicSchema(isNew: boolean) {
  return z
    .object({
      key: isNew
        ? z
            .string({ required_error: "validation.required" })
            .trim()
            .toLowerCase()
            .max(40, "scheduling:validation.key")
        : z.string().optional(),
      durationMinutes: wholeNumber(5, 720, "scheduling:validation.duration"),
      bufferMinutes: wholeNumber(0, 120, "scheduling:validation.buffer").default(0),
      channels: z.array(z.enum(CHANNELS)).default([]),
      leadTimeHours: wholeNumber(0, 24 * 90, "scheduling:validation.leadTime"),
      horizonDays: wholeNumber(1, 366, "scheduling:validation.horizon"),
      sensitive: checkbox,
      active: checkbox,
      sort: wholeNumber(0, 999, "scheduling:validation.sort").default(0),
    })
    .superRefine((t, ctx) => {
      const rules: TopicRules = {
        key: isNew ? (t.key ?? "") : "existing",
        durationMinutes: t.durationMinutes,
        bufferMinutes: t.bufferMinutes,
        channels: t.channels,
        leadTimeMinutes: t.leadTimeHours * 60,
        horizonDays: t.horizonDays,
        sensitive: t.sensitive,
      };
      for (const problem of topicIssues(rules)) {
        const [field, message] = TOPIC_ISSUE_FIELDS[problem] ?? ["", "validation.required"];
        ctx.addIssue({ code: "custom", path: field ? [field] : [], message });
      }
    })
    .transform((t) => ({
      key: isNew ? (t.key ?? "") : null,
      durationMinutes: t.durationMinutes,
      bufferMinutes: t.bufferMinutes,
      channels: CHANNELS.filter((c) => t.channels.includes(c)),
      leadTimeMinutes: t.leadTimeHours * 60,
      horizonDays: t.horizonDays,
      sensitive: t.sensitive,
      active: t.active,
      sort: t.sort,
    }));
}
export type TopicInput = z.infer<ReturnType<typeof topicSchema>>;

// ---------------------------------------------------------------------------
// Office closures

export const ClosureSchema = z
  .object({
    // Required fields are checked below with the rest, so every problem shows at once.
    officeId: id.optional(),
    startsOn: date,
    endsOn: date,
    reason: z.string().trim().max(200, "validation.tooLong").optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (!c.officeId) issue("officeId", "validation.required");
    if (!c.reason) issue("reason", "validation.required");
    if (!c.startsOn) issue("startsOn", "validation.required");
    else if (!isLocalDate(c.startsOn)) issue("startsOn", "scheduling:validation.date");
    if (c.endsOn && !isLocalDate(c.endsOn)) issue("endsOn", "scheduling:validation.date");
    else if (c.endsOn && c.startsOn && isLocalDate(c.startsOn)) {
      if (c.endsOn < c.startsOn) issue("endsOn", "scheduling:validation.endBeforeStart");
      else if (daysBetween(c.startsOn, c.endsOn) > MAX_ABSENCE_DAYS)
        issue("endsOn", "scheduling:validation.closureTooLong");
    }
  })
  .transform((c) => ({
    officeId: c.officeId!,
    startsOn: c.startsOn!,
    endsOn: c.endsOn || c.startsOn!,
    reason: c.reason!,
  }));
export type ClosureInput = z.infer<typeof ClosureSchema>;

// ---------------------------------------------------------------------------
// Booking settings (SiteSetting rows)

export const BOOKING_SETTINGS = {
  citizenCutoffHours: { key: "booking.citizenCutoffHours", default: 24, min: 0, max: 720 },
  reminderHours: { key: "booking.reminderHours", default: 24, min: 1, max: 168 },
  dailyLimitPerEmail: { key: "booking.dailyLimitPerEmail", default: 3, min: 1, max: 50 },
} as const;
export type BookingSettingName = keyof typeof BOOKING_SETTINGS;
export type BookingSettings = Record<BookingSettingName, number>;

const setting = (name: BookingSettingName) => {
  const { min, max } = BOOKING_SETTINGS[name];
  return wholeNumber(min, max, `scheduling:validation.settings.${name}`);
};

export const BookingSettingsSchema = z.object({
  citizenCutoffHours: setting("citizenCutoffHours"),
  reminderHours: setting("reminderHours"),
  dailyLimitPerEmail: setting("dailyLimitPerEmail"),
});

/** A stored setting's value, or its default when unset or not a number in range. */
export function settingValue(name: BookingSettingName, stored: string | null | undefined): number {
  const { min, max, default: fallback } = BOOKING_SETTINGS[name];
  if (stored === null || stored === undefined || !/^\d+$/.test(stored.trim())) return fallback;
  const n = Number(stored);
  return n >= min && n <= max ? n : fallback;
}
