import { expect, test } from "../support/e2e";

test("/ redirects by Accept-Language", async ({ browser }) => {
  const ctx = await browser.newContext({
    locale: "uk-UA",
    extraHTTPHeaders: { "Accept-Language": "uk-UA,uk;q=0.9,en;q=0.5" },
  });
  const page = await ctx.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/uk$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await ctx.close();
});

test("the language switcher keeps the current page, and Arabic is right-to-left", async ({
  page,
}) => {
  await page.goto("/de/forgot-password");
  await page
    .getByRole("navigation", { name: "Sprache wählen" })
    .getByRole("link", { name: "العربية" })
    .click();
  await expect(page).toHaveURL(/\/ar\/forgot-password$/);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute(
    "href",
    /app\.rtl\./,
  );
  // The layout really mirrors: the form's label starts at the right edge.
  const direction = await page.locator("main").evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe("rtl");
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute(
    "href",
    /\/de\/forgot-password$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);

  await page.getByRole("link", { name: "Türkçe" }).click();
  await expect(page).toHaveURL(/\/tr\/forgot-password$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("every language has its own start page text", async ({ page }) => {
  const titles = new Set<string>();
  for (const lng of ["de", "en", "tr", "ar", "uk", "ru", "pl"]) {
    await page.goto(`/${lng}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    titles.add((await page.locator("h1").textContent()) ?? "");
  }
  expect(titles.size).toBe(7);
});

test("unknown pages get a translated 404", async ({ page }) => {
  const de = await page.goto("/de/gibt-es-nicht");
  expect(de?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
  const ar = await page.goto("/ar/does-not-exist");
  expect(ar?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Seite nicht gefunden");
});
