// What the back office's appointment pages read, cut to what the role may see
// (need to know: § 35 SGB I, §§ 67 ff. SGB X):
// - the front desk gets every appointment, but only through
//   `frontDeskAppointmentView` (name, time, office, channel, reference, status,
//   the neutral label, language and support needs): never the reason, the
//   preparation answers, contact data or the case;
// - the caseworker of an appointment (its staff member, or working on its case)
//   gets the case content too, and each such read leaves an audit row;
// - a team lead looking at a team member's calendar sees when that person is
//   busy, not with whom or why (unless the lead works on that case).
import { z } from "zod";
import {
  can,
  isCaseContent,
  type Actor,
  type AppointmentResource,
} from "~/domain/access/permissions";
import { frontDeskAppointmentView, type FrontDeskAppointment } from "~/domain/access/views";
import {
  addDays,
  berlinDate,
  berlinDayBounds,
  isLocalDate,
  isoWeekday,
  toBerlin,
  type LocalDate,
} from "~/domain/scheduling/berlin-time";
import { computeFreeSlots, type SlotFilters } from "~/domain/scheduling/slots";
import type { AppointmentStatus } from "~/generated/prisma/client";
import { authorize } from "~/utils/access.server";
import { writeAudit } from "~/utils/audit.server";
import { prisma } from "~/utils/db.server";
import { availabilityContext } from "./availability.server";
import {
  appointmentResource,
  checkInIssue,
  noShowIssue,
  undoCheckInIssue,
} from "./front-desk.server";
import type { Channel } from "./rules";

// ---------------------------------------------------------------------------
// Dates in the URL

/** A "YYYY-MM-DD" from the query string, or today in Berlin. */
export function dateParam(value: string | null, now = new Date()): LocalDate {
  return value && isLocalDate(value) ? value : berlinDate(now);
}

/** Monday of the ISO week of a date. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

// ---------------------------------------------------------------------------
// Reading

const caseSelect = {
  select: {
    id: true,
    citizenId: true,
    caseworkerId: true,
    teamId: true,
    deputies: { select: { userId: true } },
  },
} as const;

const listSelect = {
  id: true,
  reference: true,
  startsAt: true,
  endsAt: true,
  citizenId: true,
  citizenName: true,
  topicLabel: true,
  channel: true,
  locale: true,
  languageNeeds: true,
  interpreterNeeded: true,
  accessibilityNeeds: true,
  status: true,
  staffId: true,
  officeId: true,
  caseId: true,
  checkedInAt: true,
  preparedAt: true,
  office: { select: { name: true } },
  case: caseSelect,
} as const;

/** What the pages may offer for an appointment right now (the buttons). */
export interface DeskActions {
  checkIn: boolean;
  undoCheckIn: boolean;
  noShow: boolean;
}

function actionsFor(
  actor: Actor,
  resource: AppointmentResource,
  a: { status: AppointmentStatus; startsAt: Date },
  now: Date,
): DeskActions {
  const mayCheckIn = can(actor, "checkIn", resource);
  return {
    checkIn: mayCheckIn && checkInIssue(a, now) === null,
    undoCheckIn: mayCheckIn && undoCheckInIssue(a, now) === null,
    noShow: can(actor, "noShow", resource) && noShowIssue(a, now) === null,
  };
}

export type DeskRow = FrontDeskAppointment & {
  /** Berlin wall clock, "HH:MM". */
  from: string;
  until: string;
  officeName: string;
  checkedInAt: Date | null;
  actions: DeskActions;
};

/** Offices of the agency itself (where appointments take place), by name. */
export function agencyOffices() {
  return prisma.office.findMany({
    where: { organization: { kind: "AGENCY" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/**
 * One office's appointments on one Berlin day, as the front desk sees them
 * (unconfirmed holds left out: nobody is coming for them yet). Appointments
 * the actor may not read are left out.
 */
export async function officeDay(
  actor: Actor,
  officeId: string,
  date: LocalDate,
  now = new Date(),
): Promise<DeskRow[]> {
  const { start, end } = berlinDayBounds(date);
  const rows = await prisma.appointment.findMany({
    where: { officeId, startsAt: { gte: start, lt: end }, status: { not: "HELD" } },
    orderBy: [{ startsAt: "asc" }, { citizenName: "asc" }],
    select: listSelect,
  });
  return rows.flatMap((a) => {
    const resource = appointmentResource(a);
    if (!can(actor, "read", resource)) return [];
    return [
      {
        ...frontDeskAppointmentView(a),
        from: toBerlin(a.startsAt).time,
        until: toBerlin(a.endsAt).time,
        officeName: a.office.name,
        checkedInAt: a.checkedInAt,
        actions: actionsFor(actor, resource, a, now),
      },
    ];
  });
}

/** Whom a success message names ("… is checked in"), by id or reference; null if not readable. */
export async function deskNotice(
  actor: Actor,
  idOrReference: string,
): Promise<{ citizenName: string; reference: string } | null> {
  const a = await prisma.appointment.findFirst({
    where: { OR: [{ id: idOrReference }, { reference: idOrReference }] },
    select: listSelect,
  });
  if (!a || !can(actor, "read", appointmentResource(a))) return null;
  return { citizenName: a.citizenName, reference: a.reference };
}

// ---------------------------------------------------------------------------
// Calendars

export interface StaffMemberOption {
  id: string;
  name: string;
}

/**
 * Whose calendar the actor may open: their own (caseworkers and team leads),
 * and a team lead also those of the active caseworkers of their team.
 */
export async function calendarStaffOptions(actor: Actor): Promise<StaffMemberOption[]> {
  if (actor.role !== "CASEWORKER" && actor.role !== "TEAM_LEAD") return [];
  const self = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { id: true, name: true },
  });
  const own = self ? [self] : [];
  if (actor.role !== "TEAM_LEAD" || !actor.teamId) return own;
  const team = await prisma.user.findMany({
    where: {
      teamId: actor.teamId,
      active: true,
      role: { in: ["CASEWORKER", "TEAM_LEAD"] },
      id: { not: actor.id },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return [...own, ...team];
}

/** An appointment the actor may read, as a calendar line (no case content). */
export type CalendarEntry =
  | {
      kind: "appointment";
      id: string;
      reference: string;
      startsAt: Date;
      endsAt: Date;
      /** Berlin wall clock, "HH:MM". */
      from: string;
      until: string;
      citizenName: string;
      topicLabel: string;
      channel: Channel;
      officeName: string;
      status: AppointmentStatus;
      interpreterNeeded: boolean;
      prepared: boolean;
    }
  /** Someone else's appointment: only that the time is taken. */
  | {
      kind: "busy";
      startsAt: Date;
      endsAt: Date;
      from: string;
      until: string;
      channel: Channel;
      officeName: string;
      status: AppointmentStatus;
    };

export interface CalendarDay {
  date: LocalDate;
  entries: CalendarEntry[];
}

/**
 * A staff member's appointments on `days` Berlin days from `from` (cancelled
 * ones and lapsed holds left out), one list per day, each day present even
 * when empty. The caller has checked the actor may open this calendar.
 */
export async function staffCalendar(
  actor: Actor,
  staffId: string,
  from: LocalDate,
  days: number,
  now = new Date(),
): Promise<CalendarDay[]> {
  const start = berlinDayBounds(from).start;
  const end = berlinDayBounds(addDays(from, days - 1)).end;
  const rows = await prisma.appointment.findMany({
    where: {
      staffId,
      startsAt: { gte: start, lt: end },
      OR: [
        { status: { in: ["BOOKED", "CHECKED_IN", "COMPLETED", "NO_SHOW"] } },
        { status: "HELD", holdExpiresAt: { gt: now } },
      ],
    },
    orderBy: { startsAt: "asc" },
    select: listSelect,
  });
  const byDay = new Map<LocalDate, CalendarEntry[]>();
  for (let i = 0; i < days; i++) byDay.set(addDays(from, i), []);
  for (const a of rows) {
    const times = {
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      from: toBerlin(a.startsAt).time,
      until: toBerlin(a.endsAt).time,
      channel: a.channel,
      officeName: a.office.name,
      status: a.status,
    };
    const entry: CalendarEntry = can(actor, "read", appointmentResource(a))
      ? {
          kind: "appointment",
          id: a.id,
          reference: a.reference,
          citizenName: a.citizenName,
          topicLabel: a.topicLabel,
          interpreterNeeded: a.interpreterNeeded,
          prepared: a.preparedAt !== null,
          ...times,
        }
      : { kind: "busy", ...times };
    byDay.get(berlinDate(a.startsAt))?.push(entry);
  }
  return [...byDay].map(([date, entries]) => ({ date, entries }));
}

// ---------------------------------------------------------------------------
// One appointment

const DocumentsJson = z.array(z.object({ title: z.string(), note: z.string().nullish() }));
const TitlesJson = z.array(z.string());

function parseJson<T>(schema: z.ZodType<T>, text: string | null): T | null {
  if (!text) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const detailSelect = {
  ...listSelect,
  citizenEmail: true,
  citizenPhone: true,
  reason: true,
  documents: true,
  preparationTopics: true,
  preparationReady: true,
  sensitive: true,
  noShowAt: true,
  cancelledAt: true,
  cancelReason: true,
  cancelledByStaff: true,
  createdAt: true,
  topicId: true,
  bufferMinutes: true,
  holdExpiresAt: true,
  topic: { select: { key: true, active: true } },
  staff: { select: { name: true } },
} as const;

/** Times and status facts both views share. */
interface Common {
  officeName: string;
  checkedInAt: Date | null;
  noShowAt: Date | null;
  cancelledAt: Date | null;
  actions: DeskActions & {
    cancel: boolean;
    /** Move to another free time of the same topic. */
    reschedule: boolean;
  };
}

export type DeskDetail = { view: "desk" } & FrontDeskAppointment & Common;

export type CaseworkerDetail = { view: "caseworker" } & FrontDeskAppointment &
  Common & {
    /** The real topic (may be sensitive): only here, never on the desk's pages. */
    topicKey: string | null;
    sensitive: boolean;
    staffName: string;
    citizenEmail: string | null;
    citizenPhone: string | null;
    reason: string | null;
    documents: { title: string; note?: string | null }[];
    preparationTopics: string | null;
    preparationReady: string[];
    preparedAt: Date | null;
    cancelReason: string | null;
    cancelledByStaff: boolean;
    bookedAt: Date;
  };

export type StaffAppointment = DeskDetail | CaseworkerDetail;

/** The facts a route needs to change an appointment (reschedule, waitlist hook). */
export interface AppointmentFacts {
  id: string;
  reference: string;
  status: AppointmentStatus;
  staffId: string;
  officeId: string;
  channel: Channel;
  startsAt: Date;
  topicId: string | null;
  /**
   * The booking topic's key (may name a sensitive subject: for the server's
   * own use, e.g. finding free times to move to; never sent to the desk).
   */
  topicKey: string | null;
  resource: AppointmentResource;
}

/** The facts of one appointment and its access resource; null when it does not exist. */
export async function appointmentFacts(id: string): Promise<AppointmentFacts | null> {
  const a = await prisma.appointment.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      status: true,
      staffId: true,
      officeId: true,
      channel: true,
      startsAt: true,
      topicId: true,
      topic: { select: { key: true, active: true } },
      citizenId: true,
      caseId: true,
      case: caseSelect,
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    staffId: a.staffId,
    officeId: a.officeId,
    channel: a.channel,
    startsAt: a.startsAt,
    topicId: a.topicId,
    topicKey: a.topic?.active ? a.topic.key : null,
    resource: appointmentResource(a),
  };
}

/**
 * One appointment for the back office, or null when it does not exist (or is
 * an unconfirmed hold that lapsed). Throws a 403 response unless the actor may
 * read it. The front desk gets its view only; anyone else who may read it works
 * on it, gets the case content, and the read is written to the audit log.
 */
export async function appointmentForStaff(
  actor: Actor,
  id: string,
  options: { now?: Date; clientIp?: string | null } = {},
): Promise<StaffAppointment | null> {
  const now = options.now ?? new Date();
  const a = await prisma.appointment.findUnique({ where: { id }, select: detailSelect });
  if (!a || (a.status === "HELD" && (a.holdExpiresAt?.getTime() ?? 0) <= now.getTime()))
    return null;
  const resource = appointmentResource(a);
  const record = {
    entityType: "Appointment",
    entityId: a.id,
    caseId: a.caseId,
    subjectUserId: a.citizenId,
  };
  const context = { clientIp: options.clientIp ?? null };
  await authorize(actor, "read", resource, record, context);

  const changeable = (a.status === "BOOKED" || a.status === "HELD") && a.endsAt > now;
  const movable = changeable && a.startsAt > now && a.topic?.active === true;
  const mayChange = can(actor, "cancel", resource);
  const common: Common = {
    officeName: a.office.name,
    checkedInAt: a.checkedInAt,
    noShowAt: a.noShowAt,
    cancelledAt: a.cancelledAt,
    actions: {
      ...actionsFor(actor, resource, a, now),
      cancel: mayChange && changeable,
      reschedule: mayChange && can(actor, "book", resource) && movable,
    },
  };
  if (actor.role === "FRONT_DESK") {
    return { view: "desk", ...frontDeskAppointmentView(a), ...common };
  }

  // Case content: what the person wants to talk about and brought along.
  // permissions.ts does not (yet) count appointments as case content, so the
  // row is written here; should it start to, authorize() has written it.
  if (!isCaseContent(resource)) {
    await writeAudit({
      actor: { id: actor.id, role: actor.role },
      action: "appointment.read",
      ...record,
      ipAddress: context.clientIp,
    });
  }
  return {
    view: "caseworker",
    ...frontDeskAppointmentView(a),
    ...common,
    topicKey: a.topic?.key ?? null,
    sensitive: a.sensitive,
    staffName: a.staff.name,
    citizenEmail: a.citizenEmail,
    citizenPhone: a.citizenPhone,
    reason: a.reason,
    documents: parseJson(DocumentsJson, a.documents) ?? [],
    preparationTopics: a.preparationTopics,
    preparationReady: parseJson(TitlesJson, a.preparationReady) ?? [],
    preparedAt: a.preparedAt,
    cancelReason: a.cancelReason,
    cancelledByStaff: a.cancelledByStaff,
    bookedAt: a.createdAt,
  };
}

// ---------------------------------------------------------------------------
// Free times for staff (booking on someone's behalf, moving an appointment)

export interface TimeOption {
  /** `<startsAt ISO>|<officeId>|<channel>`: the value a form posts back. */
  value: string;
  startsAt: string;
  /** Berlin wall clock "HH:MM". */
  time: string;
}

export interface TimeDay {
  date: LocalDate;
  times: TimeOption[];
}

/** A picked time as posted by a form, or null when malformed. */
export function parseTimeValue(
  value: string,
): { startsAt: Date; officeId: string; channel: Channel } | null {
  const [iso, officeId, channel] = value.split("|");
  if (!iso || !officeId || !channel) return null;
  const startsAt = new Date(iso);
  if (Number.isNaN(startsAt.getTime())) return null;
  if (channel !== "IN_PERSON" && channel !== "PHONE" && channel !== "VIDEO") return null;
  return { startsAt, officeId, channel };
}

/**
 * Free times of a topic at one office in one channel for staff (no lead time),
 * grouped by Berlin day: the first `maxDays` days with a free time from `from`
 * on. With `staffId`, only times that staff member is free for. Without an
 * office or channel (or one the topic does not offer), the first office and
 * in person (else the topic's first channel). Null when the topic does not
 * exist (or is no longer bookable).
 */
export async function staffFreeTimes(
  topicKey: string,
  query: {
    officeId?: string | null;
    channel?: string | null;
    language?: string | null;
    staffId?: string;
    from?: LocalDate | null;
    maxDays?: number;
  },
  now = new Date(),
) {
  const context = await availabilityContext(topicKey, { now, by: "staff" });
  if (!context) return null;
  const { topic, offices } = context;
  const officeId = offices.find((o) => o.id === query.officeId)?.id ?? offices[0]?.id ?? null;
  const channel: Channel =
    topic.channels.find((c) => c === query.channel) ??
    (topic.channels.includes("IN_PERSON") ? "IN_PERSON" : (topic.channels[0] ?? "IN_PERSON"));
  const language =
    query.language && context.languages.includes(query.language) ? query.language : null;
  const base = {
    topic,
    offices: offices.map((o) => ({ id: o.id, name: o.name })),
    languages: context.languages,
    officeId,
    channel,
    language,
  };
  if (!officeId) return { ...base, days: [] as TimeDay[], nextFrom: null };

  const filters: SlotFilters = { officeId, channel, ...(language ? { language } : {}) };
  const slots = computeFreeSlots({ ...context.query, filters });
  const days: TimeDay[] = [];
  let more = false;
  for (const day of slots.days) {
    if (query.from && day.date < query.from) continue;
    const times = day.slots
      .filter((s) => s.officeId === officeId && s.channels.includes(channel))
      .filter((s) => !query.staffId || s.staffIds.includes(query.staffId))
      .map((s) => ({
        value: `${s.startsAt}|${s.officeId}|${channel}`,
        startsAt: s.startsAt,
        time: toBerlin(new Date(s.startsAt)).time,
      }));
    if (times.length === 0) continue;
    if (days.length === (query.maxDays ?? 5)) {
      more = true;
      break;
    }
    days.push({ date: day.date, times });
  }
  const last = days[days.length - 1];
  return {
    ...base,
    days,
    /** The date to ask for the next days from, when there are more. */
    nextFrom: more && last ? addDays(last.date, 1) : null,
  };
}
