// The scheduling back office: an administrator sets up a caseworker's split
// working day (an overlap is refused and nothing typed is lost), an absence,
// the topics and languages the caseworker can be booked for, an office closure
// and the online-cancel cutoff; axe on every page (the staff page in Arabic
// too); one form used by keyboard only; the working-hours rows without
// JavaScript. Each test makes its own caseworker, office and topic (an
// inactive one, so citizens and other tests never see them) and cleans up.
import type { Locator, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import {
  addDays,
  berlinDate,
  fromBerlin,
  isoWeekday,
} from "../../app/domain/scheduling/berlin-time";
import { createAppointment } from "../factories/appointments";
import { expect, expectNoAxeViolations, test, totpCode } from "../support/e2e";
import { createUser, db, PASSWORD } from "../support/users";

async function loginWithCode(page: Page, user: { email: string; totpSecret: string | null }) {
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page
    .getByLabel("Code aus der App oder Wiederherstellungscode")
    .fill(totpCode(user.totpSecret!));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);
}

/** A caseworker, an office of the agency and an inactive topic, all only this test's. */
async function fixtures(suffix: string) {
  const agency = await db.organization.findFirstOrThrow({ where: { kind: "AGENCY" } });
  const office = await db.office.create({
    data: {
      hsdsId: randomUUID(),
      organizationId: agency.id,
      name: `Servicecenter Test ${suffix}`,
      street: "Teststraße 1",
      postalCode: "12345",
      city: "Musterstadt",
    },
  });
  const caseworker = await createUser({ role: "CASEWORKER", name: `Carla Kalender ${suffix}` });
  const topic = await db.bookingTopic.create({
    data: { key: `e2e-${suffix}`, durationMinutes: 45, active: false, sort: 999 },
  });
  const cleanup = async () => {
    await db.appointment.deleteMany({ where: { staffId: caseworker.id } });
    await db.office.delete({ where: { id: office.id } });
    await db.bookingTopic.delete({ where: { id: topic.id } });
  };
  return { office, caseworker, topic, cleanup };
}

/** Presses Tab until `target` has the focus (from wherever the focus is now). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** "2026-12-24" as typed in Germany. */
const german = (date: string) => date.split("-").reverse().join(".");

/** The first date at least `ahead` days from today that falls on `weekday` (1 = Monday). */
function nextWeekday(weekday: number, ahead: number): string {
  let d = addDays(berlinDate(new Date()), ahead);
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return d;
}

test("an administrator sets up a caseworker's availability, a closure and the cutoff", async ({
  page,
}) => {
  test.slow(); // a long journey with six axe scans
  const suffix = Math.random().toString(36).slice(2, 8);
  const { office, caseworker, topic, cleanup } = await fixtures(suffix);
  const admin = await createUser({ role: "ADMIN", totp: true, name: "Paula Plan" });
  const cutoffKey = "booking.citizenCutoffHours";
  const cutoffBefore = await db.siteSetting.findUnique({ where: { key: cutoffKey } });
  try {
    await loginWithCode(page, admin);
    await page.getByRole("link", { name: "Terminplanung" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Terminplanung" })).toBeVisible();
    const staffRow = page.getByRole("row", { name: new RegExp(`Carla Kalender ${suffix}`) });
    await expect(staffRow).toContainText("Nein – keine Arbeitszeiten");
    await expectNoAxeViolations(page);

    // Working hours: a split Tuesday. First the second period overlaps the first.
    await staffRow.getByRole("link").click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Verfügbarkeit von Carla Kalender ${suffix}` }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const first = page.getByRole("group", { name: "Zeitraum 1" });
    await first.getByLabel("Wochentag").selectOption({ label: "Dienstag" });
    await first.getByLabel("Dienststelle").selectOption({ label: office.name });
    await first.getByLabel("Von").fill("08:00");
    await first.getByLabel("Bis").fill("12:00");
    await page.getByRole("button", { name: "Weiteren Zeitraum hinzufügen" }).click();
    const second = page.getByRole("group", { name: "Zeitraum 2" });
    await second.getByLabel("Wochentag").selectOption({ label: "Dienstag" });
    await second.getByLabel("Dienststelle").selectOption({ label: office.name });
    await second.getByLabel("Von").fill("11:30");
    await second.getByLabel("Bis").fill("16:30");
    await page.getByRole("button", { name: "Arbeitszeiten speichern" }).click();
    await expect(
      second.getByText("Dieser Zeitraum überschneidet sich mit einem anderen Zeitraum"),
    ).toBeVisible();
    await expect(second.getByLabel("Von")).toHaveAttribute("aria-invalid", "true");
    await expect(second.getByLabel("Von")).toHaveValue("11:30");
    await expect(second.getByLabel("Bis")).toHaveValue("16:30");
    await expect(first.getByLabel("Von")).toHaveValue("08:00");
    expect(await db.staffWorkingHours.count({ where: { userId: caseworker.id } })).toBe(0);

    await second.getByLabel("Von").fill("13:00");
    await page.getByRole("button", { name: "Arbeitszeiten speichern" }).click();
    await expect(page.getByText("Die Arbeitszeiten wurden gespeichert.")).toBeVisible();
    const hours = await db.staffWorkingHours.findMany({
      where: { userId: caseworker.id },
      orderBy: { startsAt: "asc" },
      select: { weekday: true, officeId: true, startsAt: true, endsAt: true },
    });
    expect(hours).toEqual([
      { weekday: 2, officeId: office.id, startsAt: "08:00", endsAt: "12:00" },
      { weekday: 2, officeId: office.id, startsAt: "13:00", endsAt: "16:30" },
    ]);
    // Outside the (empty) opening hours of the new office: phone and video only.
    await expect(page.getByText("außerhalb der Öffnungszeiten der Dienststelle")).toBeVisible();

    // An absence over a Tuesday with a booked appointment: the appointment is
    // listed (not cancelled) with a link to it.
    const tuesday = nextWeekday(2, 14);
    const booked = await createAppointment(db, {
      staffId: caseworker.id,
      officeId: office.id,
      startsAt: fromBerlin(tuesday, "09:00"),
    });
    await page.reload();
    await page.getByLabel("Art der Abwesenheit").selectOption({ label: "Urlaub" });
    await page.getByLabel("Erster Tag").fill(german(tuesday));
    await page.getByLabel("Letzter Tag").fill(german(addDays(tuesday, 3)));
    await page.getByRole("button", { name: "Abwesenheit eintragen" }).click();
    await expect(page.getByText("Die Abwesenheit wurde eingetragen.")).toBeVisible();
    const absence = await db.staffAbsence.findFirstOrThrow({ where: { userId: caseworker.id } });
    expect(absence.kind).toBe("HOLIDAY");
    expect(absence.startsAt).toEqual(fromBerlin(tuesday, "00:00"));
    expect(absence.endsAt).toEqual(fromBerlin(addDays(tuesday, 4), "00:00"));
    await expect(
      page.getByRole("heading", { name: "1 gebuchter Termin passt nicht mehr" }),
    ).toBeVisible();
    await expect(page.locator(`a[href="/de/staff/appointments/${booked.id}"]`)).toBeVisible();
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe(
      "BOOKED",
    );

    // Bookable for a topic, in Turkish and Farsi, with an own video room.
    await page.getByRole("checkbox", { name: new RegExp(topic.key) }).check();
    await page.getByRole("checkbox", { name: "Türkçe" }).check();
    await page.getByLabel("Weitere Sprachen").fill("fa");
    await page.getByLabel("Eigener Videoraum").fill("https://video.musterstadt.example/raum/test");
    await page.getByRole("button", { name: "Themen, Sprachen und Videoraum speichern" }).click();
    await expect(
      page.getByText("Themen, Sprachen und Videoraum wurden gespeichert."),
    ).toBeVisible();
    expect(
      await db.staffTopic.count({ where: { staffId: caseworker.id, topicId: topic.id } }),
    ).toBe(1);
    const languages = await db.staffLanguage.findMany({
      where: { userId: caseworker.id },
      orderBy: { language: "asc" },
    });
    expect(languages.map((l) => l.language)).toEqual(["fa", "tr"]);
    await expect(page.getByRole("checkbox", { name: new RegExp(topic.key) })).toBeChecked();
    const history = await db.contentRevision.count({
      where: { entityType: "StaffSchedule", entityId: caseworker.id, changedById: admin.id },
    });
    expect(history).toBe(3);
    await expectNoAxeViolations(page);

    // The same page in Arabic (right to left).
    await page.goto(`/ar/staff/scheduling/staff/${caseworker.id}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectNoAxeViolations(page);

    // An office closure; the NRW holidays are listed for information.
    await page.goto("/de/staff/scheduling/closures");
    await expect(page.getByText("Karfreitag").first()).toBeVisible();
    await expectNoAxeViolations(page);
    const closureDay = addDays(berlinDate(new Date()), 30);
    await page.getByLabel("Dienststelle").selectOption({ label: office.name });
    await page.getByLabel("Erster geschlossener Tag").fill(german(closureDay));
    await page.getByLabel("Grund").fill("Betriebsausflug");
    await page.getByRole("button", { name: "Schließtag eintragen" }).click();
    await expect(page.getByText("Der Schließtag wurde eingetragen.")).toBeVisible();
    const closure = await db.officeClosure.findFirstOrThrow({ where: { officeId: office.id } });
    expect(closure.startsOn.toISOString()).toBe(`${closureDay}T00:00:00.000Z`);
    expect(closure.endsOn.toISOString()).toBe(`${closureDay}T00:00:00.000Z`);
    await expect(page.getByRole("row", { name: new RegExp(office.name) })).toContainText(
      "Betriebsausflug",
    );
    await expectNoAxeViolations(page);

    // Booking settings, by keyboard only: Tab to the field, type, Enter.
    await page.goto("/de/staff/scheduling/settings");
    await expectNoAxeViolations(page);
    const cutoff = page.getByLabel("Online verlegen oder absagen bis so viele Stunden vor Beginn");
    const current = await cutoff.inputValue();
    const next = current === "24" ? "23" : "24";
    await tabTo(page, cutoff);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("abc");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Bitte geben Sie eine ganze Zahl ein.")).toBeVisible();
    await expect(cutoff).toHaveValue("abc");
    await tabTo(page, cutoff);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(next);
    await page.keyboard.press("Enter");
    await expect(page.getByText("Die Einstellungen wurden gespeichert.")).toBeVisible();
    expect((await db.siteSetting.findUniqueOrThrow({ where: { key: cutoffKey } })).value).toBe(
      next,
    );
  } finally {
    // The cutoff is global: put it back at once for the other journeys.
    if (cutoffBefore)
      await db.siteSetting.update({
        where: { key: cutoffKey },
        data: { value: cutoffBefore.value },
      });
    else await db.siteSetting.deleteMany({ where: { key: cutoffKey } });
    await cleanup();
  }
});

test("working-hour rows are added and removed without JavaScript", async ({
  browser,
  clientIp,
}) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const { office, caseworker, cleanup } = await fixtures(suffix);
  const admin = await createUser({ role: "ADMIN", totp: true, name: "Otto Ohneskript" });
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": clientIp },
  });
  const page = await context.newPage();
  try {
    await loginWithCode(page, admin);
    await page.goto(`/de/staff/scheduling/staff/${caseworker.id}`);
    await page.getByRole("button", { name: "Weiteren Zeitraum hinzufügen" }).click();
    await page.getByRole("button", { name: "Weiteren Zeitraum hinzufügen" }).click();
    await expect(page.getByRole("group", { name: /^Zeitraum \d$/ })).toHaveCount(3);
    await page.getByRole("button", { name: "Zeitraum 3 entfernen" }).click();
    await expect(page.getByRole("group", { name: /^Zeitraum \d$/ })).toHaveCount(2);
    const rows: [string, string, string][] = [
      ["Donnerstag", "08:00", "12:00"],
      ["Donnerstag", "12:30", "18:00"],
    ];
    for (const [i, [day, from, to]] of rows.entries()) {
      const group = page.getByRole("group", { name: `Zeitraum ${i + 1}` });
      await group.getByLabel("Wochentag").selectOption({ label: day });
      await group.getByLabel("Dienststelle").selectOption({ label: office.name });
      await group.getByLabel("Von").fill(from);
      await group.getByLabel("Bis").fill(to);
    }
    // A time off the 5-minute grid is refused by the server, the rows stay.
    await page.getByRole("group", { name: "Zeitraum 2" }).getByLabel("Bis").fill("18:02");
    await page.getByRole("button", { name: "Arbeitszeiten speichern" }).click();
    await expect(
      page.getByText("Bitte geben Sie eine Uhrzeit im 5-Minuten-Raster ein"),
    ).toBeVisible();
    await expect(page.getByRole("group", { name: "Zeitraum 2" }).getByLabel("Von")).toHaveValue(
      "12:30",
    );
    await page.getByRole("group", { name: "Zeitraum 2" }).getByLabel("Bis").fill("18:00");
    await page.getByRole("button", { name: "Arbeitszeiten speichern" }).click();
    await expect(page.getByText("Die Arbeitszeiten wurden gespeichert.")).toBeVisible();
    expect(await db.staffWorkingHours.count({ where: { userId: caseworker.id, weekday: 4 } })).toBe(
      2,
    );
  } finally {
    await context.close();
    await cleanup();
  }
});

test("a team lead manages the own team only, and no agency-wide settings", async ({ page }) => {
  const team = await db.team.findFirstOrThrow();
  const other = await createUser({ role: "CASEWORKER", name: "Außerhalb Team" });
  const lead = await createUser({
    role: "TEAM_LEAD",
    totp: true,
    teamId: team.id,
    name: "Lea Leitung",
  });
  const member = await createUser({ role: "CASEWORKER", teamId: team.id, name: "Tom Teamkollege" });
  await loginWithCode(page, lead);
  await page.goto("/de/staff/scheduling");
  await expect(page.getByRole("row", { name: /Tom Teamkollege/ }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: /Außerhalb Team/ })).toHaveCount(0);
  expect((await page.goto(`/de/staff/scheduling/staff/${member.id}`))?.status()).toBe(200);
  expect((await page.goto(`/de/staff/scheduling/staff/${other.id}`))?.status()).toBe(403);
  expect((await page.goto("/de/staff/scheduling/settings"))?.status()).toBe(403);
});
