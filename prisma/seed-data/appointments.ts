// Demo appointments, relative to today (Europe/Berlin) so the demo never goes
// stale: Amira's next consultation, Herr Schmidt booked by the front desk,
// Olena's video consultation, Fatima's debt-counselling intake (sensitive, so
// only the neutral label shows), plus past ones for history and KPIs.
import type { AppointmentChannel, AppointmentStatus } from "~/generated/prisma/client";
import { activeSlotKey } from "../../tests/factories/appointments";
import { need, type SeedContext } from "./context";
import type { OfficeKey } from "./organizations";
import { KLAUS_SCHMIDT, PEOPLE } from "./people";
import { berlinToUtc, berlinToday, isoWeekday, workingDays } from "./time";

interface AppointmentSeed {
  reference: string;
  /** Working days from today (negative: in the past). */
  day: number;
  at: [number, number];
  minutes: number;
  citizen: string | null;
  staff: string;
  /** Office; defaults to where the staff member works that weekday. */
  office?: OfficeKey;
  service?: string;
  caseRef?: string;
  topicLabel: string;
  sensitive?: boolean;
  channel?: AppointmentChannel;
  status: AppointmentStatus;
  reason?: string;
  locale: string;
  languageNeeds?: string;
  interpreterNeeded?: boolean;
  accessibilityNeeds?: string;
  bookedBy?: string;
  cancelReason?: string;
  /** Days between booking and appointment (for "waiting time" figures). */
  bookedDaysBefore: number;
}

export const DEMO_APPOINTMENTS: AppointmentSeed[] = [
  {
    reference: "T-DEMO01",
    day: 1,
    at: [10, 0],
    minutes: 45,
    citizen: "amira",
    staff: "becker",
    office: "mitte",
    caseRef: "F-DEMO-0001",
    topicLabel: "follow-up",
    status: "BOOKED",
    reason:
      "Folgegespräch: Stand der Bewerbungen, OGS-Platz für Elif, Termin bei der Schuldnerberatung.",
    locale: "tr",
    languageNeeds: "tr",
    bookedBy: "becker",
    bookedDaysBefore: 9,
  },
  {
    reference: "T-DEMO02",
    day: -15,
    at: [9, 0],
    minutes: 60,
    citizen: "amira",
    staff: "becker",
    office: "mitte",
    service: "buergergeld",
    caseRef: "F-DEMO-0001",
    topicLabel: "first-consultation",
    status: "COMPLETED",
    reason: "Arbeit verloren (Lager), Fragen zu Bürgergeld und Kinderbetreuung.",
    locale: "tr",
    languageNeeds: "tr",
    bookedBy: "amira",
    bookedDaysBefore: 6,
  },
  {
    reference: "T-DEMO03",
    day: 2,
    at: [11, 0],
    minutes: 45,
    citizen: null,
    staff: "becker",
    office: "mitte",
    service: "grundsicherung-alter-erwerbsminderung",
    topicLabel: "first-consultation",
    status: "BOOKED",
    reason: "Fragen zur Grundsicherung bei Erwerbsminderung und zum Pflegewohngeld für die Mutter.",
    locale: "de",
    accessibilityNeeds:
      "Stark sehbehindert: Unterlagen in großer Schrift, Begleitung vom Empfang zum Beratungsraum.",
    bookedBy: "oeztuerk",
    bookedDaysBefore: 4,
  },
  {
    reference: "T-DEMO04",
    day: 2,
    at: [10, 30],
    minutes: 45,
    citizen: "olena",
    staff: "hoffmann",
    service: "anerkennung-berufsabschluss",
    caseRef: "F-DEMO-0002",
    topicLabel: "consultation",
    channel: "VIDEO",
    status: "BOOKED",
    reason: "Anerkennung als Lehrerin, Berufssprachkurs B2, Qualifizierungsangebot.",
    locale: "uk",
    languageNeeds: "uk",
    bookedBy: "olena",
    bookedDaysBefore: 5,
  },
  {
    reference: "T-DEMO05",
    day: 3,
    at: [11, 0],
    minutes: 60,
    citizen: "fatima",
    staff: "amrani",
    service: "schuldnerberatung",
    caseRef: "F-DEMO-0003",
    topicLabel: "consultation",
    sensitive: true,
    status: "BOOKED",
    reason:
      "Schulden aus einem Handyvertrag, Inkassobriefe. Erstgespräch, dann Vermittlung an die Schuldnerberatung.",
    locale: "ar",
    languageNeeds: "ar",
    bookedBy: "fatima",
    bookedDaysBefore: 4,
  },
  {
    reference: "T-DEMO06",
    day: -5,
    at: [10, 30],
    minutes: 45,
    citizen: "olena",
    staff: "hoffmann",
    caseRef: "F-DEMO-0002",
    topicLabel: "consultation",
    status: "CANCELLED",
    locale: "uk",
    languageNeeds: "uk",
    bookedBy: "olena",
    cancelReason: "Überschneidung mit dem Sprachkurs",
    bookedDaysBefore: 7,
  },
  {
    reference: "T-DEMO07",
    day: -8,
    at: [13, 0],
    minutes: 60,
    citizen: "fatima",
    staff: "amrani",
    service: "schuldnerberatung",
    caseRef: "F-DEMO-0003",
    topicLabel: "consultation",
    sensitive: true,
    status: "NO_SHOW",
    locale: "ar",
    languageNeeds: "ar",
    bookedBy: "fatima",
    bookedDaysBefore: 3,
  },
];

function officeOn(staffKey: string, weekday: number): OfficeKey {
  const person = PEOPLE.find((p) => p.key === staffKey);
  const slot = person?.hours?.find((h) => h.weekdays.includes(weekday));
  if (!slot) throw new Error(`Seed: ${staffKey} does not work on weekday ${weekday}`);
  return slot.office;
}

export async function seedAppointments(ctx: SeedContext): Promise<void> {
  const { db, now } = ctx;
  const today = berlinToday(now);
  const references = DEMO_APPOINTMENTS.map((a) => a.reference);
  // Free the demo slots first: dates move with every run, and a moved
  // appointment must never collide with another's slot from an earlier run.
  await db.appointment.updateMany({
    where: { reference: { in: references } },
    data: { activeSlotKey: null },
  });

  for (const a of DEMO_APPOINTMENTS) {
    const day = workingDays(today, a.day);
    const startsAt = berlinToUtc(day, a.at[0], a.at[1]);
    const endsAt = new Date(startsAt.getTime() + a.minutes * 60_000);
    const staffId = need(ctx.userIds, a.staff);
    const citizen = a.citizen ? PEOPLE.find((p) => p.key === a.citizen) : undefined;
    const cancelled = a.status === "CANCELLED";
    const booked = berlinToUtc(workingDays(day, -a.bookedDaysBefore), 9, 15);
    const data = {
      citizenId: a.citizen ? need(ctx.userIds, a.citizen) : null,
      citizenName: citizen?.name ?? KLAUS_SCHMIDT.name,
      citizenEmail: citizen?.email ?? null,
      citizenPhone: citizen?.phone ?? KLAUS_SCHMIDT.phone,
      staffId,
      officeId: need(ctx.officeIds, a.office ?? officeOn(a.staff, isoWeekday(day))),
      serviceId: a.service ? need(ctx.serviceIds, a.service) : null,
      topicLabel: a.topicLabel,
      sensitive: a.sensitive ?? false,
      channel: a.channel ?? "IN_PERSON",
      startsAt,
      endsAt,
      status: a.status,
      activeSlotKey: cancelled ? null : activeSlotKey(staffId, startsAt),
      reason: a.reason ?? null,
      locale: a.locale,
      languageNeeds: a.languageNeeds ?? null,
      interpreterNeeded: a.interpreterNeeded ?? false,
      accessibilityNeeds: a.accessibilityNeeds ?? null,
      bookedById: a.bookedBy ? need(ctx.userIds, a.bookedBy) : null,
      caseId: a.caseRef ? need(ctx.caseIds, a.caseRef) : null,
      checkedInAt:
        a.status === "COMPLETED" || a.status === "CHECKED_IN"
          ? new Date(startsAt.getTime() - 10 * 60_000)
          : null,
      createdAt: booked < now ? booked : new Date(now.getTime() - 3_600_000),
      cancelledAt: cancelled ? new Date(startsAt.getTime() - 26 * 3_600_000) : null,
      cancelReason: a.cancelReason ?? null,
    };
    const row = await db.appointment.upsert({
      where: { reference: a.reference },
      create: { reference: a.reference, ...data },
      update: data,
      select: { id: true },
    });
    ctx.appointmentIds.set(a.reference, row.id);
  }
}
