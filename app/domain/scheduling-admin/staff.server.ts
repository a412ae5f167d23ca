// A staff member's availability: weekly working hours per office (split days
// are several periods a weekday), absences, the topics they can be booked for,
// the languages they counsel in and their video room. The slot engine reads
// these rows on every request (app/domain/booking/availability.server.ts), so
// a change here changes the free slots at once; there is no cache.
//
// Existing appointments are never cancelled by a change here: the page lists
// the booked ones that now fall outside the hours or into an absence, and the
// staff member or the front desk move them.
import type { Actor } from "~/domain/access/permissions";
import { setStaffTopics } from "~/domain/booking/topics.server";
import { berlinDate, berlinDay, instantReached, parseTime } from "~/domain/scheduling/berlin-time";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import {
  assertManageStaff,
  assertOpenScheduling,
  SCHEDULABLE_ROLES,
  type ScheduleOwner,
} from "./access.server";
import { lastChange, recordChange } from "./history.server";
import type { AbsenceInput, StaffProfileInput, WorkingHoursInput } from "./schemas";

type Db = Prisma.TransactionClient;

export type SaveOutcome =
  { ok: true; changed: boolean } | { ok: false; fieldErrors: Record<string, string[]> };

// ---------------------------------------------------------------------------
// Pure checks (exported for the tests)

export interface HoursRow {
  officeId: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
}

export type Conflict = "absence" | "outsideHours";

/**
 * Why a booked appointment no longer fits: it meets an absence, or [start, end)
 * is not inside one of the staff member's periods at its office on its Berlin
 * weekday (the rule of the slot engine, whose period edges are the instants
 * the clocks first reach them, so summer-time days are judged as it judges them).
 */
export function conflictOf(
  appointment: { officeId: string; startsAt: Date; endsAt: Date },
  hours: readonly HoursRow[],
  absences: readonly { startsAt: Date; endsAt: Date }[],
): Conflict | null {
  const start = appointment.startsAt.getTime();
  const end = appointment.endsAt.getTime();
  if (absences.some((a) => a.startsAt.getTime() < end && start < a.endsAt.getTime()))
    return "absence";
  const day = berlinDay(berlinDate(appointment.startsAt));
  const inside = hours.some(
    (h) =>
      h.officeId === appointment.officeId &&
      h.weekday === day.weekday &&
      instantReached(day, parseTime(h.startsAt)) <= start &&
      end <= instantReached(day, parseTime(h.endsAt)),
  );
  return inside ? null : "outsideHours";
}

/**
 * Periods not inside the office's opening hours for appointments (walk-in-only
 * hours do not count): there the staff member can be booked by phone and
 * video only, not in person (rule 3 of app/domain/scheduling/slots.ts).
 */
export function outsideOpeningHours(
  period: HoursRow,
  opening: readonly { weekday: number; opensAt: string; closesAt: string; walkInOnly: boolean }[],
): boolean {
  const [start, end] = [parseTime(period.startsAt), parseTime(period.endsAt)];
  return !opening.some(
    (o) =>
      !o.walkInOnly &&
      o.weekday === period.weekday &&
      parseTime(o.opensAt) <= start &&
      end <= parseTime(o.closesAt),
  );
}

// ---------------------------------------------------------------------------
// Reading

/** Staff of the scheduling pages the actor may manage: everyone for admins, the own team for team leads. */
function staffScope(actor: Actor): Prisma.UserWhereInput {
  const base: Prisma.UserWhereInput = { active: true, role: { in: [...SCHEDULABLE_ROLES] } };
  if (actor.role === "ADMIN") return base;
  return { ...base, OR: [{ id: actor.id }, ...(actor.teamId ? [{ teamId: actor.teamId }] : [])] };
}

/** The people who hold consultations, with what makes them bookable. */
export async function listStaffOverview(actor: Actor, now = new Date()) {
  assertOpenScheduling(actor);
  const rows = await prisma.user.findMany({
    where: staffScope(actor),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      role: true,
      team: { select: { name: true } },
      workingHours: { select: { office: { select: { id: true, name: true } } } },
      bookingTopics: {
        orderBy: { topic: { sort: "asc" } },
        select: { topic: { select: { key: true, active: true } } },
      },
      languages: { select: { language: true } },
      absences: {
        where: { endsAt: { gt: now } },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { kind: true, startsAt: true, endsAt: true },
      },
    },
  });
  return rows.map((s) => {
    const offices = new Map(s.workingHours.map((h) => [h.office.id, h.office.name]));
    const topics = s.bookingTopics.map((t) => t.topic);
    return {
      id: s.id,
      name: s.name,
      role: s.role,
      team: s.team?.name ?? null,
      offices: [...offices.values()].sort((a, b) => a.localeCompare(b, "de")),
      topics: topics.map((t) => t.key),
      languages: s.languages.map((l) => l.language),
      nextAbsence: s.absences[0] ?? null,
      /** What keeps the person from being booked by citizens, or null when they can be. */
      missing:
        s.workingHours.length === 0
          ? ("hours" as const)
          : topics.some((t) => t.active)
            ? null
            : ("topics" as const),
    };
  });
}

async function findStaff(
  db: Db,
  staffId: string,
): Promise<(ScheduleOwner & { name: string }) | null> {
  return db.user.findFirst({
    where: { id: staffId, active: true, role: { in: [...SCHEDULABLE_ROLES] } },
    select: { id: true, teamId: true, name: true },
  });
}

/** Offices staff can work at: the agency's own, plus any the person already works at. */
async function officeChoices(db: Db, staffId: string) {
  return db.office.findMany({
    where: {
      OR: [{ organization: { kind: "AGENCY" } }, { staffHours: { some: { userId: staffId } } }],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      openingHours: {
        select: { weekday: true, opensAt: true, closesAt: true, walkInOnly: true },
      },
    },
  });
}

const liveAppointment = (now: Date): Prisma.AppointmentWhereInput => ({
  startsAt: { gte: now },
  OR: [
    { status: { in: ["BOOKED", "CHECKED_IN"] } },
    { status: "HELD", holdExpiresAt: { gt: now } },
  ],
});

/** Booked future appointments that fall outside the hours or into an absence. */
export async function scheduleConflicts(staffId: string, now = new Date(), db: Db = prisma) {
  const [appointments, hours, absences] = await Promise.all([
    db.appointment.findMany({
      where: { staffId, ...liveAppointment(now) },
      orderBy: { startsAt: "asc" },
      take: 500,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        officeId: true,
        channel: true,
        office: { select: { name: true } },
      },
    }),
    db.staffWorkingHours.findMany({
      where: { userId: staffId },
      select: { officeId: true, weekday: true, startsAt: true, endsAt: true },
    }),
    db.staffAbsence.findMany({
      where: { userId: staffId, endsAt: { gt: now } },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  return appointments.flatMap((a) => {
    const problem = conflictOf(a, hours, absences);
    return problem
      ? [
          {
            id: a.id,
            startsAt: a.startsAt,
            endsAt: a.endsAt,
            channel: a.channel,
            office: a.office.name,
            problem,
          },
        ]
      : [];
  });
}

/** Everything the page of one staff member shows; null when there is no such bookable person. */
export async function getStaffSchedule(actor: Actor, staffId: string, now = new Date()) {
  const staff = await findStaff(prisma, staffId);
  if (!staff) return null;
  assertManageStaff(actor, staff);
  const [user, offices, topics, conflicts, changed] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: staffId },
      select: {
        name: true,
        role: true,
        videoUrl: true,
        team: { select: { name: true } },
        workingHours: {
          orderBy: [{ weekday: "asc" }, { startsAt: "asc" }],
          select: { officeId: true, weekday: true, startsAt: true, endsAt: true },
        },
        absences: {
          where: { endsAt: { gt: now } },
          orderBy: { startsAt: "asc" },
          take: 100,
          select: { id: true, kind: true, startsAt: true, endsAt: true },
        },
        bookingTopics: { select: { topic: { select: { key: true } } } },
        languages: { select: { language: true } },
      },
    }),
    officeChoices(prisma, staffId),
    prisma.bookingTopic.findMany({
      orderBy: [{ sort: "asc" }, { key: "asc" }],
      select: { key: true, active: true, sensitive: true },
    }),
    scheduleConflicts(staffId, now),
    lastChange("StaffSchedule", staffId),
  ]);
  const openingOf = new Map(offices.map((o) => [o.id, o.openingHours]));
  return {
    id: staffId,
    name: user.name,
    role: user.role,
    team: user.team?.name ?? null,
    videoUrl: user.videoUrl,
    hours: user.workingHours,
    /** Indexes into `hours` of periods outside the office's opening hours. */
    outsideOpening: user.workingHours.flatMap((h, i) =>
      outsideOpeningHours(h, openingOf.get(h.officeId) ?? []) ? [i] : [],
    ),
    absences: user.absences,
    topicKeys: user.bookingTopics.map((t) => t.topic.key),
    languages: user.languages.map((l) => l.language),
    offices: offices.map((o) => ({ id: o.id, name: o.name })),
    topics,
    conflicts,
    lastChange: changed,
  };
}

// ---------------------------------------------------------------------------
// Writing: each change in one transaction with its history row

/** The schedule after a change, for the history (and to tell whether anything changed). */
async function scheduleSnapshot(db: Db, staffId: string, now: Date) {
  const u = await db.user.findUniqueOrThrow({
    where: { id: staffId },
    select: {
      videoUrl: true,
      workingHours: {
        orderBy: [{ weekday: "asc" }, { startsAt: "asc" }],
        select: { weekday: true, startsAt: true, endsAt: true, office: { select: { name: true } } },
      },
      absences: {
        where: { endsAt: { gt: now } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: { kind: true, startsAt: true, endsAt: true },
      },
      bookingTopics: {
        orderBy: { topic: { key: "asc" } },
        select: { topic: { select: { key: true } } },
      },
      languages: { orderBy: { language: "asc" }, select: { language: true } },
    },
  });
  return {
    workingHours: u.workingHours.map((h) => ({
      weekday: h.weekday,
      office: h.office.name,
      startsAt: h.startsAt,
      endsAt: h.endsAt,
    })),
    absences: u.absences.map((a) => ({
      kind: a.kind,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
    })),
    topics: u.bookingTopics.map((t) => t.topic.key),
    languages: u.languages.map((l) => l.language),
    videoUrl: u.videoUrl,
  };
}

/**
 * Runs a change to a staff member's schedule: checks access, runs `write`
 * in a transaction and records a revision when the schedule changed.
 * Null when there is no such staff member.
 */
async function changeSchedule(
  actor: Actor,
  staffId: string,
  write: (tx: Db) => Promise<SaveOutcome | void>,
  now = new Date(),
): Promise<SaveOutcome | null> {
  const staff = await findStaff(prisma, staffId);
  if (!staff) return null;
  assertManageStaff(actor, staff);
  return prisma.$transaction(async (tx) => {
    const before = await scheduleSnapshot(tx, staffId, now);
    const outcome = await write(tx);
    if (outcome && !outcome.ok) return outcome;
    const after = await scheduleSnapshot(tx, staffId, now);
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    if (changed) {
      await recordChange(tx, {
        entityType: "StaffSchedule",
        entityId: staffId,
        changedById: actor.id,
        snapshot: after,
      });
    }
    return { ok: true as const, changed };
  });
}

/** Replaces the weekly working hours; field errors for offices that do not exist. */
export async function saveWorkingHours(actor: Actor, staffId: string, input: WorkingHoursInput) {
  return changeSchedule(actor, staffId, async (tx) => {
    const allowed = new Set((await officeChoices(tx, staffId)).map((o) => o.id));
    const fieldErrors: Record<string, string[]> = {};
    for (const h of input.hours) {
      if (!allowed.has(h.officeId))
        fieldErrors[`hours[${h.row}].officeId`] = ["scheduling:validation.officeUnknown"];
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
    await tx.staffWorkingHours.deleteMany({ where: { userId: staffId } });
    if (input.hours.length > 0) {
      await tx.staffWorkingHours.createMany({
        data: input.hours.map(({ row: _row, ...h }) => ({ userId: staffId, ...h })),
      });
    }
  });
}

export async function addAbsence(actor: Actor, staffId: string, input: AbsenceInput) {
  return changeSchedule(actor, staffId, async (tx) => {
    await tx.staffAbsence.create({
      data: { userId: staffId, kind: input.kind, startsAt: input.startsAt, endsAt: input.endsAt },
    });
  });
}

/** Deletes one of this staff member's absences (an unknown id changes nothing). */
export async function deleteAbsence(actor: Actor, staffId: string, absenceId: string) {
  return changeSchedule(actor, staffId, async (tx) => {
    await tx.staffAbsence.deleteMany({ where: { id: absenceId, userId: staffId } });
  });
}

/** Bookable topics, consultation languages and personal video room. */
export async function saveStaffProfile(actor: Actor, staffId: string, input: StaffProfileInput) {
  return changeSchedule(actor, staffId, async (tx) => {
    const known = await tx.bookingTopic.findMany({
      where: { key: { in: input.topics } },
      select: { key: true },
    });
    if (known.length !== input.topics.length) {
      return { ok: false, fieldErrors: { topics: ["scheduling:validation.topicUnknown"] } };
    }
    await setStaffTopics(staffId, input.topics, tx);
    await tx.staffLanguage.deleteMany({ where: { userId: staffId } });
    if (input.languages.length > 0) {
      await tx.staffLanguage.createMany({
        data: input.languages.map((language) => ({ userId: staffId, language })),
      });
    }
    await tx.user.update({ where: { id: staffId }, data: { videoUrl: input.videoUrl } });
  });
}
