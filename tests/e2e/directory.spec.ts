import { expect, expectNoAxeViolations, test } from "../support/e2e";
import { db } from "../support/users";

test("find debt counselling by life situation (German)", async ({ page }) => {
  await page.goto("/de");
  await page.getByRole("link", { name: "Ich habe Schulden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ich habe Schulden");
  await page.getByRole("link", { name: "Schuldner- und Insolvenzberatung" }).click();
  await expect(page).toHaveURL(/\/de\/services\/schuldnerberatung$/);
  await expect(
    page.getByRole("heading", { name: "Diese Unterlagen bringen Sie mit" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("find debt counselling by life situation in Turkish, and the page is Turkish", async ({
  page,
}) => {
  await page.goto("/tr/help");
  await page.locator(`a[href="/tr/help/situations/debts"]`).click();
  await page.getByRole("link", { name: "Borç ve iflas danışmanlığı" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Borç ve iflas danışmanlığı");
  await expectNoAxeViolations(page);
});

test("a service page in Arabic is right-to-left, marks German names and passes axe", async ({
  page,
}) => {
  await page.goto("/ar/services/wohngeld");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // Office names and addresses are German text inside Arabic: marked and isolated.
  const office = page.locator('.service-page [lang="de"][dir="ltr"]').first();
  await expect(office).toBeVisible();
  await expectNoAxeViolations(page);
});

test("Bürgergeld says to apply now, before any appointment", async ({ page }) => {
  await page.goto("/de/services/buergergeld");
  const box = page.getByRole("region", { name: "Stellen Sie den Antrag jetzt" });
  await expect(box).toBeVisible();
  await expect(box.getByRole("link").first()).toBeVisible();
  // It comes before the description.
  const order = await page.evaluate(() => {
    const apply = document.getElementById("apply-now-heading")!;
    const desc = document.getElementById("description-heading")!;
    return apply.compareDocumentPosition(desc) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test("an emergency shows same-day contacts and walk-in hours first", async ({ page }) => {
  await page.goto("/de/services/notunterkunft");
  const box = page.getByRole("region", { name: "Sofort Hilfe – auch heute" });
  await expect(box).toBeVisible();
  await expect(box.locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(page.locator("#book-heading")).toBeVisible();
  const before = await page.evaluate(() => {
    const urgent = document.getElementById("emergency-heading")!;
    const book = document.getElementById("book-heading")!;
    const desc = document.getElementById("description-heading")!;
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return follows(urgent, desc) && follows(urgent, book);
  });
  expect(before).toBe(true);
});

test("open a service and print or save its checklist", async ({ page }) => {
  await page.goto("/de/services/wohngeld");
  await page
    .getByLabel(/Mietvertrag/)
    .first()
    .check();
  await page.getByRole("link", { name: "Checkliste zum Ausdrucken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Checkliste");
  const items = page.locator(".checklist li");
  // The page streams: wait for the list rather than counting what has arrived.
  await expect.poll(() => items.count()).toBeGreaterThan(2);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(items.first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(page);

  const res = await page.request.get("/de/services/wohngeld/checklist.txt");
  expect(res.headers()["content-disposition"]).toContain("attachment");
  const text = await res.text();
  expect(text).toContain("[ ]");
  expect(text).toContain("Mietvertrag");
});

test("every service page carries schema.org GovernmentService data", async ({ page }) => {
  await page.goto("/en/services/kinderzuschlag");
  const json = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  );
  expect(json["@type"]).toBe("GovernmentService");
  expect(json.inLanguage).toBe("en");
  expect(json.provider.name).toBeTruthy();
  expect(json.availableChannel.length).toBeGreaterThan(0);
});

test("a new service not yet translated shows the German text marked as such", async ({ page }) => {
  const slug = `test-hilfe-${Date.now()}`;
  const org = await db.organization.findFirstOrThrow({ where: { kind: "AGENCY" } });
  await db.service.create({
    data: {
      slug,
      hsdsId: crypto.randomUUID(),
      status: "PUBLISHED",
      legalBasis: "§ 1 Testgesetz",
      responsibleOrganizationId: org.id,
      translations: {
        create: {
          locale: "de",
          title: "Testhilfe Nachbarschaft",
          summary: "Kurze Hilfe für Nachbarn.",
          description: "Nur auf Deutsch beschrieben.",
        },
      },
    },
  });
  await db.siteSetting.upsert({
    where: { key: "directory.version" },
    create: { key: "directory.version", value: slug },
    update: { value: slug },
  });
  await page.goto(`/uk/services/${slug}`);
  await expect(page.getByRole("heading", { level: 1 }).locator('[lang="de"]')).toHaveText(
    "Testhilfe Nachbarschaft",
  );
  await expect(page.locator('.rich-text[lang="de"]')).toContainText("Nur auf Deutsch beschrieben.");
  await expect(page.getByRole("note")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the Leichte Sprache version of a service is German, from every language", async ({
  page,
}) => {
  await page.goto("/ar/services/wohngeld");
  await page.locator('a[href="/ar/services/wohngeld/easy-language"]').click();
  await expect(page.locator('.easy-language__text[lang="de"]')).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const lng of ["de", "ar"]) {
  test(`directory overview pages pass axe (${lng})`, async ({ page }) => {
    for (const path of ["/help", "/help/categories/housing", "/help/situations/lost-job"]) {
      await page.goto(`/${lng}${path}`);
      await expectNoAxeViolations(page);
    }
  });
}
