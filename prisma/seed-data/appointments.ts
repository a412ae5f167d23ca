// Demo appointments, relative to today (Europe/Berlin) so the demo never goes
// stale: Amira's next consultation, Herr Schmidt booked by the front desk,
// Olena's video consultation, Fatima's debt-counselling intake (sensitive, so
// only the neutral label shows), plus past ones for history and KPIs. Each
// holds its lock rows like a real booking (app/domain/booking/README.md).
import { citizenKeys, citizenSpan, cellStarts, staffSpan } from "~/domain/booking/locks";
import { topicLabelOf } from "~/domain/booking/rules";
import type { AppointmentChannel, AppointmentStatus } from "~/generated/prisma/client";
import { writeLocks } from "../../tests/factories/appointments";
import { BOOKING_TOPICS } from "./booking";
import { need, type Db, type SeedContext } from "./context";
import type { OfficeKey } from "./organizations";
import { KLAUS_SCHMIDT, PEOPLE } from "./people";
import { berlinToUtc, berlinToday, isoWeekday, workingDays } from "./time";

interface AppointmentSeed {
  reference: string;
  /** Working days from today (negative: in the past). */
  day: number;
  at: [number, number];
  /** Booking topic key: gives duration, buffer, label and sensitivity. */
  topic: string;
  citizen: string | null;
  staff: string;
  /** Office; defaults to where the staff member works that weekday. */
  office?: OfficeKey;
  service?: string;
  caseRef?: string;
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
    topic: "plan-review",
    citizen: "amira",
    staff: "becker",
    office: "mitte",
    caseRef: "F-DEMO-0001",
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
    topic: "first-consultation",
    citizen: "amira",
    staff: "becker",
    office: "mitte",
    service: "buergergeld",
    caseRef: "F-DEMO-0001",
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
    topic: "first-consultation",
    citizen: null,
    staff: "becker",
    office: "mitte",
    service: "grundsicherung-alter-erwerbsminderung",
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
    topic: "work",
    citizen: "olena",
    staff: "hoffmann",
    service: "anerkennung-berufsabschluss",
    caseRef: "F-DEMO-0002",
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
    topic: "debt-counselling-intake",
    citizen: "fatima",
    staff: "amrani",
    service: "schuldnerberatung",
    caseRef: "F-DEMO-0003",
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
    topic: "work",
    citizen: "olena",
    staff: "hoffmann",
    caseRef: "F-DEMO-0002",
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
    topic: "debt-counselling-intake",
    citizen: "fatima",
    staff: "amrani",
    service: "schuldnerberatung",
    caseRef: "F-DEMO-0003",
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

/** Whether anything but a demo appointment holds a cell of the staff member's or person's time. */
async function timeTaken(
  db: Db,
  staffId: string,
  keys: string[],
  times: { startsAt: Date; endsAt: Date; bufferMinutes: number },
): Promise<boolean> {
  const staffCells = cellStarts(staffSpan(times.startsAt, times.endsAt, times.bufferMinutes));
  const citizenCells = cellStarts(citizenSpan(times.startsAt, times.endsAt));
  const [staff, citizen] = await Promise.all([
    db.staffTimeLock.count({ where: { staffId, cellStart: { in: staffCells } } }),
    keys.length
      ? db.citizenTimeLock.count({
          where: { citizenKey: { in: keys }, cellStart: { in: citizenCells } },
        })
      : 0,
  ]);
  return staff + citizen > 0;
}

export async function seedAppointments(ctx: SeedContext): Promise<void> {
  const { db, now } = ctx;
  const today = berlinToday(now);
  const references = DEMO_APPOINTMENTS.map((a) => a.reference);
  // Free the demo appointments' time first: dates move with every run, and a
  // moved appointment must never collide with its own cells from an earlier run.
  const demo = { appointment: { reference: { in: references } } };
  await db.staffTimeLock.deleteMany({ where: demo });
  await db.citizenTimeLock.deleteMany({ where: demo });

  for (const a of DEMO_APPOINTMENTS) {
    const topic = BOOKING_TOPICS.find((t) => t.key === a.topic);
    if (!topic) throw new Error(`Seed: ${a.reference} has unknown topic ${a.topic}`);
    const day = workingDays(today, a.day);
    const startsAt = berlinToUtc(day, a.at[0], a.at[1]);
    const endsAt = new Date(startsAt.getTime() + topic.durationMinutes * 60_000);
    const staffId = need(ctx.userIds, a.staff);
    const citizen = a.citizen ? PEOPLE.find((p) => p.key === a.citizen) : undefined;
    const citizenId = a.citizen ? need(ctx.userIds, a.citizen) : null;
    const times = { startsAt, endsAt, bufferMinutes: topic.bufferMinutes };
    // Someone may have booked this time in the demo since the last run: the
    // demo appointment gives way (cancelled) instead of breaking the seed.
    const keys = citizenKeys({ userId: citizenId, email: citizen?.email });
    const givesWay = a.status !== "CANCELLED" && (await timeTaken(db, staffId, keys, times));
    const status: AppointmentStatus = givesWay ? "CANCELLED" : a.status;
    const cancelled = status === "CANCELLED";
    const booked = berlinToUtc(workingDays(day, -a.bookedDaysBefore), 9, 15);
    const createdAt = booked < now ? booked : new Date(now.getTime() - 3_600_000);
    const data = {
      citizenId,
      citizenName: citizen?.name ?? KLAUS_SCHMIDT.name,
      citizenEmail: citizen?.email ?? null,
      citizenPhone: citizen?.phone ?? KLAUS_SCHMIDT.phone,
      staffId,
      officeId: need(ctx.officeIds, a.office ?? officeOn(a.staff, isoWeekday(day))),
      serviceId: a.service ? need(ctx.serviceIds, a.service) : null,
      topicId: need(ctx.topicIds, topic.key),
      topicLabel: topicLabelOf(topic),
      sensitive: topic.sensitive,
      channel: a.channel ?? "IN_PERSON",
      ...times,
      status,
      confirmedAt: createdAt,
      holdExpiresAt: null,
      sequence: 0,
      reason: a.reason ?? null,
      locale: a.locale,
      languageNeeds: a.languageNeeds ?? null,
      interpreterNeeded: a.interpreterNeeded ?? false,
      accessibilityNeeds: a.accessibilityNeeds ?? null,
      bookedById: a.bookedBy ? need(ctx.userIds, a.bookedBy) : null,
      caseId: a.caseRef ? need(ctx.caseIds, a.caseRef) : null,
      checkedInAt:
        status === "COMPLETED" || status === "CHECKED_IN"
          ? new Date(startsAt.getTime() - 10 * 60_000)
          : null,
      createdAt,
      cancelledAt: givesWay
        ? now
        : cancelled
          ? new Date(startsAt.getTime() - 26 * 3_600_000)
          : null,
      cancelReason: givesWay ? "Demo: time booked by someone else" : (a.cancelReason ?? null),
    };
    const row = await db.appointment.upsert({
      where: { reference: a.reference },
      create: { reference: a.reference, ...data },
      update: data,
    });
    await writeLocks(db, row);
    ctx.appointmentIds.set(a.reference, row.id);
  }
}
