import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  test,
  totpCode,
  uniqueEmail,
  waitForMail,
  linkIn,
} from "../support/e2e";
import { createAppointment } from "../factories/appointments";
import { createUser, db, PASSWORD } from "../support/users";

async function login(page: Page, email: string, password = PASSWORD) {
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

async function loginWithCode(page: Page, user: { email: string; totpSecret: string | null }) {
  await login(page, user.email);
  await expect(page.getByRole("heading", { name: "Anmeldung bestätigen" })).toBeVisible();
  await page
    .getByLabel("Code aus der App oder Wiederherstellungscode")
    .fill(totpCode(user.totpSecret!));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);
}

test("a new caseworker must set up the second factor before reaching the back office", async ({
  page,
}) => {
  const user = await createUser({ role: "CASEWORKER", name: "Erika Neu" });
  await login(page, user.email);
  await expect(page).toHaveURL(/\/de\/account\/two-factor$/);
  // The back office stays closed until the second factor is done.
  await page.goto("/de/staff");
  await expect(page).toHaveURL(/\/de\/account\/two-factor$/);
  await page.getByRole("button", { name: "Einrichtung beginnen" }).click();
  await expect(page.getByRole("img", { name: "QR-Code für die Authenticator-App" })).toBeVisible();
  const secret = (await page.locator("code").first().textContent())!.trim();
  await page.getByLabel("Code aus der App").fill("000000");
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.getByText("Der Code ist nicht richtig oder abgelaufen.")).toBeVisible();
  await page.getByLabel("Code aus der App").fill(totpCode(secret));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(
    page.getByRole("heading", { name: "Zweiter Faktor ist eingerichtet" }),
  ).toBeVisible();
  const codes = await page.locator(".recovery-codes code").allTextContents();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "Weiter zum Fachverfahren" }).click();
  await expect(page.getByRole("heading", { name: "Guten Tag, Erika Neu" })).toBeVisible();

  // Next login: a recovery code works once.
  await page.getByRole("button", { name: "Abmelden" }).click();
  await login(page, user.email);
  await page.getByLabel("Code aus der App oder Wiederherstellungscode").fill(codes[0]!);
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);
  expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(
    1,
  );
});

test("a citizen cannot open the back office", async ({ page }) => {
  const user = await createUser();
  await login(page, user.email);
  const res = await page.goto("/de/staff");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
});

test("the front desk sees appointments without the reason", async ({ page }) => {
  const desk = await createUser({ role: "FRONT_DESK", totp: true, name: "Herr Empfang" });
  // A caseworker of its own, and the appointment written as bookings are (with
  // its lock rows), so no other journey can book over it.
  const caseworker = await createUser({ role: "CASEWORKER" });
  const office = await db.office.findFirstOrThrow({ where: { organization: { kind: "AGENCY" } } });
  const start = new Date(Math.ceil((Date.now() + 2 * 3_600_000) / 300_000) * 300_000);
  const appointment = await createAppointment(db, {
    citizenName: "Fatima Haddad",
    staffId: caseworker.id,
    officeId: office.id,
    topicLabel: "consultation",
    sensitive: true,
    startsAt: start,
  });
  await db.appointment.update({
    where: { id: appointment.id },
    data: { reason: "Schulden aus einem Handyvertrag", locale: "ar", interpreterNeeded: true },
  });
  const ref = appointment.reference;
  await loginWithCode(page, desk);
  const row = page.getByRole("row", { name: new RegExp(ref) });
  await expect(row).toContainText("Fatima Haddad");
  await expect(row).toContainText("Beratungsgespräch");
  await expect(row).toContainText("Dolmetschung erbeten");
  await expect(page.locator("body")).not.toContainText("Handyvertrag");
  await expectNoAxeViolations(page);
});

test("an administrator creates a caseworker account and deactivates it, ending its sessions", async ({
  page,
  browser,
}) => {
  const admin = await createUser({ role: "ADMIN", totp: true, name: "Herr Admin" });
  await loginWithCode(page, admin);
  await page.getByRole("link", { name: "Konten" }).click();
  const email = uniqueEmail("neu");
  await page.getByLabel("Name", { exact: true }).fill("Nora Neu");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Rolle").selectOption("CASEWORKER");
  await page.getByLabel("Sprache für E-Mails").selectOption("pl");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Das Konto wurde angelegt")).toBeVisible();
  const invite = await waitForMail(email);
  expect(invite.language).toBe("pl");
  await expectNoAxeViolations(page);

  // The invited person sets a password through the link and logs in.
  const other = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.200.1." + Math.floor(Math.random() * 250 + 1) },
  });
  const p2 = await other.newPage();
  await p2.goto(linkIn(invite).replace("/pl/", "/de/"));
  await p2.getByLabel("Neues Passwort", { exact: true }).fill("Birke-Ahorn-Linde-5");
  await p2.getByLabel("Neues Passwort wiederholen").fill("Birke-Ahorn-Linde-5");
  await p2.getByRole("button", { name: "Passwort speichern" }).click();
  await login(p2, email, "Birke-Ahorn-Linde-5");
  await expect(p2).toHaveURL(/\/de\/account\/two-factor$/);

  const row = page.getByRole("row", { name: /Nora Neu/ });
  await row.getByRole("button", { name: /Deaktivieren/ }).click();
  await expect(page.getByText("Das Konto wurde deaktiviert.")).toBeVisible();
  expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  await p2.goto("/de/account/two-factor");
  await expect(p2).toHaveURL(/\/de\/login/);
  await other.close();
});
