import { expect, expectNoAxeViolations, test } from "../../support/e2e";

const DEMO_PASSWORD = "demo-passwort-2026";

test("demo accounts log in without a second factor and Amira sees her account in Turkish", async ({
  page,
}) => {
  await page.goto("/tr/login");
  await page.locator('input[name="email"]').fill("buerger@example.org");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/tr\/account$/);
  await expect(page.getByText("Amira Yilmaz")).toBeVisible();
});

test("the demo caseworker reaches the back office directly and sees her cases", async ({
  page,
}) => {
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill("fallmanager@example.org");
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);
  await expect(page.getByRole("heading", { name: "Ihre Fälle nach Phase" })).toBeVisible();
  await expect(page.getByText("Umsetzung")).toBeVisible();
});

test("the outbox lists mails in demo mode, with their links", async ({ page }) => {
  await page.goto("/de/forgot-password");
  await page.getByLabel("E-Mail-Adresse").fill("partner@example.org");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await page.goto("/de/outbox");
  await expect(page.getByRole("heading", { name: "Postausgang (Demo)", level: 1 })).toBeVisible();
  const first = page.locator(".outbox-list li").first();
  await expect(first).toContainText("partner@example.org");
  await expect(first).toContainText("/reset-password?token=");
  await expectNoAxeViolations(page);
});

test("the start page shows the offices of Musterstadt with opening hours", async ({ page }) => {
  await page.goto("/de");
  await expect(page.getByRole("heading", { name: /Servicecenter/ }).first()).toBeVisible();
  await expect(page.getByText("Montag").first()).toBeVisible();
});
