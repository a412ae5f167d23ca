// Booking an appointment: one transaction writes the appointment and its lock
// rows; the database refuses a second holder of any 5-minute cell (README.md).
// The result is typed: losing a race is { ok: false, reason: "taken" }, never
// an exception, so the page can keep what the person typed and offer the next
// free slots.
import { prisma } from "~/utils/db.server";
import { sha256 } from "~/utils/crypto.server";
import { linkTokens } from "~/utils/link-secret.server";
import {
  bookedSelect,
  citizenKeysOf,
  lockCitizen,
  lockStaff,
  releaseExpiredHoldsOf,
  type BookedAppointment,
} from "./locking.server";
import { planBooking, type BookingIssue, type BookingRequest } from "./plan.server";
import { appointmentReference } from "./reference.server";
import { HOLD_MINUTES, topicLabelOf } from "./rules";
import type { BookingTopicInfo } from "./topics.server";
import { TX_OPTIONS, TryAgain, isUniqueViolation, withRetries } from "./transaction.server";

export type { Booker, BookingIssue, BookingRequest } from "./plan.server";

export type BookingResult =
  | {
      ok: true;
      appointment: BookedAppointment;
      /** The private manage link's token (manageLinkToken): mail it, never log it (only its hash is kept). */
      manageToken: string;
    }
  | { ok: false; reason: "invalid"; issues: BookingIssue[] }
  /** The staff member's time (with the buffer) overlaps another appointment. */
  | { ok: false; reason: "taken" }
  /** The person already holds an overlapping appointment. */
  | { ok: false; reason: "citizenOverlap" }
  /** The database stayed busy through every retry; nothing was written. */
  | { ok: false; reason: "busy" };

export interface BookingOptions {
  now?: Date;
  /**
   * Whether the slot is offered at all (working hours, absences, office
   * closures, holidays): the free-slot rules of app/domain/scheduling/slots.ts
   * (`isSlotFree`). Checked before the transaction; the locks decide races.
   */
  isOffered?: (slot: { topic: BookingTopicInfo; request: BookingRequest }) => Promise<boolean>;
}

/**
 * Books an appointment. A person without an account gets a hold (status HELD)
 * for HOLD_MINUTES that takes the staff member's time only; their own time is
 * locked when they confirm with the mailed link (confirmHold), because only
 * then is it certain that the address is theirs – so nobody can probe, by
 * typing someone's address, whether that person has an appointment at the
 * agency (itself social data, § 35 SGB I).
 */
export async function bookAppointment(
  request: BookingRequest,
  options: BookingOptions = {},
): Promise<BookingResult> {
  const now = options.now ?? new Date();
  const checked = await planBooking(request, now);
  if (!checked.ok) return { ok: false, reason: "invalid", issues: checked.issues };
  const p = checked.plan;
  if (options.isOffered && !(await options.isOffered({ topic: p.topic, request }))) {
    return { ok: false, reason: "invalid", issues: ["notOffered"] };
  }
  const keys = p.held
    ? []
    : await citizenKeysOf({ citizenId: p.citizenId, citizenEmail: p.citizenEmail });
  const timing = {
    startsAt: request.startsAt,
    endsAt: p.endsAt,
    bufferMinutes: p.topic.bufferMinutes,
  };

  const tokenOf = await linkTokens("appointment");
  const result = await withRetries<BookedAppointment, "taken" | "citizenOverlap">(() =>
    prisma.$transaction(async (tx) => {
      await releaseExpiredHoldsOf(tx, request.staffId, now);
      let appointment: BookedAppointment;
      const reference = appointmentReference();
      try {
        appointment = await tx.appointment.create({
          data: {
            reference,
            citizenId: p.citizenId,
            citizenName: request.citizenName.trim(),
            citizenEmail: p.citizenEmail,
            citizenPhone: request.citizenPhone?.trim() || null,
            staffId: request.staffId,
            officeId: request.officeId,
            serviceId: request.serviceId ?? null,
            topicId: p.topic.id,
            topicLabel: topicLabelOf(p.topic),
            sensitive: p.topic.sensitive,
            channel: request.channel,
            startsAt: request.startsAt,
            endsAt: p.endsAt,
            bufferMinutes: p.topic.bufferMinutes,
            status: p.held ? "HELD" : "BOOKED",
            confirmedAt: p.held ? null : now,
            holdExpiresAt: p.held ? new Date(now.getTime() + HOLD_MINUTES * 60_000) : null,
            manageTokenHash: sha256(tokenOf(reference)),
            reason: request.reason?.trim() || null,
            locale: request.locale ?? "de",
            languageNeeds: request.languageNeeds?.trim() || null,
            interpreterNeeded: request.interpreterNeeded ?? false,
            accessibilityNeeds: request.accessibilityNeeds?.trim() || null,
            bookedById: p.bookedById,
            caseId: request.caseId ?? null,
            documents: request.documents?.length ? JSON.stringify(request.documents) : null,
          },
          select: bookedSelect,
        });
      } catch (error) {
        // The only unique column a new row can clash on is the random reference: draw again.
        throw isUniqueViolation(error) ? new TryAgain() : error;
      }
      await lockStaff(tx, appointment.id, request.staffId, timing);
      await lockCitizen(tx, appointment.id, keys, timing);
      return appointment;
    }, TX_OPTIONS),
  );
  if (!result.ok) return { ok: false, reason: result.reason };
  return { ok: true, appointment: result.value, manageToken: tokenOf(result.value.reference) };
}
