// What staff do with appointments: the front desk checks a person in by the
// reference on their confirmation (typed, or scanned by a USB QR scanner that
// "types" it), marks a no-show, books on someone's behalf; staff cancel with a
// reason the citizen is told, or move an appointment. Check-in and no-show are
// one conditional update on the status each, so two desks scanning the same
// code at once check the person in once and the other one is told so.
//
// Who may do it is decided by permissions.ts (the front desk for every
// appointment; a caseworker for their own schedule and the cases they work
// on); these functions ask it and enforce the states and times.
import { can, type Actor, type AppointmentResource } from "~/domain/access/permissions";
import { berlinDate } from "~/domain/scheduling/berlin-time";
import type { AppointmentStatus } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { bookPick, staffFreeFor, type SlotPick } from "./availability.server";
import type { BookingRequest, BookingResult } from "./book.server";
import { cancelAppointment, rescheduleAppointment } from "./change.server";
import { notifyAppointment } from "./notify.server";
import type { Channel } from "./rules";
import { offerFreedTime } from "./waitlist.server";

// The reference alphabet of reference.server.ts: no 0/O, 1/I/L.
const CODE = /^[2-9A-HJKMNP-Z]{6}$/;

/**
 * The reference as stored ("T-7K3M9Q") from what a person typed or a scanner
 * sent: any case, with or without the dash, spaces or a trailing newline, or a
 * link that ends in the reference. Null when it cannot be one. (The code alone
 * is not accepted: "T7K3M9" could be a code or a reference missing a letter.)
 */
export function normalizeReference(input: string): string | null {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  if (compact.length > 40) return null;
  const code = compact.length === 7 && compact.startsWith("T") ? compact.slice(1) : "";
  if (CODE.test(code)) return `T-${code}`;
  // A scanned link (…/T-7K3M9Q): the last reference in it.
  const inLink = [...input.toUpperCase().matchAll(/T-?([2-9A-HJKMNP-Z]{6})(?![A-Z0-9])/g)].pop();
  return inLink ? `T-${inLink[1]}` : null;
}

interface StatusFacts {
  status: AppointmentStatus;
  startsAt: Date;
}

export type CheckInIssue = "cancelled" | "alreadyCheckedIn" | "notBooked" | "otherDay";

/** Why an appointment cannot be checked in now, or null: only BOOKED ones, only on their day. */
export function checkInIssue(a: StatusFacts, now: Date): CheckInIssue | null {
  if (a.status === "CANCELLED") return "cancelled";
  if (a.status === "CHECKED_IN") return "alreadyCheckedIn";
  if (a.status !== "BOOKED") return "notBooked";
  if (berlinDate(a.startsAt) !== berlinDate(now)) return "otherDay";
  return null;
}

export type NoShowIssue = "cancelled" | "alreadyCheckedIn" | "notBooked" | "notStarted";

/** Why an appointment cannot be marked a no-show now, or null: BOOKED ones after their start. */
export function noShowIssue(a: StatusFacts, now: Date): NoShowIssue | null {
  if (a.status === "CANCELLED") return "cancelled";
  if (a.status === "CHECKED_IN") return "alreadyCheckedIn";
  if (a.status !== "BOOKED") return "notBooked";
  if (now.getTime() < a.startsAt.getTime()) return "notStarted";
  return null;
}

/** A check-in can be taken back on the same day (the wrong person was checked in). */
export function undoCheckInIssue(a: StatusFacts, now: Date): "notCheckedIn" | "otherDay" | null {
  if (a.status !== "CHECKED_IN") return "notCheckedIn";
  if (berlinDate(a.startsAt) !== berlinDate(now)) return "otherDay";
  return null;
}

const facts = {
  id: true,
  reference: true,
  status: true,
  startsAt: true,
  citizenId: true,
  citizenName: true,
  staffId: true,
  officeId: true,
  caseId: true,
  case: {
    select: {
      id: true,
      citizenId: true,
      caseworkerId: true,
      teamId: true,
      deputies: { select: { userId: true } },
    },
  },
} as const;

type Facts = NonNullable<Awaited<ReturnType<typeof findFacts>>>;

function findFacts(where: { id: string } | { reference: string }) {
  return prisma.appointment.findUnique({ where, select: facts });
}

/** The appointment as permissions.ts describes it (with its case, for deputies). */
export function appointmentResource(a: {
  id: string;
  citizenId: string | null;
  staffId: string;
  officeId: string;
  caseId: string | null;
  case: {
    id: string;
    citizenId: string;
    caseworkerId: string | null;
    teamId: string;
    deputies: { userId: string }[];
  } | null;
}): AppointmentResource {
  return {
    type: "appointment",
    id: a.id,
    citizenId: a.citizenId,
    staffId: a.staffId,
    officeId: a.officeId,
    caseId: a.caseId,
    caseRef: a.case
      ? {
          id: a.case.id,
          citizenId: a.case.citizenId,
          caseworkerId: a.case.caseworkerId,
          teamId: a.case.teamId,
          deputyIds: a.case.deputies.map((d) => d.userId),
        }
      : null,
  };
}

/** What the desk is told after a change: enough for "Name (T-…) is checked in". */
export interface DeskChange {
  id: string;
  reference: string;
  citizenName: string;
  startsAt: Date;
}

function changed(a: Facts): DeskChange {
  return { id: a.id, reference: a.reference, citizenName: a.citizenName, startsAt: a.startsAt };
}

export type CheckInResult =
  | { ok: true; appointment: DeskChange }
  | { ok: false; reason: "invalidReference" | "notFound" | "forbidden" }
  | { ok: false; reason: CheckInIssue; appointment: DeskChange; status: AppointmentStatus };

/**
 * Checks a person in by their reference: BOOKED → CHECKED_IN (with
 * checkedInAt), only on the appointment's Berlin day. Unconfirmed holds count
 * as not found: they are nobody's appointment yet.
 */
export async function checkIn(reference: string, actor: Actor, now = new Date()) {
  const normalized = normalizeReference(reference);
  if (!normalized) return { ok: false, reason: "invalidReference" } satisfies CheckInResult;
  return change({ reference: normalized }, actor, now, {
    action: "checkIn",
    issue: checkInIssue,
    from: "BOOKED",
    data: { status: "CHECKED_IN", checkedInAt: now },
  }) as Promise<CheckInResult>;
}

export type NoShowResult =
  | { ok: true; appointment: DeskChange }
  | { ok: false; reason: "notFound" | "forbidden" }
  | { ok: false; reason: NoShowIssue; appointment: DeskChange; status: AppointmentStatus };

/** Marks a booked appointment whose start has passed as a no-show: BOOKED → NO_SHOW (noShowAt). */
export async function markNoShow(id: string, actor: Actor, now = new Date()) {
  return change({ id }, actor, now, {
    action: "noShow",
    issue: noShowIssue,
    from: "BOOKED",
    data: { status: "NO_SHOW", noShowAt: now },
  }) as Promise<NoShowResult>;
}

export type UndoCheckInResult =
  | { ok: true; appointment: DeskChange }
  | { ok: false; reason: "notFound" | "forbidden" }
  | {
      ok: false;
      reason: "notCheckedIn" | "otherDay";
      appointment: DeskChange;
      status: AppointmentStatus;
    };

/** Takes back a mistaken check-in on the same day: CHECKED_IN → BOOKED. */
export async function undoCheckIn(id: string, actor: Actor, now = new Date()) {
  return change({ id }, actor, now, {
    action: "checkIn",
    issue: undoCheckInIssue,
    from: "CHECKED_IN",
    data: { status: "BOOKED", checkedInAt: null },
  }) as Promise<UndoCheckInResult>;
}

type ChangeResult =
  | { ok: true; appointment: DeskChange }
  | { ok: false; reason: "notFound" | "forbidden" }
  | { ok: false; reason: string; appointment: DeskChange; status: AppointmentStatus };

async function change(
  where: { id: string } | { reference: string },
  actor: Actor,
  now: Date,
  rule: {
    action: "checkIn" | "noShow";
    issue: (a: StatusFacts, now: Date) => string | null;
    from: AppointmentStatus;
    data: {
      status: AppointmentStatus;
      checkedInAt?: Date | null;
      noShowAt?: Date;
    };
  },
): Promise<ChangeResult> {
  // Two attempts: if another desk changed the row between read and write, the
  // second read tells this desk what happened.
  for (let attempt = 0; attempt < 2; attempt++) {
    const a = await findFacts(where);
    if (!a || a.status === "HELD") return { ok: false, reason: "notFound" };
    if (!can(actor, rule.action, appointmentResource(a))) return { ok: false, reason: "forbidden" };
    const issue = rule.issue(a, now);
    if (issue) return { ok: false, reason: issue, appointment: changed(a), status: a.status };
    const { count } = await prisma.appointment.updateMany({
      where: { id: a.id, status: rule.from },
      data: rule.data,
    });
    if (count === 1) return { ok: true, appointment: changed(a) };
  }
  return { ok: false, reason: "notFound" };
}

// ---------------------------------------------------------------------------
// Cancel, move, book on someone's behalf

const changeFacts = {
  ...facts,
  channel: true,
  endsAt: true,
  topicId: true,
  topic: { select: { key: true } },
} as const;

/** The time an appointment held, for the waitlist (only a booked, future one frees anything). */
function freedTime(
  a: { status: AppointmentStatus; staffId: string; officeId: string; channel: Channel },
  old: { startsAt: Date; topicId: string | null },
  now: Date,
) {
  if (a.status !== "BOOKED" || old.startsAt.getTime() <= now.getTime()) return null;
  return {
    staffId: a.staffId,
    officeId: a.officeId,
    channel: a.channel,
    startsAt: old.startsAt,
    topicId: old.topicId,
  };
}

export type StaffCancelResult =
  | { ok: true }
  | { ok: false; reason: "notFound" | "forbidden" | "reasonRequired" | "notChangeable" | "busy" };

/**
 * Staff cancel with a reason the citizen is told: the appointment is cancelled
 * (its time free at once), marked as cancelled by staff, the citizen's mail is
 * queued in the same transaction as that mark, and the freed time goes to the
 * waitlist.
 */
export async function cancelByStaff(
  id: string,
  reason: string,
  actor: Actor,
  now = new Date(),
): Promise<StaffCancelResult> {
  const a = await prisma.appointment.findUnique({ where: { id }, select: changeFacts });
  if (!a) return { ok: false, reason: "notFound" };
  if (!can(actor, "cancel", appointmentResource(a))) return { ok: false, reason: "forbidden" };
  if (!reason.trim()) return { ok: false, reason: "reasonRequired" };
  const result = await cancelAppointment(id, { now, reason, byStaff: true });
  if (!result.ok) return result.reason === "notFound" ? { ok: false, reason: "notFound" } : result;
  await notifyAppointment({ kind: "cancelled", appointmentId: id });
  const freed = freedTime(a, a, now);
  if (freed) await offerFreedTime(freed, { now });
  return { ok: true };
}

export type StaffMoveResult =
  | { ok: true }
  | {
      ok: false;
      reason:
        | "notFound"
        | "forbidden"
        | "notChangeable"
        | "notOffered"
        | "taken"
        | "citizenOverlap"
        | "busy";
    };

/**
 * Staff move an appointment to another free time of its topic with the same
 * staff member (office and channel may change): checked against working
 * hours, absences and closures, then moved by rescheduleAppointment (the
 * database decides races). The citizen is told, the old time goes to the
 * waitlist.
 */
export async function rescheduleByStaff(
  id: string,
  pick: { startsAt: Date; officeId: string; channel: Channel },
  actor: Actor,
  now = new Date(),
): Promise<StaffMoveResult> {
  const a = await prisma.appointment.findUnique({ where: { id }, select: changeFacts });
  if (!a) return { ok: false, reason: "notFound" };
  const resource = appointmentResource(a);
  if (!can(actor, "cancel", resource) || !can(actor, "book", resource))
    return { ok: false, reason: "forbidden" };
  if (!a.topic) return { ok: false, reason: "notChangeable" };
  const free = await staffFreeFor(
    a.topic.key,
    { ...pick, staffId: a.staffId },
    { now, by: "staff" },
  );
  if (!free.includes(a.staffId)) return { ok: false, reason: "notOffered" };
  const result = await rescheduleAppointment(
    {
      appointmentId: id,
      startsAt: pick.startsAt,
      officeId: pick.officeId,
      channel: pick.channel,
      by: "staff",
    },
    { now },
  );
  if (!result.ok) {
    if (result.reason === "invalid") return { ok: false, reason: "notOffered" };
    return { ok: false, reason: result.reason };
  }
  await notifyAppointment({ kind: "rescheduled", appointmentId: id });
  const freed = freedTime(a, a, now);
  if (freed) await offerFreedTime(freed, { now });
  return { ok: true };
}

/** The person as the front desk typed them in. */
export type OnBehalfRequest = Omit<
  BookingRequest,
  "booker" | "staffId" | "officeId" | "startsAt" | "channel"
> & {
  /** An existing citizen account, found by its address (optional). */
  accountEmail?: string | null;
};

export type OnBehalfResult = BookingResult | { ok: false; reason: "forbidden" | "noAccount" };

/**
 * Books on behalf of a person (also without e-mail or account): confirmed at
 * once, no lead time. Caseworkers book into their own calendar only. With an
 * address, the confirmation is mailed.
 */
export async function bookOnBehalf(
  pick: Omit<SlotPick, "staffId">,
  request: OnBehalfRequest,
  actor: Actor,
  now = new Date(),
): Promise<OnBehalfResult> {
  const own = actor.role === "CASEWORKER" || actor.role === "TEAM_LEAD";
  if (!own && actor.role !== "FRONT_DESK") return { ok: false, reason: "forbidden" };
  const { accountEmail, ...person } = request;
  let citizenId: string | null = null;
  if (accountEmail?.trim()) {
    const account = await prisma.user.findFirst({
      where: { email: accountEmail.trim().toLowerCase(), role: "CITIZEN", active: true },
      select: { id: true },
    });
    if (!account) return { ok: false, reason: "noAccount" };
    citizenId = account.id;
  }
  const staffId = own ? actor.id : null;
  const resource: AppointmentResource = {
    type: "appointment",
    id: null,
    citizenId,
    staffId: staffId ?? "",
    officeId: pick.officeId,
  };
  if (!can(actor, "book", resource)) return { ok: false, reason: "forbidden" };
  const result = await bookPick(
    { ...pick, staffId },
    { ...person, booker: { kind: "staff", userId: actor.id, citizenId } },
    { now },
  );
  if (result.ok && result.appointment.citizenEmail) {
    await notifyAppointment({ kind: "confirmed", appointmentId: result.appointment.id });
  }
  return result;
}
