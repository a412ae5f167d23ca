// Appointment test data, written the way bookings are: the appointment and its
// lock rows (app/domain/booking/README.md), so tests and demo data keep the
// invariant the database enforces. The seed uses it too. A clash with an
// existing appointment fails with a unique violation, as a booking would.
import type { AppointmentStatus, Prisma } from "../../app/generated/prisma/client";
import {
  citizenKeys,
  citizenLockRows,
  citizenSpan,
  staffLockRows,
  staffSpan,
} from "../../app/domain/booking/locks";
import { appointmentReference } from "../../app/domain/booking/reference.server";

export { appointmentReference };

type Db = Prisma.TransactionClient;

export interface LockedAppointment {
  id: string;
  staffId: string;
  startsAt: Date;
  endsAt: Date;
  bufferMinutes: number;
  status: AppointmentStatus;
  citizenId: string | null;
  citizenEmail: string | null;
}

/**
 * Writes the lock rows of an appointment: none when cancelled, the staff
 * member's cells (with the buffer) otherwise, and the person's cells once
 * confirmed (not for an unconfirmed hold).
 */
export async function writeLocks(db: Db, a: LockedAppointment): Promise<void> {
  if (a.status === "CANCELLED") return;
  await db.staffTimeLock.createMany({
    data: staffLockRows(a.id, a.staffId, staffSpan(a.startsAt, a.endsAt, a.bufferMinutes)),
  });
  if (a.status === "HELD") return;
  const account = a.citizenId
    ? await db.user.findUnique({ where: { id: a.citizenId }, select: { email: true } })
    : null;
  const keys = citizenKeys({ userId: a.citizenId, email: account?.email ?? a.citizenEmail });
  if (keys.length === 0) return;
  await db.citizenTimeLock.createMany({
    data: citizenLockRows(a.id, keys, citizenSpan(a.startsAt, a.endsAt)),
  });
}

export interface AppointmentInput {
  staffId: string;
  officeId: string;
  /** On the 5-minute grid. */
  startsAt: Date;
  minutes?: number;
  bufferMinutes?: number;
  citizenId?: string | null;
  citizenName?: string;
  citizenEmail?: string | null;
  status?: AppointmentStatus;
  serviceId?: string | null;
  caseId?: string | null;
  topicId?: string | null;
  sensitive?: boolean;
  topicLabel?: string;
}

export async function createAppointment(db: Db, input: AppointmentInput) {
  const status = input.status ?? "BOOKED";
  const endsAt = new Date(input.startsAt.getTime() + (input.minutes ?? 45) * 60_000);
  const appointment = await db.appointment.create({
    data: {
      reference: appointmentReference(),
      citizenId: input.citizenId ?? null,
      citizenName: input.citizenName ?? "Test Person",
      citizenEmail: input.citizenEmail ?? null,
      staffId: input.staffId,
      officeId: input.officeId,
      serviceId: input.serviceId ?? null,
      caseId: input.caseId ?? null,
      topicId: input.topicId ?? null,
      topicLabel: input.topicLabel ?? "consultation",
      sensitive: input.sensitive ?? false,
      startsAt: input.startsAt,
      endsAt,
      bufferMinutes: input.bufferMinutes ?? 0,
      status,
      confirmedAt: status === "HELD" ? null : new Date(),
      holdExpiresAt: status === "HELD" ? new Date(Date.now() + 30 * 60_000) : null,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
  await writeLocks(db, appointment);
  return appointment;
}
