// Cancelling and moving an appointment. Both change the appointment and its
// lock rows in one transaction: a cancelled appointment's time is free the
// moment the transaction commits, and a move either holds the new time or
// leaves everything as it was. Both raise the iCalendar SEQUENCE, so the
// person's calendar replaces the event it already has (same UID).
//
// Who may cancel or move which appointment is decided by the route's guard
// (own appointment, manage link, staff); these functions enforce the states.
import type { AppointmentChannel } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import {
  bookedSelect,
  citizenKeysOf,
  freeLocks,
  lockCitizen,
  lockStaff,
  releaseExpiredHoldsOf,
  type BookedAppointment,
} from "./locking.server";
import { isWholeCells } from "./locks";
import { STAFF_HORIZON_DAYS, timingIssue, type BookedBy, type TimingIssue } from "./rules";
import { topicSelect, toTopicInfo } from "./topics.server";
import { Outcome, TX_OPTIONS, TryAgain, withRetries } from "./transaction.server";

/** An appointment can still be changed while it is held or booked and has not begun. */
const CHANGEABLE = ["HELD", "BOOKED"] as const;

export type CancelResult =
  | { ok: true; appointment: BookedAppointment }
  | { ok: false; reason: "notFound" | "notChangeable" | "busy" };

/**
 * Cancels a held or booked appointment that has not ended; its time is free at
 * once. Staff pass `byStaff` and a reason: the citizen is told both.
 */
export async function cancelAppointment(
  appointmentId: string,
  options: { now?: Date; reason?: string | null; byStaff?: boolean } = {},
): Promise<CancelResult> {
  const now = options.now ?? new Date();
  const result = await withRetries<BookedAppointment, "notFound" | "notChangeable">(() =>
    prisma.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: appointmentId, status: { in: [...CHANGEABLE] }, endsAt: { gt: now } },
        data: {
          status: "CANCELLED",
          cancelledAt: now,
          cancelReason: options.reason?.trim().slice(0, 500) || null,
          cancelledByStaff: options.byStaff ?? false,
          holdExpiresAt: null,
          sequence: { increment: 1 },
        },
      });
      if (count === 0) {
        const exists = await tx.appointment.count({ where: { id: appointmentId } });
        throw new Outcome(exists ? "notChangeable" : "notFound");
      }
      await freeLocks(tx, appointmentId);
      return tx.appointment.findUniqueOrThrow({
        where: { id: appointmentId },
        select: bookedSelect,
      });
    }, TX_OPTIONS),
  );
  return result.ok ? { ok: true, appointment: result.value } : { ok: false, reason: result.reason };
}

export interface RescheduleRequest {
  appointmentId: string;
  startsAt: Date;
  /** Another staff member (bookable for the same topic) or office; defaults: unchanged. */
  staffId?: string;
  officeId?: string;
  channel?: AppointmentChannel;
  /** Citizens move within lead time and horizon; staff may move further. */
  by: BookedBy;
}

type MoveIssue = TimingIssue | "staff" | "office" | "channel";

export type RescheduleResult =
  | { ok: true; appointment: BookedAppointment }
  | { ok: false; reason: "invalid"; issues: MoveIssue[] }
  | { ok: false; reason: "notFound" | "notChangeable" | "taken" | "citizenOverlap" | "busy" };

class InvalidMove extends Error {
  constructor(readonly issues: MoveIssue[]) {
    super("invalid move");
  }
}

/** Appointments from before booking topics existed: no lead time, the staff horizon. */
const UNTOPICAL = { leadTimeMinutes: 0, horizonDays: STAFF_HORIZON_DAYS };

/**
 * Moves an appointment to a new start (same duration and buffer), possibly to
 * another staff member or office. The old cells are freed and the new ones
 * taken in one transaction; if the new time is taken, nothing changes. The
 * row is updated only if nobody changed it since it was read (its SEQUENCE),
 * otherwise the move starts over with the fresh row.
 */
export async function rescheduleAppointment(
  request: RescheduleRequest,
  options: { now?: Date } = {},
): Promise<RescheduleResult> {
  const now = options.now ?? new Date();
  try {
    return await move(request, now);
  } catch (error) {
    if (error instanceof InvalidMove) return { ok: false, reason: "invalid", issues: error.issues };
    throw error;
  }
}

async function move(request: RescheduleRequest, now: Date): Promise<RescheduleResult> {
  const result = await withRetries<
    BookedAppointment,
    "notFound" | "notChangeable" | "taken" | "citizenOverlap"
  >(async () => {
    const current = await prisma.appointment.findUnique({
      where: { id: request.appointmentId },
      select: {
        ...bookedSelect,
        topic: { select: topicSelect },
      },
    });
    if (!current) throw new Outcome("notFound");
    const expired = current.holdExpiresAt && current.holdExpiresAt.getTime() <= now.getTime();
    if (
      !(CHANGEABLE as readonly string[]).includes(current.status) ||
      current.startsAt.getTime() <= now.getTime() ||
      expired
    )
      throw new Outcome("notChangeable");

    const staffId = request.staffId ?? current.staffId;
    const channel = request.channel ?? current.channel;
    const topic = current.topic ? toTopicInfo(current.topic) : null;
    const issues: MoveIssue[] = [];
    const timing = timingIssue(request.startsAt, topic ?? UNTOPICAL, now, request.by);
    if (timing) issues.push(timing);
    if (topic && !topic.channels.includes(channel)) issues.push("channel");
    if (staffId !== current.staffId) {
      const bookable = topic
        ? await prisma.staffTopic.count({
            where: { staffId, topicId: topic.id, staff: { active: true } },
          })
        : 0;
      if (!bookable) issues.push("staff");
    }
    if (request.officeId && request.officeId !== current.officeId) {
      const office = await prisma.office.count({ where: { id: request.officeId } });
      if (!office) issues.push("office");
    }
    const durationMs = current.endsAt.getTime() - current.startsAt.getTime();
    // A legacy appointment of odd length cannot be laid on the grid: book anew.
    if (!isWholeCells(durationMs / 60_000) || !isWholeCells(current.bufferMinutes))
      issues.push("notOnGrid");
    if (issues.length) throw new InvalidMove([...new Set(issues)]);

    const moved = {
      startsAt: request.startsAt,
      endsAt: new Date(request.startsAt.getTime() + durationMs),
      bufferMinutes: current.bufferMinutes,
    };
    // Held (unconfirmed) appointments hold no citizen time yet.
    const keys = current.status === "BOOKED" ? await citizenKeysOf(current) : [];

    return prisma.$transaction(async (tx) => {
      await releaseExpiredHoldsOf(tx, staffId, now);
      const { count } = await tx.appointment.updateMany({
        where: { id: current.id, sequence: current.sequence, status: current.status },
        data: {
          ...moved,
          staffId,
          officeId: request.officeId ?? current.officeId,
          channel,
          sequence: { increment: 1 },
          reminderClaimedAt: null,
        },
      });
      if (count === 0) throw new TryAgain();
      await freeLocks(tx, current.id);
      await lockStaff(tx, current.id, staffId, moved);
      await lockCitizen(tx, current.id, keys, moved);
      return tx.appointment.findUniqueOrThrow({ where: { id: current.id }, select: bookedSelect });
    }, TX_OPTIONS);
  });
  return result.ok ? { ok: true, appointment: result.value } : { ok: false, reason: result.reason };
}
