// The calendar file of one appointment, behind its private manage link
// (/:lang/appointments/:token/calendar.ics): METHOD:PUBLISH to import, or the
// CANCEL form once it is cancelled, so a calendar that has it removes it. An
// unconfirmed guest hold is served too, as STATUS:TENTATIVE (the manage page
// offers it before confirming; confirming does not change the UID, so the
// confirmed file later replaces it). Unknown tokens answer 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguage } from "~/i18n";
import { appointmentIcs } from "~/domain/booking/ical.server";
import { findByManageToken } from "~/domain/booking/manage-link.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const appointment = isLanguage(params.lang) ? await findByManageToken(params.token ?? "") : null;
  if (!appointment) throw new Response("Not found", { status: 404 });
  const ics = await appointmentIcs(
    appointment.id,
    appointment.status === "CANCELLED" ? "CANCEL" : "PUBLISH",
  );
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="termin-${appointment.reference}.ics"`,
      // Personal data behind a private link: never cached, never indexed, never a Referer.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
