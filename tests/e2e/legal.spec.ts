import type { Page } from "@playwright/test";
import { expect, test, totpCode, waitForMail } from "../support/e2e";
import { createUser, db } from "../support/users";

async function loginAdmin(
  page: Page,
  admin: { email: string; password: string; totpSecret: string | null },
) {
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(admin.email);
  await page.getByLabel("Passwort").fill(admin.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page
    .getByLabel("Code aus der App oder Wiederherstellungscode")
    .fill(totpCode(admin.totpSecret!));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);
}

test("accessibility feedback reaches the administrators, by mail and in the back office", async ({
  page,
  browser,
}) => {
  const admin = await createUser({
    role: "ADMIN",
    totp: true,
    name: "Frau Feedback",
    locale: "en",
  });
  const message = `Der Kalender lässt sich nicht mit der Tastatur bedienen (${Date.now()})`;
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const p = await citizen.newPage();
  await p.goto("/ar/accessibility");
  await p.locator('textarea[name="message"]').fill(message);
  await p.locator('input[name="pageUrl"]').fill("/de/help");
  await p.locator('form[method="post"] button[type="submit"]').click();
  await expect(p.locator(".kern-alert--success")).toBeVisible();
  await citizen.close();

  const row = await db.accessibilityFeedback.findFirstOrThrow({ where: { message } });
  expect(row.locale).toBe("ar");
  const mail = await waitForMail(admin.email);
  expect(mail.language).toBe("en");
  expect(mail.text).not.toContain(message);

  await loginAdmin(page, admin);
  await page.getByRole("link", { name: "Rückmeldungen zur Barrierefreiheit" }).click();
  const item = page.locator(".feedback-list li", { hasText: message });
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: "Als gelesen markieren" }).click();
  await expect(page.locator(".feedback-list li", { hasText: message })).toContainText("gelesen");
});
