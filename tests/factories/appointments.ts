// Appointment test data. `activeSlotKey` is the value the unique index on
// Appointment.activeSlotKey expects while an appointment holds its slot; the
// seed uses it too, so tests and demo data agree on the format.
import { randomInt } from "node:crypto";
import type { AppointmentStatus, Prisma } from "../../app/generated/prisma/client";

type Db = Prisma.TransactionClient;

/** "staffId|2026-03-30T08:00:00.000Z" – one booking per staff member and start time. */
export function activeSlotKey(staffId: string, startsAt: Date): string {
  return `${staffId}|${startsAt.toISOString()}`;
}

// No 0/O, 1/I/L: readable on the phone and from a printout.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A random short reference like "T-7K3M9Q". */
export function appointmentReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `T-${code}`;
}

export interface AppointmentInput {
  staffId: string;
  officeId: string;
  startsAt: Date;
  minutes?: number;
  citizenId?: string | null;
  citizenName?: string;
  status?: AppointmentStatus;
  serviceId?: string | null;
  caseId?: string | null;
  sensitive?: boolean;
  topicLabel?: string;
}

export async function createAppointment(db: Db, input: AppointmentInput) {
  const status = input.status ?? "BOOKED";
  const endsAt = new Date(input.startsAt.getTime() + (input.minutes ?? 45) * 60_000);
  return db.appointment.create({
    data: {
      reference: appointmentReference(),
      citizenId: input.citizenId ?? null,
      citizenName: input.citizenName ?? "Test Person",
      staffId: input.staffId,
      officeId: input.officeId,
      serviceId: input.serviceId ?? null,
      caseId: input.caseId ?? null,
      topicLabel: input.topicLabel ?? "consultation",
      sensitive: input.sensitive ?? false,
      startsAt: input.startsAt,
      endsAt,
      status,
      activeSlotKey: status === "CANCELLED" ? null : activeSlotKey(input.staffId, input.startsAt),
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
}
