// The back office's appointments: the front desk books for someone without
// e-mail, checks people in by their reference (what a USB QR scanner types),
// marks no-shows and cancels with a reason; the caseworker sees their day and
// the preparation answers, which the front desk never sees.
import type { Page } from "@playwright/test";
import { berlinDate } from "../../app/domain/scheduling/berlin-time";
import { createAppointment } from "../factories/appointments";
import { createOffice } from "../factories/directory";
import { expect, expectNoAxeViolations, test, totpCode, uniqueEmail } from "../support/e2e";
import { createUser, db, PASSWORD } from "../support/users";

async function loginWithCode(page: Page, user: { email: string; totpSecret: string | null }) {
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Anmeldung bestätigen" })).toBeVisible();
  await page
    .getByLabel("Code aus der App oder Wiederherstellungscode")
    .fill(totpCode(user.totpSecret!));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);
}

const suffix = () => Math.random().toString(36).slice(2, 7);
/** The current 5-minute cell start (appointments lie on the 5-minute grid). */
const cellNow = () => new Date(Math.floor(Date.now() / 300_000) * 300_000);
const MINUTE = 60_000;

/**
 * An office of the agency of its own and a caseworker who can be booked there
 * by phone for first consultations around the clock, with three appointments:
 * one now (arriving, with reason and preparation answers), one three hours
 * ago, one in two days (with an e-mail address).
 */
async function world() {
  const org = await db.organization.findFirstOrThrow({ where: { kind: "AGENCY" } });
  const office = await createOffice(db, org.id);
  const topic = await db.bookingTopic.findUniqueOrThrow({ where: { key: "first-consultation" } });
  const caseworker = await createUser({ role: "CASEWORKER", totp: true, name: "Frau Kalender" });
  await db.staffTopic.create({ data: { staffId: caseworker.id, topicId: topic.id } });
  await db.staffWorkingHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      userId: caseworker.id,
      officeId: office.id,
      weekday,
      startsAt: "00:00",
      endsAt: "24:00",
    })),
  });
  const base = {
    staffId: caseworker.id,
    officeId: office.id,
    topicId: topic.id,
    topicLabel: "first-consultation",
    minutes: 30,
  };
  const arriving = await createAppointment(db, {
    ...base,
    startsAt: cellNow(),
    citizenName: `Fatima Ankunft ${suffix()}`,
  });
  await db.appointment.update({
    where: { id: arriving.id },
    data: {
      reason: "Mietschulden beim Vermieter",
      documents: JSON.stringify([{ title: "Mietvertrag" }, { title: "Kontoauszüge" }]),
      preparationTopics: "Ratenzahlung mit dem Vermieter besprechen",
      preparationReady: JSON.stringify(["Mietvertrag"]),
      preparedAt: new Date(),
      interpreterNeeded: true,
      locale: "ar",
    },
  });
  const past = await createAppointment(db, {
    ...base,
    startsAt: new Date(cellNow().getTime() - 180 * MINUTE),
    citizenName: `Paul Vergangen ${suffix()}`,
  });
  const email = uniqueEmail("absage");
  const later = await createAppointment(db, {
    ...base,
    startsAt: new Date(cellNow().getTime() + 2 * 24 * 60 * MINUTE),
    citizenName: `Lena Später ${suffix()}`,
    citizenEmail: email,
  });
  return { office, caseworker, arriving, past, later, email };
}

function deskUrl(officeId: string, at: Date, lang = "de") {
  return `/${lang}/staff/appointments?office=${officeId}&date=${berlinDate(at)}`;
}

test("the front desk books for a person without e-mail and sees the reference", async ({
  page,
}) => {
  const { office } = await world();
  const desk = await createUser({ role: "FRONT_DESK", totp: true, name: "Herr Empfang" });
  await loginWithCode(page, desk);
  await page.goto("/de/staff/appointments");
  await page.getByRole("link", { name: "Termin für eine Person buchen" }).click();

  await page.getByLabel("Anliegen", { exact: true }).selectOption("first-consultation");
  await page.getByRole("button", { name: "Freie Zeiten anzeigen" }).click();
  await page.getByLabel("Dienststelle", { exact: true }).selectOption(office.id);
  await page.getByLabel("Weg", { exact: true }).selectOption("PHONE");
  await page.getByRole("button", { name: "Freie Zeiten aktualisieren" }).click();
  await expect(page.getByText("Die nächsten freien Zeiten in:")).toContainText(office.name);

  const name = `Klaus Ohnemail ${suffix()}`;
  await page.locator('input[name="slot"]').first().check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Telefonnummer").fill("0221 555 0101");
  await page.getByLabel("Worum es gehen soll").fill("Fragen zum Antrag");
  await page.getByRole("button", { name: "Termin buchen" }).click();

  await expect(page.getByText("Der Termin ist gebucht.")).toBeVisible();
  const booked = await db.appointment.findFirstOrThrow({ where: { citizenName: name } });
  expect(booked).toMatchObject({ status: "BOOKED", citizenEmail: null, officeId: office.id });
  await expect(page.getByText("Buchungsnummer für die Person:")).toContainText(booked.reference);
  // The front desk's view: the reason it typed is for the caseworker only.
  await expect(page.locator("main")).not.toContainText("Fragen zum Antrag");
});

test("the front desk checks in by keyboard (scanner), marks a no-show, and never sees the reason", async ({
  page,
}) => {
  const { office, arriving, past } = await world();
  const desk = await createUser({ role: "FRONT_DESK", totp: true, name: "Frau Empfang" });
  await loginWithCode(page, desk);
  await page.goto(deskUrl(office.id, arriving.startsAt));
  await expect(page.getByRole("heading", { name: "Empfang: Termine des Tages" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The field holds the focus; the scanner types the code and presses Enter.
  const field = page.getByLabel("Buchungsnummer", { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(arriving.reference.replace("-", "").toLowerCase());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(`${arriving.citizenName} ist angemeldet`);
  const row = page.getByRole("row", { name: new RegExp(arriving.citizenName) });
  await expect(row).toContainText("Angemeldet");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("");
  expect(
    (await db.appointment.findUniqueOrThrow({ where: { id: arriving.id } })).checkedInAt,
  ).not.toBeNull();

  // The same code again: told, not an error page.
  await page.keyboard.type(arriving.reference);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Die Person ist für diesen Termin schon angemeldet.")).toBeVisible();

  // The desk's detail page has no reason and no preparation answers.
  await row.getByRole("link", { name: /Einzelheiten/ }).click();
  await expect(page.getByRole("heading", { name: new RegExp(arriving.reference) })).toBeVisible();
  await expect(page.locator("main")).toContainText(arriving.citizenName);
  await expect(page.locator("main")).not.toContainText("Mietschulden");
  await expect(page.locator("main")).not.toContainText("Ratenzahlung");

  // A past appointment nobody came to.
  await page.goto(deskUrl(office.id, past.startsAt));
  const pastRow = page.getByRole("row", { name: new RegExp(past.citizenName) });
  await pastRow.getByRole("button", { name: /^Nicht erschienen/ }).click();
  await expect(page.getByRole("status")).toContainText("als nicht erschienen vermerkt");
  await expect(pastRow).toContainText("Nicht erschienen");
  await expect(pastRow.getByRole("button")).toHaveCount(0);
  expect((await db.appointment.findUniqueOrThrow({ where: { id: past.id } })).status).toBe(
    "NO_SHOW",
  );

  await page.goto(deskUrl(office.id, arriving.startsAt, "ar"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(page);
});

test("staff cancel with a reason the citizen is told by mail", async ({ page }) => {
  const { later, email } = await world();
  const desk = await createUser({ role: "FRONT_DESK", totp: true });
  await loginWithCode(page, desk);
  await page.goto(`/de/staff/appointments/${later.id}`);
  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expect(
    page.getByText("Bitte geben Sie einen Grund an. Er wird der Person mitgeteilt.").first(),
  ).toBeVisible();
  await page.getByLabel("Grund der Absage").fill("Die Beraterin ist leider erkrankt.");
  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expect(page.getByText("Der Termin ist abgesagt.")).toBeVisible();
  const row = await db.appointment.findUniqueOrThrow({ where: { id: later.id } });
  expect(row).toMatchObject({
    status: "CANCELLED",
    cancelledByStaff: true,
    cancelReason: "Die Beraterin ist leider erkrankt.",
  });
  await expect.poll(() => db.outboxMail.count({ where: { to: email } })).toBe(1);
});

test("the caseworker sees their day and the preparation answers", async ({ page }) => {
  const { caseworker, arriving } = await world();
  await loginWithCode(page, caseworker);
  await page.getByRole("link", { name: "Termine", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Mein Kalender" })).toBeVisible();
  await page.goto(`/de/staff/appointments/calendar?view=day&date=${berlinDate(arriving.startsAt)}`);
  const row = page.getByRole("row", { name: new RegExp(arriving.citizenName) });
  await expect(row).toContainText("Fragebogen ausgefüllt");
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: arriving.citizenName }).click();
  await expect(page.getByText("Ratenzahlung mit dem Vermieter besprechen")).toBeVisible();
  await expect(page.getByText("Mietschulden beim Vermieter")).toBeVisible();
  await expect(page.getByText(/Mietvertrag.*liegt laut Person bereit/)).toBeVisible();
  // The read of case content is in the audit log.
  expect(
    await db.auditLog.count({
      where: { actorId: caseworker.id, action: "appointment.read", entityId: arriving.id },
    }),
  ).toBeGreaterThan(0);

  await page.goto(
    `/ar/staff/appointments/calendar?view=week&date=${berlinDate(arriving.startsAt)}`,
  );
  await expect(page.getByRole("row", { name: new RegExp(arriving.citizenName) })).toBeVisible();
  await expectNoAxeViolations(page);
});
