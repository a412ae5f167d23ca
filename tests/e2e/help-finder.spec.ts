// The help finder: a skippable questionnaire whose answers never appear in a
// URL, a result with reasons, relations, documents and the hand-off form into
// booking; without JavaScript; axe in German and Arabic; saving only for
// signed-in citizens who ask for it.
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "../support/e2e";
import { createUser, db, PASSWORD } from "../support/users";

async function choose(page: Page, legend: string, option: string) {
  await page.getByRole("group", { name: legend }).getByLabel(option, { exact: true }).check();
}

/** The card of a service in one result section. */
function card(section: Locator, name: string): Locator {
  return section.getByRole("article", { name });
}

function likelySection(page: Page): Locator {
  return page.getByRole("region", { name: "Das passt wahrscheinlich" });
}

async function expectNoAnswersInUrl(page: Page) {
  expect(new URL(page.url()).search).toBe("");
}

async function singleParentWithTwoChildren(page: Page) {
  await choose(
    page,
    "Leben Sie allein oder mit einer Partnerin oder einem Partner zusammen?",
    "Allein (auch allein mit Kindern)",
  );
  await page.getByLabel("Wie viele Kinder unter 25 Jahren leben in Ihrem Haushalt?").fill("2");
  await page.getByLabel("Alter von Kind 1").fill("6");
  await page.getByLabel("Alter von Kind 2").fill("10");
  await choose(
    page,
    "Was beschreibt Ihre Arbeit am besten?",
    "Ich arbeite (angestellt, Voll- oder Teilzeit)",
  );
  await choose(page, "Wie viel Geld hat Ihr Haushalt im Monat?", "1.000 bis 1.500 €");
  await choose(page, "Wie wohnen Sie?", "Zur Miete");
  await page
    .getByLabel("Wie hoch ist Ihre Miete im Monat, mit Heizung und Nebenkosten (warm)?")
    .fill("650");
}

test("a single parent with two children and low income sees Kinderzuschlag, Wohngeld and Bildung und Teilhabe with reasons", async ({
  page,
}) => {
  await page.goto("/de/help-finder");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe-Finder");
  await expectNoAxeViolations(page);
  await singleParentWithTwoChildren(page);
  await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
  await expectNoAnswersInUrl(page);
  await expect(
    page.getByRole("heading", { name: "Orientierung, keine Entscheidung" }),
  ).toBeVisible();
  await expect(
    page.getByText(/keine Entscheidung über einen Antrag \(Art\. 22 DSGVO\)/),
  ).toBeVisible();

  const likely = likelySection(page);
  const kiz = card(likely, "Kinderzuschlag");
  await expect(kiz).toContainText("Bei Ihnen leben 2 Kinder unter 25 Jahren.");
  await expect(kiz).toContainText("1.000 bis 1.500 € im Monat");
  await expect(card(likely, "Wohngeld")).toContainText("Sie wohnen zur Miete");
  await expect(card(likely, "Bildung und Teilhabe")).toContainText("Wohngeld und Kinderzuschlag");
  // Each links to its service page.
  await expect(kiz.getByRole("link", { name: "Kinderzuschlag" })).toHaveAttribute(
    "href",
    "/de/services/kinderzuschlag",
  );
  // How they relate, and why Bürgergeld is not the first choice.
  await expect(
    page.getByRole("region", { name: "Wie die Leistungen zusammenhängen" }),
  ).toContainText("Wohngeld und Kinderzuschlag können Sie zusammen bekommen");
  await expect(
    card(page.getByRole("region", { name: "Passt eher nicht – und warum" }), "Bürgergeld"),
  ).toContainText("Diese Leistungen gehen vor");
  // Documents of the fitting services, from the directory.
  await expect(
    page.getByRole("region", { name: "Diese Unterlagen sollten Sie mitbringen" }),
  ).toContainText("Mietvertrag");

  // The hand-off into booking: a POST form to /de/book with the result's fields.
  const book = page.locator('form[action="/de/book"]');
  await expect(book).toHaveAttribute("method", "post");
  await expect(book.locator('input[name="serviceSlugs"]')).toHaveValue(
    /wohngeld.*kinderzuschlag.*bildung-und-teilhabe/,
  );
  await expect(book.locator('input[name="topic"]')).toHaveValue(/^[a-z0-9-]+$/);
  await expect(book.locator('input[name="reason"]')).toHaveValue(/Kinderzuschlag/);
  await expect(book.locator('input[name="documents"]')).toHaveValue(/Mietvertrag/);
  await expect(
    book.getByRole("button", { name: "Beratungstermin zu diesem Ergebnis vereinbaren" }),
  ).toBeVisible();

  // Not signed in: nothing can be saved.
  await expect(page.getByRole("button", { name: "Meine Angaben speichern" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Amira sees Bürgergeld, Kinderzuschlag, Wohngeld, Bildung und Teilhabe and debt counselling, and which exclude each other", async ({
    page,
  }) => {
    await page.goto("/de/help-finder");
    await choose(
      page,
      "Leben Sie allein oder mit einer Partnerin oder einem Partner zusammen?",
      "Allein (auch allein mit Kindern)",
    );
    await page.getByLabel("Wie viele Kinder unter 25 Jahren leben in Ihrem Haushalt?").fill("2");
    await page.getByLabel("Alter von Kind 1").fill("7");
    await page.getByLabel("Alter von Kind 2").fill("12");
    await page.getByLabel("Wie alt sind Sie?").fill("34");
    await choose(
      page,
      "Was beschreibt Ihre Arbeit am besten?",
      "Ich bin arbeitslos – seit weniger als einem Jahr (zum Beispiel: gerade Arbeit verloren)",
    );
    await choose(page, "Wie viel Geld hat Ihr Haushalt im Monat?", "600 bis 1.000 €");
    await choose(page, "Wie wohnen Sie?", "Zur Miete");
    await page
      .getByLabel("Wie hoch ist Ihre Miete im Monat, mit Heizung und Nebenkosten (warm)?")
      .fill("780");
    await choose(
      page,
      "Haben Sie Schulden?",
      "Ja (zum Beispiel Kredite, Handyvertrag, offene Rechnungen)",
    );
    await page.getByLabel("Wie hoch sind Ihre Schulden ungefähr?").fill("2300");
    await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
    await expectNoAnswersInUrl(page);
    const likely = likelySection(page);
    for (const name of [
      "Bürgergeld",
      "Kinderzuschlag",
      "Wohngeld",
      "Bildung und Teilhabe",
      "Schuldnerberatung",
    ]) {
      await expect(card(likely, name), name).toBeVisible();
    }
    await expect(card(likely, "Schuldnerberatung")).toContainText(/Schulden von etwa 2\.300\s€/);
    const relations = page.getByRole("region", { name: "Wie die Leistungen zusammenhängen" });
    await expect(relations).toContainText("Bürgergeld und Wohngeld gibt es nicht zusammen");
    await expect(relations).toContainText("Bürgergeld und Kinderzuschlag gibt es nicht zusammen");
    await expect(relations).toContainText("Entweder Bürgergeld oder Wohngeld und Kinderzuschlag");

    // Change the answers: the form comes back filled in, still without a URL query.
    await page.getByRole("button", { name: "Angaben ändern" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe-Finder");
    await expectNoAnswersInUrl(page);
    await expect(
      page.getByLabel("Wie hoch ist Ihre Miete im Monat, mit Heizung und Nebenkosten (warm)?"),
    ).toHaveValue("780");
    await expect(page.getByLabel("Alter von Kind 2")).toHaveValue("12");
    await expect(
      page
        .getByRole("group", { name: "Wie viel Geld hat Ihr Haushalt im Monat?" })
        .getByLabel("600 bis 1.000 €"),
    ).toBeChecked();
  });
});

test("skipping everything still gives a result, and wrong numbers are explained", async ({
  page,
}) => {
  await page.goto("/de/help-finder");
  await page.getByLabel("Wie alt sind Sie?").fill("7");
  await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();
  await expect(page.getByRole("alert")).toContainText("Bitte prüfen Sie 1 Angabe.");
  const age = page.getByLabel("Wie alt sind Sie?");
  await expect(age).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Die Zahl ist zu klein.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await age.fill("");
  await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
  await expect(page.getByText(/Sie haben keine Frage beantwortet/)).toBeVisible();
});

test("in Arabic the questionnaire and the result pass axe", async ({ page }) => {
  await page.goto("/ar/help-finder");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(page);
  await page.locator('input[name="household"][value="alone"]').check();
  await page.locator('input[name="childrenCount"]').fill("2");
  await page.locator('input[name="childAges[0]"]').fill("7");
  await page.locator('input[name="childAges[1]"]').fill("12");
  await page.locator('input[name="income"][value="1000to1500"]').check();
  await page.locator('input[name="housing"][value="rent"]').check();
  await page.locator('input[name="rent"]').fill("700");
  await page.locator('form.form-stack button[type="submit"]').click();
  await expect(page.locator('form[action="/ar/book"]')).toBeVisible();
  await expectNoAnswersInUrl(page);
  await expect(page.locator('a[href="/ar/services/kinderzuschlag"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a signed-in citizen can save, reopen and delete the answers", async ({ page }) => {
  const citizen = await createUser({ role: "CITIZEN", name: "Finder Test" });
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(citizen.email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/de\/account$/);

  await page.goto("/de/help-finder");
  await singleParentWithTwoChildren(page);
  await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();
  expect(await db.helpFinderResult.count({ where: { userId: citizen.id } })).toBe(0);
  await page.getByRole("button", { name: "Meine Angaben speichern" }).click();

  await expect(page).toHaveURL(/\/de\/help-finder\?notice=saved$/);
  await expect(page.getByText("Ihre Angaben sind gespeichert.", { exact: false })).toBeVisible();
  expect(await db.helpFinderResult.count({ where: { userId: citizen.id } })).toBe(1);

  await page
    .getByRole("button", { name: "Ergebnis mit meinen gespeicherten Angaben anzeigen" })
    .click();
  await expect(card(likelySection(page), "Kinderzuschlag")).toBeVisible();
  await expectNoAnswersInUrl(page);

  await page.goto("/de/help-finder");
  await page.getByRole("button", { name: "Gespeicherte Angaben löschen" }).click();
  await expect(page.getByText("Ihre gespeicherten Angaben sind gelöscht.")).toBeVisible();
  expect(await db.helpFinderResult.count({ where: { userId: citizen.id } })).toBe(0);
});
