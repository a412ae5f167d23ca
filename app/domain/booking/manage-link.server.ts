// The private manage link (…/appointments/<token>) lets a person without an
// account see, confirm, move or cancel their appointment. The token is an HMAC
// of the appointment's reference (app/utils/link-secret.server.ts), so every
// mail can carry the link again; only its SHA-256 is stored.
import { prisma } from "~/utils/db.server";
import { sha256 } from "~/utils/crypto.server";
import { linkToken } from "~/utils/link-secret.server";
import { bookedSelect, type BookedAppointment } from "./locking.server";

/** Tokens are 43 base64url characters; anything else is not ours. */
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/** The stored hash of a manage link token, or null when it cannot be one of ours. */
export function manageTokenHashOf(token: string): string | null {
  return TOKEN.test(token) ? sha256(token) : null;
}

/** The appointment a manage link belongs to, or null. */
export async function findByManageToken(token: string): Promise<BookedAppointment | null> {
  if (!TOKEN.test(token)) return null;
  return prisma.appointment.findUnique({
    where: { manageTokenHash: sha256(token) },
    select: bookedSelect,
  });
}

/** The manage link token of an appointment (for mails after the first one). */
export function manageLinkToken(reference: string): Promise<string> {
  return linkToken("appointment", reference);
}
