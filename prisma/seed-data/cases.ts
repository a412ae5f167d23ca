// Demo cases. Amira's case is the full cycle (assessment across life domains,
// published plan, consultation note, referral with consent); Olena's is in
// planning with a draft; Fatima's waits in intake for the team lead to assign.
// Content of demo cases is replaced on every run (demo state is restored).
import type { CasePhase } from "~/generated/prisma/client";
import {
  AMIRA_ASSESSMENTS,
  AMIRA_GOALS,
  OLENA_ASSESSMENTS,
  OLENA_GOALS,
  type GoalSeed,
} from "./case-content";
import { need, type SeedContext } from "./context";
import { TEAM_MITTE } from "./people";
import { addDays, berlinToUtc, berlinToday, dateOnly, workingDays } from "./time";

interface CaseSeed {
  reference: string;
  citizen: string;
  caseworker: string | null;
  phase: CasePhase;
  /** Working days ago. */
  openedDaysAgo: number;
  consent: boolean;
  deputies?: string[];
}

export const DEMO_CASES: CaseSeed[] = [
  {
    reference: "F-DEMO-0001",
    citizen: "amira",
    caseworker: "becker",
    phase: "IMPLEMENTATION",
    openedDaysAgo: 15,
    consent: true,
    deputies: ["amrani"],
  },
  {
    reference: "F-DEMO-0002",
    citizen: "olena",
    caseworker: "hoffmann",
    phase: "PLANNING",
    openedDaysAgo: 12,
    consent: true,
  },
  {
    reference: "F-DEMO-0003",
    citizen: "fatima",
    caseworker: null,
    phase: "INTAKE",
    openedDaysAgo: 9,
    consent: false,
  },
];

const CASE_MANAGEMENT_SCOPE =
  "Teilnahme am Fallmanagement der Sozialagentur Musterstadt: Einzelfallanalyse, Unterstützungsplan und Austausch mit meiner Fallmanagerin oder meinem Fallmanager, einschließlich Angaben zur Gesundheit.";
const CASE_MANAGEMENT_BASIS = "Einwilligung nach § 67b Abs. 2 SGB X; Art. 9 Abs. 2 Buchst. a DSGVO";

export async function seedCases(ctx: SeedContext): Promise<void> {
  const { db, now } = ctx;
  const today = berlinToday(now);
  for (const c of DEMO_CASES) {
    const openedAt = berlinToUtc(workingDays(today, -c.openedDaysAgo), 10, 0);
    const data = {
      citizenId: need(ctx.userIds, c.citizen),
      caseworkerId: c.caseworker ? need(ctx.userIds, c.caseworker) : null,
      teamId: need(ctx.teamIds, TEAM_MITTE),
      phase: c.phase,
      outcome: null,
      closedAt: null,
      openedAt,
      consentToCaseManagementAt: c.consent ? openedAt : null,
    };
    const row = await db.case.upsert({
      where: { reference: c.reference },
      create: { reference: c.reference, ...data },
      update: data,
      select: { id: true },
    });
    ctx.caseIds.set(c.reference, row.id);

    // Everything below belongs to the demo case and is rebuilt.
    await db.caseDeputy.deleteMany({ where: { caseId: row.id } });
    await db.assessment.deleteMany({ where: { caseId: row.id } });
    await db.supportPlan.deleteMany({ where: { caseId: row.id } });
    await db.consultationNote.deleteMany({ where: { caseId: row.id } });
    await db.referral.deleteMany({ where: { caseId: row.id } });
    await db.consent.deleteMany({ where: { caseId: row.id } });
    await db.message.deleteMany({ where: { caseId: row.id } });

    if (c.deputies?.length) {
      await db.caseDeputy.createMany({
        data: c.deputies.map((key) => ({ caseId: row.id, userId: need(ctx.userIds, key) })),
      });
    }
    if (c.consent && c.caseworker) {
      await db.consent.create({
        data: {
          citizenId: need(ctx.userIds, c.citizen),
          caseId: row.id,
          scope: CASE_MANAGEMENT_SCOPE,
          legalBasis: CASE_MANAGEMENT_BASIS,
          grantedAt: openedAt,
          recordedById: need(ctx.userIds, c.caseworker),
        },
      });
    }
  }
}

export async function seedCaseContent(ctx: SeedContext): Promise<void> {
  const { db, now } = ctx;
  const today = berlinToday(now);
  const at = (workingDaysFromToday: number, hour: number, minute = 0) =>
    berlinToUtc(workingDays(today, workingDaysFromToday), hour, minute);
  const due = (calendarDays: number) => dateOnly(addDays(today, calendarDays));

  const becker = need(ctx.userIds, "becker");
  const hoffmann = need(ctx.userIds, "hoffmann");
  const amira = need(ctx.userIds, "amira");
  const amiraCase = need(ctx.caseIds, "F-DEMO-0001");
  const olenaCase = need(ctx.caseIds, "F-DEMO-0002");

  const assessments = [
    ...AMIRA_ASSESSMENTS.map(([lifeDomain, rating, notes]) => ({
      caseId: amiraCase,
      lifeDomain,
      rating,
      notes,
      specialCategory: lifeDomain === "HEALTH" || lifeDomain === "ADDICTION",
      assessedById: becker,
      assessedAt: at(-13, 11),
    })),
    ...OLENA_ASSESSMENTS.map(([lifeDomain, rating, notes]) => ({
      caseId: olenaCase,
      lifeDomain,
      rating,
      notes,
      specialCategory: false,
      assessedById: hoffmann,
      assessedAt: at(-10, 14),
    })),
  ];
  await db.assessment.createMany({ data: assessments });

  const published = at(-10, 12);
  await createPlan(ctx, amiraCase, becker, {
    status: "PUBLISHED",
    publishedAt: published,
    reviewDueOn: dateOnly(addDays(today, 170)),
    summary:
      "Frau Yilmaz möchte schnell wieder in der Logistik arbeiten. Dafür braucht Elif eine Betreuung am Nachmittag. Gleichzeitig regeln wir die Schulden mit Hilfe der Schuldnerberatung. Spätestens in sechs Monaten schauen wir uns den Plan gemeinsam wieder an.",
    goals: AMIRA_GOALS,
    due,
    doneAt: (daysAgo) => at(-daysAgo, 18, 30),
    doneById: amira,
  });
  await createPlan(ctx, olenaCase, hoffmann, {
    status: "DRAFT",
    publishedAt: null,
    reviewDueOn: null,
    summary: "Entwurf: Anerkennung als Lehrerin und Deutsch B2 als nächste Schritte.",
    goals: OLENA_GOALS,
    due,
    doneAt: (daysAgo) => at(-daysAgo, 12),
    doneById: hoffmann,
  });

  const firstConsultation = need(ctx.appointmentIds, "T-DEMO02");
  await db.consultationNote.createMany({
    data: [
      {
        caseId: amiraCase,
        authorId: becker,
        appointmentId: firstConsultation,
        createdAt: at(-15, 10, 5),
        body: "Frau Yilmaz kommt nach der Kündigung (Betriebsschließung des Lagers). Zwei Kinder (7 und 12), Miete 780 € warm. Bürgergeld-Antrag ist gestellt. Sie möchte schnell wieder in die Logistik; für die Tochter fehlt die Nachmittagsbetreuung. Schulden rund 2.300 € (Handyvertrag, Versandhandel, Nebenkostennachzahlung), Mahnungen, keine Pfändung. Einwilligung zum Fallmanagement erteilt. Nächste Schritte: Einzelfallanalyse, Unterstützungsplan, Schuldnerberatung.",
      },
      {
        caseId: amiraCase,
        authorId: becker,
        createdAt: at(-10, 11, 40),
        body: "Einzelfallanalyse besprochen, Unterstützungsplan gemeinsam erstellt und veröffentlicht. Frau Yilmaz ist mit der Weitergabe an die Schuldnerberatung einverstanden; Umfang der Daten mit ihr festgelegt.",
      },
    ],
  });

  const referralAt = at(-3, 9, 30);
  const sharedData =
    "Name, Telefonnummer und E-Mail-Adresse; Höhe und Art der Schulden (rund 2.300 €: Handyvertrag, Versandhandel, Nebenkostennachzahlung); Einkommen: Bürgergeld.";
  const referral = await db.referral.create({
    data: {
      caseId: amiraCase,
      partnerOrganizationId: need(ctx.orgIds, "schuldnerberatung"),
      serviceId: need(ctx.serviceIds, "schuldnerberatung"),
      purpose: "Schuldenregulierung: Erstberatung, Überblick über die Forderungen, Ratenplan.",
      sharedData,
      status: "SENT",
      createdById: becker,
      createdAt: referralAt,
      statusChanges: { create: { status: "SENT", changedById: becker, changedAt: referralAt } },
    },
    select: { id: true },
  });
  await db.consent.create({
    data: {
      citizenId: amira,
      caseId: amiraCase,
      referralId: referral.id,
      scope: `Weitergabe an die Schuldnerberatung Musterstadt e.V. zur Schuldnerberatung: ${sharedData}`,
      legalBasis: "Einwilligung nach § 67b Abs. 2 SGB X",
      grantedAt: at(-10, 11, 30),
      recordedById: becker,
    },
  });

  await db.message.create({
    data: {
      caseId: amiraCase,
      senderId: becker,
      recipientId: amira,
      createdAt: at(-3, 9, 45),
      body: "Guten Tag Frau Yilmaz, ich habe Sie wie besprochen bei der Schuldnerberatung angemeldet. Die Beratungsstelle meldet sich mit einem Terminvorschlag bei Ihnen. Viele Grüße, Sabine Becker",
    },
  });
}

interface PlanSeed {
  status: "DRAFT" | "PUBLISHED";
  publishedAt: Date | null;
  reviewDueOn: Date | null;
  summary: string;
  goals: GoalSeed[];
  due: (calendarDays: number) => Date;
  doneAt: (workingDaysAgo: number) => Date;
  doneById: string;
}

async function createPlan(
  ctx: SeedContext,
  caseId: string,
  authorId: string,
  plan: PlanSeed,
): Promise<void> {
  await ctx.db.supportPlan.create({
    data: {
      caseId,
      versions: {
        create: {
          version: 1,
          status: plan.status,
          publishedAt: plan.publishedAt,
          reviewDueOn: plan.reviewDueOn,
          summary: plan.summary,
          authorId,
          goals: {
            create: plan.goals.map((goal, goalSort) => ({
              title: goal.title,
              description: goal.description,
              lifeDomain: goal.lifeDomain,
              sort: goalSort,
              steps: {
                create: goal.steps.map((step, sort) => ({
                  title: step.title,
                  description: step.description ?? "",
                  responsible: step.responsible,
                  dueOn: plan.due(step.dueInDays),
                  status: step.doneDaysAgo === undefined ? "OPEN" : "DONE",
                  doneAt: step.doneDaysAgo === undefined ? null : plan.doneAt(step.doneDaysAgo),
                  doneById: step.doneDaysAgo === undefined ? null : plan.doneById,
                  sort,
                })),
              },
            })),
          },
        },
      },
    },
  });
}
