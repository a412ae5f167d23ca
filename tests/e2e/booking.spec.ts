// Booking a consultation as a citizen, in a real browser against the
// production build: from a service page without an account (confirm by the
// mailed link, calendar file, move, cancel), with an account, from the help
// finder, and the race for one time that the second person loses gracefully.
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import {
  expect,
  expectNoAxeViolations,
  linkIn,
  test,
  uniqueEmail,
  waitForMail,
  type ReceivedMail,
} from "../support/e2e";
import { createBookableTopic } from "../factories/booking";
import { createUser, db, PASSWORD } from "../support/users";

/** A topic with its own office and staff (see tests/factories/booking.ts). */
function ownTopic(staff = 1) {
  return createBookableTopic(db, () => createUser({ role: "CASEWORKER" }), { staff });
}

/** The booking form refuses what is sent back faster than a person could (3 s). */
const PERSON_SECONDS = 3_200;

function calendarOf(mail: ReceivedMail) {
  const part = mail.attachments.find((a) => a.mimeType.startsWith("text/calendar"));
  if (!part) throw new Error(`No calendar in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    tzid: calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
    summary: String(event.getFirstPropertyValue("summary")),
  };
}

async function fillDetails(page: Page, name: string, email: string | null, reason: string) {
  await page.getByLabel("Ihr Name").fill(name);
  if (email) await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Ihr Anliegen in wenigen Worten").fill(reason);
}

test("a person without an account books from a service page, confirms by mail, moves and cancels", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("booking-guest");
  await page.goto("/de/services/wohngeld");
  await page.getByRole("link", { name: "Beratungstermin zu dieser Hilfe buchen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wohnen und Miete");
  await expect(page.locator(".slot-link").first()).toBeVisible();
  await expectNoAxeViolations(page);
  // Booking goes on with a topic of this test's own, about the same service
  // (parallel tests book the seeded topics' staff too).
  const own = await ownTopic();
  await page.goto(`/de/book/${own.topicKey}?service=wohngeld`);

  // Phone, some days ahead (beyond the 24-hour cutoff for changes online).
  await page.getByLabel("Am Telefon (wir rufen Sie an)").check();
  await page.getByRole("button", { name: "Freie Termine anzeigen" }).click();
  await page.getByRole("link", { name: "Spätere Tage" }).click();
  await page.locator(".slot-link").nth(2).click();
  await expect(page.getByRole("heading", { name: "Ihre Angaben" })).toBeVisible();

  // Sent back at once: refused as too fast, nothing typed is lost.
  await fillDetails(page, "Olga Schmidt", email, "Ich kann die Miete nicht mehr zahlen.");
  await page.getByRole("button", { name: "Weiter zur Übersicht" }).click();
  await expect(page.getByText("Das ging sehr schnell.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByLabel("Ihr Name")).toHaveValue("Olga Schmidt");
  await expect(page.getByLabel("Ihr Anliegen in wenigen Worten")).toHaveValue(
    "Ich kann die Miete nicht mehr zahlen.",
  );
  await page.waitForTimeout(PERSON_SECONDS);
  await page.getByRole("button", { name: "Weiter zur Übersicht" }).click();

  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihre Buchung" })).toBeVisible();
  // The service's own documents are listed (Wohngeld asks for the rent contract).
  await expect(page.getByText("Mietvertrag", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(
    page.getByRole("heading", { name: "Fast geschafft: Bitte bestätigen Sie Ihren Termin" }),
  ).toBeVisible();
  const held = await db.appointment.findFirstOrThrow({ where: { citizenEmail: email } });
  expect(held.status).toBe("HELD");
  expect(held.channel).toBe("PHONE");

  // The mailed link confirms it; then the confirmation with the calendar file arrives.
  const holdMail = await waitForMail(email, /Bitte bestätigen Sie Ihren Termin/);
  await page.goto(linkIn(holdMail));
  await page.getByRole("button", { name: "Termin bestätigen" }).click();
  await expect(page.getByText("Danke, Ihr Termin ist bestätigt.")).toBeVisible();
  await expect(page.getByText(held.reference).first()).toBeVisible();
  await expect(
    page.getByRole("img", { name: `QR-Code mit der Buchungsnummer ${held.reference}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const confirmed = await waitForMail(email, /Terminbestätigung/);
  const first = calendarOf(confirmed);
  expect(first.method).toBe("REQUEST");
  expect(first.tzid).toBe("Europe/Berlin");
  expect(first.uid).toBe(`${held.id}@termine.sozialagentur-musterstadt`);
  expect(first.start.getTime()).toBe(held.startsAt.getTime());
  expect(first.summary).toContain("Sozialagentur Musterstadt");

  // Preparation: shown to the caseworker later.
  await page.getByLabel("Worüber möchten Sie sprechen?").fill("Mahnung vom Vermieter");
  await page.getByRole("button", { name: "Vorbereitung speichern" }).click();
  await expect(page.getByText("Danke, Ihre Vorbereitung ist gespeichert.")).toBeVisible();
  expect(
    (await db.appointment.findUniqueOrThrow({ where: { id: held.id } })).preparationTopics,
  ).toBe("Mahnung vom Vermieter");

  // Move it: same UID, SEQUENCE 1.
  await page.getByRole("link", { name: "Termin verschieben" }).click();
  await page.getByRole("link", { name: "Spätere Tage" }).click();
  await page.locator(".slot-link").nth(5).click();
  await page.getByRole("button", { name: "Auf diese Zeit verschieben" }).click();
  await expect(page.getByText("Ihr Termin ist verschoben.")).toBeVisible();
  const moved = await db.appointment.findUniqueOrThrow({ where: { id: held.id } });
  expect(moved.startsAt.getTime()).not.toBe(held.startsAt.getTime());
  const update = calendarOf(await waitForMail(email, /Termin verschoben/));
  expect(update).toMatchObject({ method: "REQUEST", uid: first.uid, sequence: 1 });
  expect(update.start.getTime()).toBe(moved.startsAt.getTime());

  // Cancel it: METHOD:CANCEL for the same event, and the time is free again.
  await page.getByText("Termin absagen", { exact: true }).click();
  await page.getByRole("button", { name: "Ja, Termin absagen" }).click();
  await expect(page.getByText("Ihr Termin ist abgesagt.")).toBeVisible();
  const cancel = calendarOf(await waitForMail(email, /Termin abgesagt/));
  expect(cancel).toMatchObject({ method: "CANCEL", uid: first.uid, sequence: 2 });
  expect(await db.staffTimeLock.count({ where: { appointmentId: held.id } })).toBe(0);
});

test("a logged-in citizen finds the details filled in and the booking confirmed at once", async ({
  page,
}) => {
  const user = await createUser({ role: "CITIZEN", name: "Jonas Weber" });
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(/\/de\/account/);

  await page.goto("/de/book");
  await expect(page.getByRole("link", { name: "Familie und Kinder" })).toBeVisible();
  const own = await ownTopic();
  await page.goto(`/de/book/${own.topicKey}`);
  // Keyboard only: the first time is reached by tabbing and opened with Enter.
  const firstTime = page.locator(".slot-link").first();
  await firstTime.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Ihr Name")).toHaveValue("Jonas Weber");
  await expect(page.getByText(`Die Bestätigung geht an Ihre Adresse ${user.email}.`)).toBeVisible();
  await page.getByLabel("Ihr Anliegen in wenigen Worten").fill("Kinderzuschlag beantragen");
  await page.waitForTimeout(PERSON_SECONDS);
  await page.getByLabel("Ihr Anliegen in wenigen Worten").press("Tab");
  await page.getByRole("button", { name: "Weiter zur Übersicht" }).press("Enter");
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { name: "Ihr Termin ist gebucht" })).toBeVisible();
  const booked = await db.appointment.findFirstOrThrow({ where: { citizenId: user.id } });
  expect(booked).toMatchObject({ status: "BOOKED", reason: "Kinderzuschlag beantragen" });
  await waitForMail(user.email, /Terminbestätigung/);

  await page.goto("/de/account/appointments");
  const row = page.getByRole("listitem").filter({ hasText: own.office.name });
  await expect(row).toContainText("Gebucht");
  await row.getByRole("link").click();
  await expect(page.getByText(booked.reference).first()).toBeVisible();
});

test("the help finder's result carries reason and documents into booking", async ({ page }) => {
  await page.goto("/de/help-finder");
  const choose = (legend: string, option: string) =>
    page.getByRole("group", { name: legend }).getByLabel(option, { exact: true }).check();
  // A single parent with two children and low income (Wohngeld and Kinderzuschlag fit).
  await choose(
    "Leben Sie allein oder mit einer Partnerin oder einem Partner zusammen?",
    "Allein (auch allein mit Kindern)",
  );
  await page.getByLabel("Wie viele Kinder unter 25 Jahren leben in Ihrem Haushalt?").fill("2");
  await page.getByLabel("Alter von Kind 1").fill("6");
  await page.getByLabel("Alter von Kind 2").fill("10");
  await choose(
    "Was beschreibt Ihre Arbeit am besten?",
    "Ich arbeite (angestellt, Voll- oder Teilzeit)",
  );
  await choose("Wie viel Geld hat Ihr Haushalt im Monat?", "1.000 bis 1.500 €");
  await choose("Wie wohnen Sie?", "Zur Miete");
  await page
    .getByLabel("Wie hoch ist Ihre Miete im Monat, mit Heizung und Nebenkosten (warm)?")
    .fill("650");
  await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();
  const handoff = page.locator('form[action="/de/book"]');
  const reason = await handoff.locator('input[name="reason"]').inputValue();
  const firstDocument = (await handoff.locator('input[name="documents"]').inputValue()).split(
    "\n",
  )[0]!;
  expect(reason).toContain("Kinderzuschlag");
  expect(firstDocument).not.toBe("");
  await handoff
    .getByRole("button", { name: "Beratungstermin zu diesem Ergebnis vereinbaren" })
    .click();
  await expect(page.getByText("Ihr Ergebnis aus dem Hilfe-Finder ist übernommen")).toBeVisible();
  await page.locator(".slot-link").first().click();
  await expect(page.getByLabel("Ihr Anliegen in wenigen Worten")).toHaveValue(reason);
  // Nothing of it travels in the address bar.
  const firstLine = reason.split("\n")[0]!;
  for (const text of [firstLine, encodeURIComponent(firstLine), firstDocument])
    expect(page.url()).not.toContain(text);
  // The documents it named are the ones to bring.
  await page.waitForTimeout(PERSON_SECONDS);
  await page.getByLabel("Ihr Name").fill("Nina Finder");
  await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail("finder"));
  await page.getByRole("button", { name: "Weiter zur Übersicht" }).click();
  await expect(page.getByRole("region", { name: "Bitte bringen Sie mit" })).toContainText(
    firstDocument,
  );
});

test("when two people want the same time, the second is told and keeps what they typed", async ({
  browser,
}) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  // One staff member: whoever books second loses the time.
  const own = await ownTopic(1);
  for (const p of [alice, bob]) {
    await p.goto(`/de/book/${own.topicKey}?channel=VIDEO`);
    await p.locator(".slot-link").first().click();
  }
  await fillDetails(alice, "Alice Erste", uniqueEmail("race-a"), "Ausbildung");
  await fillDetails(bob, "Bob Zweiter", uniqueEmail("race-b"), "Weiterbildung");
  await alice.waitForTimeout(PERSON_SECONDS);
  for (const p of [alice, bob])
    await p.getByRole("button", { name: "Weiter zur Übersicht" }).click();
  await alice.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(alice.getByRole("heading", { name: /Fast geschafft/ })).toBeVisible();

  await bob.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(
    bob.getByText("Der gewählte Termin wurde gerade von jemand anderem gebucht."),
  ).toBeVisible();
  await expect(bob.getByRole("heading", { name: "Freie Termine" })).toBeVisible();
  await expectNoAxeViolations(bob);
  // The next free time, and everything typed is still there.
  await bob.locator(".slot-link").first().click();
  await expect(bob.getByLabel("Ihr Name")).toHaveValue("Bob Zweiter");
  await expect(bob.getByLabel("Ihr Anliegen in wenigen Worten")).toHaveValue("Weiterbildung");
});

test("the booking pages pass axe in Arabic, right to left", async ({ page }) => {
  await page.goto("/ar/book");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(page);
  await page.locator(".topic-card a").first().click();
  await expectNoAxeViolations(page);
  await page.locator(".slot-link").first().click();
  await expectNoAxeViolations(page);
});
