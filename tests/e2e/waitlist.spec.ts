// The waitlist as a person uses it: join when nothing fits (no JavaScript on
// citizen pages), get the offer mail when a booked time is cancelled, open the
// private link and accept. Each test makes its own office and staff member
// for a seeded topic, with working hours on one weekday morning far ahead, so
// its entries never match times other tests free and other tests rarely see it.
import type { Page } from "@playwright/test";
import { cancelAppointment } from "../../app/domain/booking/change.server";
import { offerFreedTime } from "../../app/domain/booking/waitlist.server";
import {
  addDays,
  berlinDate,
  fromBerlin,
  isoWeekday,
} from "../../app/domain/scheduling/berlin-time";
import { isNrwHoliday } from "../../app/domain/scheduling/holidays";
import { createAppointment } from "../factories/appointments";
import { createOffice, createOrganization } from "../factories/directory";
import {
  expect,
  expectNoAxeViolations,
  linkIn,
  test,
  uniqueEmail,
  waitForMail,
} from "../support/e2e";
import { db } from "../support/users";

const TOPIC = "housing";
/** The join form refuses submissions faster than a person could fill it in. */
const MIN_FILL_MS = 3_000;

/** Mails queued by this test process go straight to the test SMTP sink. */
process.env.SMTP_URL ??= `smtp://127.0.0.1:${process.env.SMTP_PORT ?? "2525"}`;

async function world() {
  const topic = await db.bookingTopic.findUniqueOrThrow({ where: { key: TOPIC } });
  const organization = await createOrganization(db, "AGENCY");
  const office = await createOffice(db, organization.id);
  let day = addDays(berlinDate(new Date()), 20);
  while (isoWeekday(day) > 5 || isNrwHoliday(day)) day = addDays(day, 1);
  const staff = await db.user.create({
    data: {
      email: uniqueEmail("waitlist-staff"),
      name: "Warteliste Fallmanagerin",
      role: "CASEWORKER",
      bookingTopics: { create: { topicId: topic.id } },
      languages: { create: { language: "de" } },
      workingHours: {
        create: {
          officeId: office.id,
          weekday: isoWeekday(day),
          startsAt: "10:00",
          endsAt: "11:00",
        },
      },
    },
  });
  return { topic, office, staff, startsAt: fromBerlin(day, "10:00") };
}

/** Waits until the join form has been open long enough to be accepted. */
async function pastMinimumFillTime(page: Page, openedAt: number) {
  const wait = openedAt + MIN_FILL_MS + 300 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
}

test("join the waitlist, get the offer of a cancelled time by mail and accept it", async ({
  page,
}) => {
  const { topic, office, staff, startsAt } = await world();
  const booked = await createAppointment(db, {
    staffId: staff.id,
    officeId: office.id,
    startsAt,
    minutes: topic.durationMinutes,
    bufferMinutes: topic.bufferMinutes,
    topicId: topic.id,
    topicLabel: TOPIC,
    citizenEmail: uniqueEmail("booked-before"),
  });
  const email = uniqueEmail("waitlist");

  await page.goto(`/de/book/${TOPIC}/waitlist?office=${office.id}&channel=IN_PERSON`);
  const openedAt = Date.now();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auf die Warteliste");
  await expect(page.getByLabel("Ort", { exact: true })).toHaveValue(office.id);
  await expect(page.getByLabel("Art des Gesprächs", { exact: true })).toHaveValue("IN_PERSON");
  await page.getByLabel("Ihr Name").fill("Amira Warteliste");
  await page.getByLabel("Ihre E-Mail-Adresse").fill(email);
  await page.getByLabel(/Ich bin einverstanden/).check();
  await pastMinimumFillTime(page, openedAt);
  await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Bitte sehen Sie in Ihr E-Mail-Postfach",
  );
  const joinedMail = await waitForMail(email, /Warteliste/);
  expect(joinedMail.text).toContain("Wohnen und Miete");

  // Someone cancels the booked time; the route that cancels offers it to the waitlist.
  const cancelled = await cancelAppointment(booked.id);
  expect(cancelled.ok).toBe(true);
  const offerId = await offerFreedTime({
    staffId: staff.id,
    officeId: office.id,
    channel: "IN_PERSON",
    startsAt,
    topicId: topic.id,
  });
  expect(offerId).not.toBeNull();

  const offerMail = await waitForMail(email, /früherer Termin/, { timeoutMs: 30_000 });
  expect(offerMail.language).toBe("de");
  await page.goto(new URL(linkIn(offerMail)).pathname);
  const offer = page.getByRole("region", { name: "Ein Termin ist für Sie frei" });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText("10:00");
  await expect(offer).toContainText(office.name);
  await expectNoAxeViolations(page);

  await offer.getByRole("button", { name: "Termin annehmen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Termin ist gebucht");
  await expect(
    page.getByRole("link", { name: "Termin ansehen, verschieben oder absagen" }),
  ).toHaveAttribute("href", /^\/de\/appointments\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("button", { name: "Termin annehmen" })).toHaveCount(0);
  const appointment = await db.appointment.findFirstOrThrow({
    where: { staffId: staff.id, startsAt, status: { not: "CANCELLED" } },
  });
  expect(appointment).toMatchObject({ status: "BOOKED", citizenEmail: email });
  const entry = await db.waitlistEntry.findFirstOrThrow({ where: { email } });
  expect(entry.status).toBe("BOOKED");
});

for (const lng of ["de", "ar"]) {
  test(`the join page has no axe violations (${lng})`, async ({ page }) => {
    await page.goto(`/${lng}/book/${TOPIC}/waitlist`);
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    await expectNoAxeViolations(page);
    // With the messages of an empty submission, too.
    await page.locator('form[method="post"] button[type="submit"]').click();
    await expect(page.locator(".kern-error").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the join form can be filled in and sent with the keyboard alone", async ({ page }) => {
  const { office } = await world();
  const email = uniqueEmail("waitlist-keyboard");
  await page.goto(`/de/book/${TOPIC}/waitlist?office=${office.id}`);
  const openedAt = Date.now();

  /** Presses Tab until the element matching `selector` has the focus. */
  async function tabTo(selector: string) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`${selector} never got the keyboard focus`);
  }
  await tabTo('input[name="name"]');
  await page.keyboard.type("Kim Tastatur");
  await tabTo('input[name="email"]');
  await page.keyboard.type(email);
  await tabTo('input[name="consent"]');
  await page.keyboard.press("Space");
  await expect(page.locator('input[name="consent"]')).toBeChecked();
  await tabTo('form[method="post"] button[type="submit"]');
  await pastMinimumFillTime(page, openedAt);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Bitte sehen Sie in Ihr E-Mail-Postfach",
  );
  const entry = await db.waitlistEntry.findFirstOrThrow({ where: { email } });
  expect(entry).toMatchObject({ officeId: office.id, status: "WAITING", name: "Kim Tastatur" });
});
