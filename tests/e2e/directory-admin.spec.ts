// The directory back office: an administrator creates a service in German,
// publishes it, translates it, and follows which translations are missing,
// current or outdated; the history and the preview show what happened.
import type { Page } from "@playwright/test";
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

test("an administrator publishes a German service, translates it and sees translations go out of date", async ({
  page,
}) => {
  test.slow(); // a long journey with two axe scans
  const admin = await createUser({ role: "ADMIN", totp: true, name: "Vera Verzeichnis" });
  await loginWithCode(page, admin);
  await page.getByRole("link", { name: "Verzeichnis der Hilfen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Verzeichnis der Hilfen" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Create: a wrong slug is refused and what was typed stays.
  await page.getByRole("link", { name: "Neue Leistung anlegen" }).click();
  const suffix = Math.random().toString(36).slice(2, 8);
  const title = `Testhilfe ${suffix}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung").fill("Eine Leistung, die nur dieser Test kennt.");
  await page.getByLabel("Kurzname für die Internetadresse").fill("Test Hilfe");
  await page.getByLabel("Rechtsgrundlage").fill("§ 1 Testgesetz");
  await page.getByRole("button", { name: "Anlegen" }).click();
  const slugField = page.getByLabel("Kurzname für die Internetadresse");
  await expect(slugField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Bitte nur Kleinbuchstaben a–z")).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);

  await slugField.fill(`testhilfe-${suffix}`);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByText("Die Leistung wurde als Entwurf angelegt.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByText("Die Leistung ist veröffentlicht")).toBeVisible();
  const published = await db.service.findUniqueOrThrow({ where: { id } });
  expect(published.status).toBe("PUBLISHED");
  expect(published.firstPublishedAt).not.toBeNull();

  // Only German so far: every other language is missing.
  await page.goto("/de/staff/directory");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Veröffentlicht");
  await expect(row.getByRole("link", { name: "Ausgangstext – Deutsch" })).toBeVisible();
  for (const name of ["English", "Türkçe", "العربية", "Українська", "Русский", "Polski"]) {
    await expect(row.getByRole("link", { name: `fehlt – ${name}` })).toBeVisible();
  }

  // English text: the German text is shown beside it for the translator.
  await row.getByRole("link", { name: "fehlt – English" }).click();
  await expect(page.getByText("Für diese Sprache gibt es noch keine Übersetzung.")).toBeVisible();
  await expect(page.getByText("Eine Leistung, die nur dieser Test kennt.")).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(`Test help ${suffix}`);
  await page.getByLabel("Kurzbeschreibung").fill("A service only this test knows.");
  await page.getByRole("button", { name: "Texte speichern" }).click();
  await expect(page.getByText("Die Texte wurden gespeichert.")).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveAttribute("lang", "en");

  await page.goto("/de/staff/directory");
  await expect(row.getByRole("link", { name: "aktuell – English" })).toBeVisible();
  await expect(row.getByRole("link", { name: "fehlt – Türkçe" })).toBeVisible();

  // A change to the German text makes the English one outdated.
  await row.getByRole("link", { name: "Ausgangstext – Deutsch" }).click();
  await page.getByLabel(/^Beschreibung/).fill("Ein neuer deutscher Absatz.");
  await page.getByRole("button", { name: "Texte speichern" }).click();
  await expect(page.getByText("Die Texte wurden gespeichert.")).toBeVisible();
  await page.goto("/de/staff/directory");
  await expect(row.getByRole("link", { name: "veraltet – English" })).toBeVisible();
  await row.getByRole("link", { name: "veraltet – English" }).click();
  await expect(
    page.getByText("Der deutsche Text wurde nach der letzten Bearbeitung"),
  ).toBeVisible();
  await expect(page.getByText("Ein neuer deutscher Absatz.")).toBeVisible();

  // History: both text changes, by whom, in which language, with what changed.
  await page.goto(`/de/staff/directory/services/${id}/history`);
  const entries = page.getByRole("listitem").filter({ has: page.getByRole("article") });
  await expect(entries).toHaveCount(5);
  const german = entries.nth(0);
  await expect(german).toContainText("Vera Verzeichnis");
  await expect(german).toContainText("Texte: Deutsch");
  await expect(german).toContainText("Beschreibung");
  await expect(german.locator("ins")).toContainText("Ein neuer deutscher Absatz.");
  const english = entries.nth(1);
  await expect(english).toContainText("Texte: English");
  await expect(english).toContainText(`Test help ${suffix}`);
  await expect(entries.nth(2)).toContainText("Veröffentlicht");

  // Preview in English: banner, English title, German description marked as German.
  await page.goto(`/de/staff/directory/services/${id}/preview?locale=en`);
  await expect(page.getByText("Vorschau", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Test help ${suffix}`);
  await expect(
    page.locator('article [lang="de"]', { hasText: "Ein neuer deutscher Absatz." }),
  ).toBeVisible();
  // The preview speaks the previewed language: its note on German stand-ins is English.
  await expect(page.getByText("Not yet translated – German text").first()).toBeVisible();
});

test("the other directory pages of the back office pass axe", async ({ page }) => {
  test.slow();
  const admin = await createUser({ role: "ADMIN", totp: true });
  await loginWithCode(page, admin);
  const service = await db.service.findFirstOrThrow({ where: { slug: "wohngeld" } });
  const category = await db.category.findFirstOrThrow();
  const office = await db.office.findFirstOrThrow();
  const partner = await db.organization.findFirstOrThrow({ where: { kind: "PARTNER" } });
  const base = "/de/staff/directory";
  for (const path of [
    `${base}/services/${service.id}/texts/ar`,
    `${base}/services/${service.id}/preview?locale=uk`,
    `${base}/services/${service.id}/history`,
    `${base}/categories`,
    `${base}/categories/${category.id}`,
    `${base}/life-situations/new`,
    `${base}/offices`,
    `${base}/offices/${office.id}`,
    `${base}/organizations`,
    `${base}/organizations/${partner.id}`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expectNoAxeViolations(page);
  }
});

test("a caseworker cannot open the directory back office", async ({ page }) => {
  const caseworker = await createUser({ role: "CASEWORKER", totp: true });
  await loginWithCode(page, caseworker);
  const res = await page.goto("/de/staff/directory");
  expect(res?.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  // Forms are plain POSTs that work before (or without) hydration. Axe needs
  // JavaScript in the page, so it runs in the test above instead.
  test.use({ javaScriptEnabled: false });

  test("an administrator adds an office with opening hours and a closure", async ({ page }) => {
    const admin = await createUser({ role: "ADMIN", totp: true, name: "Otto Ohnejs" });
    await loginWithCode(page, admin);
    await page.goto("/de/staff/directory/offices/new");
    const name = `Servicecenter Test ${Math.random().toString(36).slice(2, 8)}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Straße und Hausnummer").fill("Teststraße 5");
    await page.getByLabel("Postleitzahl").fill("12345");
    await page.getByLabel("Ort", { exact: true }).fill("Musterstadt");
    const first = page.getByRole("group", { name: "Zeitraum 1" });
    await first.getByLabel("Wochentag").selectOption({ label: "Montag" });
    await first.getByLabel("Von").fill("8:00");
    await first.getByLabel("Bis").fill("12:00");
    await first.getByLabel("nur offene Sprechstunde ohne Termin").check();
    const second = page.getByRole("group", { name: "Zeitraum 2" });
    await second.getByLabel("Wochentag").selectOption({ label: "Dienstag" });
    await second.getByLabel("Von").fill("14:00");
    await second.getByLabel("Bis").fill("13:00");
    const closure = page.getByRole("group", { name: "Schließzeit 1" });
    await closure.getByLabel("Erster Tag").fill("24.12.2026");
    await closure.getByLabel("Grund").fill("Heiligabend");
    await page.getByRole("button", { name: "Anlegen" }).click();

    // The error is shown at the field, and everything typed is still there.
    await expect(second.getByText("Die Endzeit muss nach der Anfangszeit liegen.")).toBeVisible();
    await expect(second.getByLabel("Bis")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
    await expect(first.getByLabel("nur offene Sprechstunde ohne Termin")).toBeChecked();
    await second.getByLabel("Bis").fill("16:00");
    await page.getByRole("button", { name: "Anlegen" }).click();

    await expect(page.getByText("Die Dienststelle wurde angelegt.")).toBeVisible();
    await expect(first.getByLabel("Von")).toHaveValue("08:00");
    await expect(first.getByLabel("nur offene Sprechstunde ohne Termin")).toBeChecked();
    await expect(closure.getByLabel("Erster Tag")).toHaveValue("24.12.2026");
    const office = await db.office.findFirstOrThrow({
      where: { name },
      include: { openingHours: { orderBy: { weekday: "asc" } }, closures: true },
    });
    expect(
      office.openingHours.map((h) => [h.weekday, h.opensAt, h.closesAt, h.walkInOnly]),
    ).toEqual([
      [1, "08:00", "12:00", true],
      [2, "14:00", "16:00", false],
    ]);
    expect(office.closures[0]?.startsOn.toISOString()).toBe("2026-12-24T00:00:00.000Z");

    await page.getByRole("link", { name: "Änderungsverlauf" }).click();
    await expect(page.getByRole("heading", { name: /Otto Ohnejs/ })).toBeVisible();
    await expect(page.getByText("Montag 08:00–12:00")).toBeVisible();
  });
});
