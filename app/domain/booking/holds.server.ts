// Bookings without an account: a hold (status HELD) keeps the staff member's
// time for HOLD_MINUTES until the person confirms with the mailed link. Only
// then is the address proven theirs, so only then is their own time locked
// (a clash with another of their appointments is told to them alone).
import { prisma } from "~/utils/db.server";
import { bookedSelect, citizenKeysOf, lockCitizen, type BookedAppointment } from "./locking.server";
import { Outcome, TX_OPTIONS, withRetries } from "./transaction.server";

export type ConfirmResult =
  | { ok: true; appointment: BookedAppointment }
  | { ok: false; reason: "notFound" | "expired" | "citizenOverlap" | "busy" };

/**
 * Confirms a hold: status BOOKED, the person's time locked. Confirming again
 * is fine (answers ok); a hold whose time ran out is gone or answers "expired".
 * On "citizenOverlap" the hold stays as it was, so the person can cancel it.
 */
export async function confirmHold(
  appointmentId: string,
  options: { now?: Date } = {},
): Promise<ConfirmResult> {
  const now = options.now ?? new Date();
  const current = await prisma.appointment.findUnique({
    where: { id: appointmentId },
    select: { status: true, holdExpiresAt: true, citizenId: true, citizenEmail: true },
  });
  if (!current) return { ok: false, reason: "notFound" };
  if (current.status === "BOOKED") {
    const appointment = await prisma.appointment.findUniqueOrThrow({
      where: { id: appointmentId },
      select: bookedSelect,
    });
    return { ok: true, appointment };
  }
  if (current.status !== "HELD") return { ok: false, reason: "notFound" };
  if (!current.holdExpiresAt || current.holdExpiresAt.getTime() <= now.getTime())
    return { ok: false, reason: "expired" };

  const keys = await citizenKeysOf(current);
  const result = await withRetries<BookedAppointment, "expired" | "citizenOverlap">(() =>
    prisma.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: appointmentId, status: "HELD", holdExpiresAt: { gt: now } },
        data: { status: "BOOKED", confirmedAt: now, holdExpiresAt: null },
      });
      if (count === 0) throw new Outcome("expired");
      const appointment = await tx.appointment.findUniqueOrThrow({
        where: { id: appointmentId },
        select: bookedSelect,
      });
      await lockCitizen(tx, appointmentId, keys, appointment);
      return appointment;
    }, TX_OPTIONS),
  );
  return result.ok ? { ok: true, appointment: result.value } : { ok: false, reason: result.reason };
}

/**
 * Deletes every hold whose time ran out (with its lock rows: ON DELETE
 * CASCADE); the background job calls it every few minutes, booking calls it
 * for the staff member concerned. An unconfirmed hold was never an
 * appointment, so nothing about it is kept. Returns how many were released.
 */
export async function releaseExpiredHolds(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.appointment.deleteMany({
    where: { status: "HELD", holdExpiresAt: { lte: now } },
  });
  return count;
}
