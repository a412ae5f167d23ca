import {
  expect,
  linkIn,
  mailsTo,
  test,
  uniqueEmail,
  waitForMail,
  expectNoAxeViolations,
} from "../support/e2e";
import { createUser, db, PASSWORD } from "../support/users";

test("register, verify the email from the SMTP server, log in and log out", async ({ page }) => {
  const email = uniqueEmail("amira");
  await page.goto("/de/register");
  await page.getByLabel("Vor- und Nachname").fill("Amira Test");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Tee-Fahrrad-Ufer-42");
  await page.getByLabel("Neues Passwort wiederholen").fill("Tee-Fahrrad-Ufer-42");
  await page.getByLabel(/Datenschutzhinweise/).check();
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(
    page.getByRole("heading", { name: "Bitte prüfen Sie Ihr E-Mail-Postfach" }),
  ).toBeVisible();

  // Not yet verified: login is refused with a clear message.
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill("Tee-Fahrrad-Ufer-42");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(/Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse/)).toBeVisible();

  // The refused login sent a second link; only the newest one works.
  const mail = await waitForMail(email, /bestätigen/, { nth: 2 });
  expect(mail.language).toBe("de");
  await page.goto(linkIn(mail));
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page.getByText("Ihre E-Mail-Adresse ist bestätigt")).toBeVisible();

  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill("Tee-Fahrrad-Ufer-42");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Abmelden" }).first().click();
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
  await page.goto("/de/account");
  await expect(page).toHaveURL(/\/de\/login\?redirectTo=%2Fde%2Faccount/);
});

test("registering a known address answers the same and mails the owner instead", async ({
  page,
}) => {
  const user = await createUser({ locale: "tr" });
  const before = await db.user.count({ where: { email: user.email } });
  await page.goto("/de/register");
  await page.getByLabel("Vor- und Nachname").fill("Someone Else");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Tee-Fahrrad-Ufer-43");
  await page.getByLabel("Neues Passwort wiederholen").fill("Tee-Fahrrad-Ufer-43");
  await page.getByLabel(/Datenschutzhinweise/).check();
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(
    page.getByRole("heading", { name: "Bitte prüfen Sie Ihr E-Mail-Postfach" }),
  ).toBeVisible();
  const mail = await waitForMail(user.email);
  expect(mail.language).toBe("tr");
  expect(await db.user.count({ where: { email: user.email } })).toBe(before);
});

test("bad registration input gets translated messages and keeps what was typed", async ({
  page,
}) => {
  await page.goto("/de/register");
  await page.getByLabel("Vor- und Nachname").fill("Klaus Schmidt");
  await page.getByLabel("E-Mail-Adresse").fill("klaus-at-example");
  await page.getByLabel("Neues Passwort", { exact: true }).fill("passwort123");
  await page.getByLabel("Neues Passwort wiederholen").fill("anders");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse ein")).toBeVisible();
  await expect(
    page.getByText("Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben."),
  ).toBeVisible();
  await expect(page.getByLabel("Vor- und Nachname")).toHaveValue("Klaus Schmidt");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("klaus-at-example");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("password reset by a one-time link from the mail", async ({ page }) => {
  const user = await createUser();
  await page.goto("/de/forgot-password");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByText(/Wenn es zu dieser Adresse ein Konto gibt/)).toBeVisible();
  const mail = await waitForMail(user.email, /Neues Passwort/);
  const link = linkIn(mail);
  await page.goto(link);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Sonnen-Blume-Kanal-7");
  await page.getByLabel("Neues Passwort wiederholen").fill("Sonnen-Blume-Kanal-7");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByText("Ihr Passwort wurde geändert. Bitte melden Sie sich")).toBeVisible();

  // The link works only once.
  await page.goto(link);
  await expect(
    page.getByText("Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt."),
  ).toBeVisible();

  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill("Sonnen-Blume-Kanal-7");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
});

test("a reset request for an unknown address looks the same and sends nothing", async ({
  page,
}) => {
  const email = uniqueEmail("nobody");
  await page.goto("/de/forgot-password");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByText(/Wenn es zu dieser Adresse ein Konto gibt/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(await mailsTo(email)).toBe(0);
});

test("login is rate limited per account, with the same message for known and unknown addresses", async ({
  page,
}) => {
  const user = await createUser();
  for (let i = 0; i < 5; i++) {
    await page.goto("/de/login");
    await page.getByLabel("E-Mail-Adresse").fill(user.email);
    await page.getByLabel("Passwort").fill("wrong-password-" + i);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByText("E-Mail-Adresse oder Passwort sind nicht richtig.")).toBeVisible();
  }
  await page.goto("/de/login");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(/Zu viele Versuche/)).toBeVisible();
  await expect(page).toHaveURL(/\/de\/login/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a citizen logs in and out, and a wrong password keeps the email", async ({ page }) => {
    const user = await createUser();
    await page.goto("/de/login");
    await page.getByLabel("E-Mail-Adresse").fill(user.email);
    await page.getByLabel("Passwort").fill("not-the-password");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByText("E-Mail-Adresse oder Passwort sind nicht richtig.")).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(user.email);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
    await page.getByRole("button", { name: "Abmelden" }).first().click();
    await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
  });
});

test("changing the password ends the other sessions", async ({ browser }) => {
  const user = await createUser();
  const headers = { "X-Forwarded-For": "10.9.9." + Math.floor(Math.random() * 250 + 1) };
  const a = await browser.newContext({ extraHTTPHeaders: headers });
  const b = await browser.newContext({ extraHTTPHeaders: headers });
  for (const ctx of [a, b]) {
    const p = await ctx.newPage();
    await p.goto("/de/login");
    await p.getByLabel("E-Mail-Adresse").fill(user.email);
    await p.getByLabel("Passwort").fill(PASSWORD);
    await p.getByRole("button", { name: "Anmelden" }).click();
    await expect(p.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
  }
  const pa = a.pages()[0]!;
  await pa.getByLabel("Aktuelles Passwort").fill(PASSWORD);
  await pa.getByLabel("Neues Passwort", { exact: true }).fill("Kanal-Sonne-Wiese-99");
  await pa.getByLabel("Neues Passwort wiederholen").fill("Kanal-Sonne-Wiese-99");
  await pa.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(
    pa.getByText("Ihr Passwort wurde geändert. Alle anderen Anmeldungen wurden beendet."),
  ).toBeVisible();
  const pb = b.pages()[0]!;
  await pb.goto("/de/account");
  await expect(pb).toHaveURL(/\/de\/login/);
  await a.close();
  await b.close();
});
