import { expect, expectNoAxeViolations, test } from "../support/e2e";

test("a misspelt German search finds debt counselling first", async ({ page }) => {
  await page.goto("/de");
  await page.getByRole("searchbox", { name: "Wonach suchen Sie?" }).fill("Schuldnerberatnug");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/\/de\/search\?q=Schuldnerberatnug/);
  await expect(page.locator(".service-list li").first()).toContainText(
    "Schuldner- und Insolvenzberatung",
  );
  await expectNoAxeViolations(page);
});

test("a compound finds its parts: Mietschulden finds debt counselling and help with rent arrears", async ({
  page,
}) => {
  await page.goto("/de/search?q=Mietschulden");
  const titles = await page.locator(".service-list h3").allTextContents();
  expect(titles.slice(0, 5).join(" | ")).toMatch(/Mietschulden/);
  expect(titles.join(" | ")).toMatch(/Schuldner/);
});

test("a Turkish search without special letters finds debt counselling, without JavaScript too", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/tr");
  await page.getByRole("searchbox").fill("borc danismanligi");
  await page.getByRole("button", { name: /Ara/ }).click();
  await expect(page.locator(".service-list li").first()).toContainText("Borç");
  await ctx.close();
});

test("Olena finds housing help in Ukrainian", async ({ page }) => {
  await page.goto("/uk/search?q=житло");
  await expect.poll(() => page.locator(".service-list li").count()).toBeGreaterThan(0);
  await expect(page.locator(".service-list")).toContainText(/житл/i);
});

test("Fatima searches debts in Arabic; the page passes axe", async ({ page }) => {
  await page.goto("/ar/search?q=ديون");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".service-list li").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("no hits suggest life situations and the front-desk phone", async ({ page }) => {
  await page.goto("/de/search?q=xqzvvw");
  await expect(
    page.getByRole("heading", { name: /haben wir leider nichts gefunden/ }),
  ).toBeVisible();
  await expect(page.locator('a[href^="/de/help/situations/"]').first()).toBeVisible();
  await expect(page.locator('main a[href^="tel:"]')).toBeVisible();
  await expectNoAxeViolations(page);
});
