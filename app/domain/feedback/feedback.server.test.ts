import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { LIMITS } from "~/utils/rate-limit.server";
import { renderAdminNotice, submitFeedback } from "./feedback.server";

const uid = () => Math.random().toString(36).slice(2);

async function user(role: "ADMIN" | "CASEWORKER", locale = "de", active = true) {
  return prisma.user.create({
    data: { email: `fb-${uid()}@example.net`, name: `Feedback ${role}`, role, locale, active },
  });
}

describe("submitFeedback", () => {
  it("stores the feedback with the page language and notifies every active administrator", async () => {
    const de = await user("ADMIN", "de");
    const tr = await user("ADMIN", "tr");
    const odd = await user("ADMIN", "xx");
    const inactive = await user("ADMIN", "de", false);
    const caseworker = await user("CASEWORKER");
    const message = "Das Datumsfeld in der Terminbuchung ist mit dem Screenreader nicht bedienbar.";

    const result = await submitFeedback(
      { message, pageUrl: "/ar/appointments", email: "leila@example.net" },
      { locale: "ar", clientIp: `10.1.${uid()}` },
    );

    expect(result.ok).toBe(true);
    if (!result.ok || !result.id) throw new Error("not stored");
    const row = await prisma.accessibilityFeedback.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({
      message,
      pageUrl: "/ar/appointments",
      name: null,
      email: "leila@example.net",
      locale: "ar",
      readAt: null,
    });

    const mails = await prisma.outboxMail.findMany({
      where: { to: { in: [de.email, tr.email, odd.email, inactive.email, caseworker.email] } },
    });
    expect(mails.map((m) => m.to).sort()).toEqual([de.email, tr.email, odd.email].sort());
    const byTo = new Map(mails.map((m) => [m.to, m]));
    expect(byTo.get(de.email)?.locale).toBe("de");
    expect(byTo.get(de.email)?.subject).toBe("Neue Rückmeldung zur Barrierefreiheit");
    expect(byTo.get(tr.email)?.locale).toBe("tr");
    expect(byTo.get(odd.email)?.locale).toBe("de");
    for (const mail of mails) {
      // Only a notice: the message itself may hold personal data and stays in the database.
      expect(mail.text).not.toContain("Datumsfeld");
      expect(mail.text).not.toContain("leila@example.net");
      expect(mail.text).toContain("/staff/feedback");
    }
  });

  it("stores nothing for a filled-in honeypot, but answers like a success", async () => {
    const before = await prisma.accessibilityFeedback.count();
    const result = await submitFeedback(
      { message: "Buy cheap pills", homepage: "https://spam.example" },
      { locale: "de", clientIp: `10.2.${uid()}` },
    );
    expect(result).toEqual({ ok: true, id: null });
    expect(await prisma.accessibilityFeedback.count()).toBe(before);
  });

  it("limits submissions per client IP", async () => {
    const clientIp = `10.3.${uid()}`;
    for (let i = 0; i < LIMITS.feedbackPerIp.max; i++) {
      expect(
        (await submitFeedback({ message: `Meldung ${i}` }, { locale: "de", clientIp })).ok,
      ).toBe(true);
    }
    expect(await submitFeedback({ message: "one too many" }, { locale: "de", clientIp })).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect(await prisma.accessibilityFeedback.count({ where: { message: "one too many" } })).toBe(
      0,
    );
    // Another address is not affected.
    expect(
      (await submitFeedback({ message: "other ip" }, { locale: "de", clientIp: `10.4.${uid()}` }))
        .ok,
    ).toBe(true);
  });
});

describe("renderAdminNotice", () => {
  it("writes the date in Berlin time and says whether a reply is possible", () => {
    const mail = renderAdminNotice(
      { email: "admin@example.net", name: "Aylin Demir", locale: "de" },
      {
        id: "x",
        locale: "uk",
        createdAt: new Date("2026-07-01T10:30:00Z"),
        hasPage: false,
        canReply: false,
      },
    );
    expect(mail.to).toBe("admin@example.net");
    expect(mail.text).toContain("Guten Tag Aylin Demir,");
    expect(mail.text).toContain("12:30");
    expect(mail.text).toContain("Ukrainisch");
    expect(mail.text).toContain("keine E-Mail-Adresse");
    expect(mail.html).toContain('lang="de"');
  });
});
