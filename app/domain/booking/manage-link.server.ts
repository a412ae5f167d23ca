// The private manage link (…/appointments/manage/<token>) lets a person
// without an account see, confirm, move or cancel their appointment. The token
// is mailed once and stored only as its SHA-256, like every token here.
import { prisma } from "~/utils/db.server";
import { sha256 } from "~/utils/crypto.server";
import { bookedSelect, type BookedAppointment } from "./locking.server";

/** randomToken() gives 43 base64url characters; anything else is not ours. */
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/** The appointment a manage link belongs to, or null. */
export async function findByManageToken(token: string): Promise<BookedAppointment | null> {
  if (!TOKEN.test(token)) return null;
  return prisma.appointment.findUnique({
    where: { manageTokenHash: sha256(token) },
    select: bookedSelect,
  });
}
