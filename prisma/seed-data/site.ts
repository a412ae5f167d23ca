// Site settings, one accessibility feedback and a few audit entries for the
// demo case ("who opened my file"). Settings and feedback are created once and
// then left to the admin; audit entries have fixed ids and are never deleted.
import { need, type SeedContext } from "./context";
import { berlinToUtc, berlinToday, workingDays } from "./time";

export const SITE_SETTINGS: { key: string; value: string }[] = [
  // Empty until the admin uploads the DGS video (BITV 2.0 § 4); the start page hides the player.
  { key: "signLanguageVideoUrl", value: "" },
  { key: "contactPhone", value: "0221 4710 100" },
  { key: "contactEmail", value: "servicecenter@sozialagentur-musterstadt.example" },
];

export async function seedSite(ctx: SeedContext): Promise<void> {
  const { db, now } = ctx;
  for (const setting of SITE_SETTINGS) {
    await db.siteSetting.upsert({ where: { key: setting.key }, create: setting, update: {} });
  }

  await db.accessibilityFeedback.upsert({
    where: { id: "seed-feedback-0001" },
    create: {
      id: "seed-feedback-0001",
      name: "Klaus Schmidt",
      pageUrl: "/de/leistungen/grundsicherung-alter-erwerbsminderung",
      message:
        "Bei 400 % Vergrößerung verdeckt das Menü den Anfang des Textes. Und mein Bildschirmleser liest die Telefonnummer als eine einzige lange Zahl vor.",
      locale: "de",
      createdAt: new Date(now.getTime() - 2 * 86_400_000),
    },
    update: {},
  });

  const today = berlinToday(now);
  const at = (days: number, hour: number, minute = 0) =>
    berlinToUtc(workingDays(today, days), hour, minute);
  const amiraCase = need(ctx.caseIds, "F-DEMO-0001");
  const amira = need(ctx.userIds, "amira");
  const entries = [
    {
      id: "seed-audit-0001",
      actor: "becker",
      role: "CASEWORKER",
      action: "case.create",
      entityType: "Case",
      entityId: amiraCase,
      createdAt: at(-15, 10, 0),
    },
    {
      id: "seed-audit-0002",
      actor: "becker",
      role: "CASEWORKER",
      action: "case.read",
      entityType: "Case",
      entityId: amiraCase,
      createdAt: at(-13, 10, 55),
    },
    {
      id: "seed-audit-0003",
      actor: "becker",
      role: "CASEWORKER",
      action: "plan.publish",
      entityType: "Case",
      entityId: amiraCase,
      createdAt: at(-10, 12, 0),
    },
    {
      id: "seed-audit-0004",
      actor: "lange",
      role: "TEAM_LEAD",
      action: "case.read",
      entityType: "Case",
      entityId: amiraCase,
      createdAt: at(-6, 14, 20),
    },
    {
      id: "seed-audit-0005",
      actor: "becker",
      role: "CASEWORKER",
      action: "referral.create",
      entityType: "Case",
      entityId: amiraCase,
      createdAt: at(-3, 9, 30),
    },
  ];
  for (const e of entries) {
    const data = {
      actorId: need(ctx.userIds, e.actor),
      actorRole: e.role,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      caseId: amiraCase,
      subjectUserId: amira,
      details: JSON.stringify({ seeded: true }),
      createdAt: e.createdAt,
    };
    await db.auditLog.upsert({ where: { id: e.id }, create: { id: e.id, ...data }, update: data });
  }
}
