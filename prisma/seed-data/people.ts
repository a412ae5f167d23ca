// Demo accounts: staff in every role, one team, and the citizens of the
// journeys (JOURNEYS.md). All share the password DEMO_PASSWORD and carry
// demo = true, so production checks can refuse or flag them.
import type { Role } from "~/generated/prisma/client";
import { need, type SeedContext } from "./context";
import type { OfficeKey, OrgKey } from "./organizations";
import { addDays, berlinToUtc, berlinToday, workingDays } from "./time";

export const DEMO_PASSWORD = "demo-passwort-2026";
export const TEAM_MITTE = "Team Mitte";

export interface PersonSeed {
  key: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  phone?: string;
  org?: OrgKey;
  team?: string;
  languages?: string[];
  /** Weekly pattern: ISO weekdays, office, "HH:MM" local times. */
  hours?: { weekdays: number[]; office: OfficeKey; startsAt: string; endsAt: string }[];
}

const MON_FRI = [1, 2, 3, 4, 5];

export const PEOPLE: PersonSeed[] = [
  {
    key: "becker",
    email: "fallmanager@example.org",
    name: "Sabine Becker",
    role: "CASEWORKER",
    locale: "de",
    phone: "0221 4710 161",
    org: "agency",
    team: TEAM_MITTE,
    languages: ["de", "tr"],
    hours: [
      { weekdays: [1, 2, 3, 4], office: "mitte", startsAt: "08:00", endsAt: "16:30" },
      { weekdays: [5], office: "mitte", startsAt: "08:00", endsAt: "13:00" },
    ],
  },
  {
    key: "hoffmann",
    email: "fallmanager2@example.org",
    name: "Kateryna Hoffmann",
    role: "CASEWORKER",
    locale: "de",
    phone: "0221 4710 162",
    org: "agency",
    team: TEAM_MITTE,
    languages: ["de", "uk", "ru", "en"],
    hours: [
      { weekdays: [1, 2, 3], office: "mitte", startsAt: "08:30", endsAt: "15:30" },
      { weekdays: [4], office: "nord", startsAt: "10:00", endsAt: "18:00" },
      { weekdays: [5], office: "nord", startsAt: "08:00", endsAt: "12:00" },
    ],
  },
  {
    key: "amrani",
    email: "fallmanager3@example.org",
    name: "Youssef Amrani",
    role: "CASEWORKER",
    locale: "de",
    phone: "0221 4710 163",
    org: "agency",
    team: TEAM_MITTE,
    languages: ["de", "ar", "fr", "en"],
    hours: [
      { weekdays: [1, 2, 3, 5], office: "nord", startsAt: "08:00", endsAt: "15:00" },
      { weekdays: [4], office: "mitte", startsAt: "10:00", endsAt: "18:00" },
    ],
  },
  {
    key: "oeztuerk",
    email: "empfang@example.org",
    name: "Mehmet Öztürk",
    role: "FRONT_DESK",
    locale: "de",
    phone: "0221 4710 100",
    org: "agency",
    team: TEAM_MITTE,
    languages: ["de", "tr"],
    hours: [
      { weekdays: [1, 2, 3, 5], office: "mitte", startsAt: "07:45", endsAt: "15:45" },
      { weekdays: [4], office: "mitte", startsAt: "10:00", endsAt: "18:15" },
    ],
  },
  {
    key: "lange",
    email: "teamleitung@example.org",
    name: "Dr. Petra Lange",
    role: "TEAM_LEAD",
    locale: "de",
    phone: "0221 4710 160",
    org: "agency",
    team: TEAM_MITTE,
    languages: ["de", "en"],
    hours: [{ weekdays: MON_FRI, office: "mitte", startsAt: "08:00", endsAt: "16:00" }],
  },
  {
    key: "wagner",
    email: "admin@example.org",
    name: "Thomas Wagner",
    role: "ADMIN",
    locale: "de",
    phone: "0221 4710 190",
    org: "agency",
    languages: ["de"],
  },
  {
    key: "partner",
    email: "partner@example.org",
    name: "Jana Krüger",
    role: "PARTNER",
    locale: "de",
    phone: "0221 4710 500",
    org: "schuldnerberatung",
  },
  {
    key: "amira",
    email: "buerger@example.org",
    name: "Amira Yilmaz",
    role: "CITIZEN",
    locale: "tr",
    // A mobile number reserved for media productions (Bundesnetzagentur).
    phone: "0152 28817386",
  },
  {
    key: "olena",
    email: "olena.kovalenko@example.org",
    name: "Olena Kovalenko",
    role: "CITIZEN",
    locale: "uk",
    phone: "0221 4710 901",
  },
  {
    key: "fatima",
    email: "fatima.haddad@example.org",
    name: "Fatima Haddad",
    role: "CITIZEN",
    locale: "ar",
    phone: "0221 4710 902",
  },
];

/** Herr Schmidt has no account and no e-mail: the front desk books for him. */
export const KLAUS_SCHMIDT = { name: "Klaus Schmidt", phone: "0221 4710 903" };

export async function seedPeople(ctx: SeedContext): Promise<void> {
  const { db, now, passwordHash } = ctx;

  for (const person of PEOPLE) {
    const data = {
      name: person.name,
      role: person.role,
      locale: person.locale,
      phone: person.phone ?? null,
      organizationId: person.org ? need(ctx.orgIds, person.org) : null,
      active: true,
      demo: true,
      passwordHash,
    };
    const row = await db.user.upsert({
      where: { email: person.email.toLowerCase() },
      create: { email: person.email.toLowerCase(), emailVerifiedAt: now, ...data },
      update: data,
      select: { id: true, emailVerifiedAt: true },
    });
    if (!row.emailVerifiedAt) {
      await db.user.update({ where: { id: row.id }, data: { emailVerifiedAt: now } });
    }
    ctx.userIds.set(person.key, row.id);
  }

  const agencyId = need(ctx.orgIds, "agency");
  const team = await db.team.upsert({
    where: { organizationId_name: { organizationId: agencyId, name: TEAM_MITTE } },
    create: { organizationId: agencyId, name: TEAM_MITTE, leadId: need(ctx.userIds, "lange") },
    update: { leadId: need(ctx.userIds, "lange") },
    select: { id: true },
  });
  ctx.teamIds.set(TEAM_MITTE, team.id);

  const today = berlinToday(now);
  for (const person of PEOPLE) {
    const userId = need(ctx.userIds, person.key);
    if (person.team) {
      await db.user.update({
        where: { id: userId },
        data: { teamId: need(ctx.teamIds, person.team) },
      });
    }

    await db.staffLanguage.deleteMany({ where: { userId } });
    if (person.languages?.length) {
      await db.staffLanguage.createMany({
        data: person.languages.map((language) => ({ userId, language })),
      });
    }

    await db.staffWorkingHours.deleteMany({ where: { userId } });
    const hours = (person.hours ?? []).flatMap((h) =>
      h.weekdays.map((weekday) => ({
        userId,
        officeId: need(ctx.officeIds, h.office),
        weekday,
        startsAt: h.startsAt,
        endsAt: h.endsAt,
      })),
    );
    if (hours.length) await db.staffWorkingHours.createMany({ data: hours });

    await db.staffAbsence.deleteMany({ where: { userId } });
  }

  // Absences relative to today: a training day for Frau Becker, a week of
  // holiday for Frau Hoffmann (whole Berlin days, stored as UTC instants).
  const training = workingDays(today, 7);
  const holidayStart = workingDays(today, 10);
  await db.staffAbsence.createMany({
    data: [
      {
        userId: need(ctx.userIds, "becker"),
        kind: "TRAINING",
        startsAt: berlinToUtc(training, 0),
        endsAt: berlinToUtc(addDays(training, 1), 0),
      },
      {
        userId: need(ctx.userIds, "hoffmann"),
        kind: "HOLIDAY",
        startsAt: berlinToUtc(holidayStart, 0),
        endsAt: berlinToUtc(addDays(holidayStart, 7), 0),
      },
    ],
  });
}
