import { expect, expectNoAxeViolations, test, totpCode } from "../support/e2e";
import { createUser } from "../support/users";

const PUBLIC_PAGES = [
  "",
  "/login",
  "/register",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/accessibility",
  "/privacy",
  "/imprint",
  "/easy-language",
  "/sign-language",
  "/no-such-page",
];

for (const lng of ["de", "ar"]) {
  test(`public pages have no axe violations (${lng})`, async ({ page }) => {
    for (const path of PUBLIC_PAGES) {
      await page.goto(`/${lng}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expectNoAxeViolations(page);
    }
  });

  test(`account and back office pages have no axe violations (${lng})`, async ({ page }) => {
    const admin = await createUser({ role: "ADMIN", totp: true, name: "Axe Admin" });
    await page.goto(`/${lng}/login`);
    await page.locator('input[name="email"]').fill(admin.email);
    await page.locator('input[name="password"]').fill(admin.password);
    await page.locator('form button[type="submit"]').last().click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/login/two-factor$`));
    await expectNoAxeViolations(page);
    await page.locator('input[name="code"]').fill(totpCode(admin.totpSecret!));
    await page.locator('form button[type="submit"]').last().click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/staff$`));
    for (const path of [
      "/staff",
      "/staff/accounts",
      "/staff/feedback",
      "/staff/settings",
      "/account",
    ]) {
      await page.goto(`/${lng}${path}`);
      await expectNoAxeViolations(page);
    }
  });
}

for (const lng of ["de", "ar"]) {
  test(`second-factor setup pages have no axe violations (${lng})`, async ({ page }) => {
    const user = await createUser({ role: "PARTNER", name: "Axe Partner" });
    await page.goto(`/${lng}/login`);
    await page.locator('input[name="email"]').fill(user.email);
    await page.locator('input[name="password"]').fill(user.password);
    await page.locator('form button[type="submit"]').last().click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/account/two-factor$`));
    await expectNoAxeViolations(page);
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator(".qr-code svg")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("keyboard: the skip link is the first stop and moves focus to the content", async ({
  page,
}) => {
  await page.goto("/de/login");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // After the skip, the next stop is inside the main landmark.
  const inMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
  expect(inMain).toBe(true);
});

test("keyboard only: a citizen logs in with Tab and Enter", async ({ page }) => {
  const user = await createUser();
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").focus();
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
});

test("the layout reflows at 320 CSS pixels without horizontal scrolling", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  for (const path of ["/de", "/ar", "/de/register", "/de/accessibility"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await ctx.close();
});
