// Runs against the demo server (its own database), so the video setting never
// reaches the pages other journeys scan.
import { expect, test } from "../../support/e2e";

test("the sign-language page shows the city's video once an administrator adds it", async ({
  page,
  browser,
}) => {
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill("admin@example.org");
  await page.getByLabel("Passwort").fill("demo-passwort-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/de\/staff$/);

  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  await v.goto("/de/sign-language");
  await expect(v.locator("video")).toHaveCount(0);
  await expect(v.locator('a[href^="mailto:"]').first()).toBeVisible();

  await page.goto("/de/staff/settings");
  const field = page.getByLabel(/Video in Deutscher Gebärdensprache/);
  await field.fill("http://unsicher.example/video.mp4");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Die Adresse muss mit https:// beginnen.")).toBeVisible();
  await field.fill("https://video.musterstadt.example/dgs/portal.mp4");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Die Einstellungen wurden gespeichert.")).toBeVisible();

  // Public pages are cached per directory version (polled every 0.5 s); allow for a loaded machine.
  await expect(async () => {
    await v.goto("/de/sign-language");
    await expect(
      v.locator('video[src="https://video.musterstadt.example/dgs/portal.mp4"]'),
    ).toHaveCount(1);
  }).toPass({ timeout: 15_000 });

  await page.getByLabel(/Video in Deutscher Gebärdensprache/).fill("");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Die Einstellungen wurden gespeichert.")).toBeVisible();
  await expect(async () => {
    await v.goto("/de/sign-language");
    await expect(v.locator("video")).toHaveCount(0);
  }).toPass({ timeout: 15_000 });
  await visitor.close();
});
