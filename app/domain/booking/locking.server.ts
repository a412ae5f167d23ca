// Writing and freeing the lock rows of one appointment, inside the caller's
// transaction. Rows go in ascending key order (staff before citizen, keys and
// cells sorted), so two PostgreSQL transactions never wait for each other in
// a circle.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { citizenKeys, citizenLockRows, citizenSpan, staffLockRows, staffSpan } from "./locks";
import { insertOrOutcome } from "./transaction.server";

type Db = Prisma.TransactionClient;

/** What the booking functions return about an appointment (no case content). */
export const bookedSelect = {
  id: true,
  reference: true,
  status: true,
  startsAt: true,
  endsAt: true,
  bufferMinutes: true,
  staffId: true,
  officeId: true,
  topicId: true,
  topicLabel: true,
  sensitive: true,
  channel: true,
  citizenId: true,
  citizenName: true,
  citizenEmail: true,
  locale: true,
  confirmedAt: true,
  holdExpiresAt: true,
  sequence: true,
} as const satisfies Prisma.AppointmentSelect;

export type BookedAppointment = Prisma.AppointmentGetPayload<{ select: typeof bookedSelect }>;

/**
 * The citizen keys of an appointment's person: the account and its current
 * address, or the address given for a booking without an account.
 */
export async function citizenKeysOf(
  person: { citizenId: string | null; citizenEmail: string | null },
  db: Db = prisma,
): Promise<string[]> {
  if (!person.citizenId) return citizenKeys({ email: person.citizenEmail });
  const user = await db.user.findUnique({
    where: { id: person.citizenId },
    select: { email: true },
  });
  return citizenKeys({ userId: person.citizenId, email: user?.email ?? person.citizenEmail });
}

interface Timing {
  startsAt: Date;
  endsAt: Date;
  bufferMinutes: number;
}

/** The staff member's cells; a cell held by anyone else answers "taken". */
export function lockStaff(tx: Db, appointmentId: string, staffId: string, t: Timing) {
  const rows = staffLockRows(
    appointmentId,
    staffId,
    staffSpan(t.startsAt, t.endsAt, t.bufferMinutes),
  );
  return insertOrOutcome(() => tx.staffTimeLock.createMany({ data: rows }), "taken");
}

/** The citizen's cells; a cell held by another appointment answers "citizenOverlap". */
export function lockCitizen(tx: Db, appointmentId: string, keys: readonly string[], t: Timing) {
  if (keys.length === 0) return Promise.resolve();
  const rows = citizenLockRows(appointmentId, keys, citizenSpan(t.startsAt, t.endsAt));
  return insertOrOutcome(() => tx.citizenTimeLock.createMany({ data: rows }), "citizenOverlap");
}

/** Frees every cell an appointment holds (cancel, before a move). */
export async function freeLocks(tx: Db, appointmentId: string): Promise<void> {
  await tx.staffTimeLock.deleteMany({ where: { appointmentId } });
  await tx.citizenTimeLock.deleteMany({ where: { appointmentId } });
}

/**
 * Deletes a staff member's unconfirmed holds whose time ran out, so they never
 * block a booking while the background job has not yet run (their lock rows go
 * with them: ON DELETE CASCADE). Called first in a booking transaction: a
 * write as the first statement also takes SQLite's write lock right away,
 * before anything is read.
 */
export async function releaseExpiredHoldsOf(tx: Db, staffId: string, now: Date): Promise<void> {
  await tx.appointment.deleteMany({
    where: { staffId, status: "HELD", holdExpiresAt: { lte: now } },
  });
}
