import { expect, test } from "../support/e2e";

test("security headers on every page", async ({ request }) => {
  const res = await request.get("/de/login");
  const csp = res.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("same-origin");
  expect(res.headers()["x-powered-by"]).toBeUndefined();
});

test("pages with a session are never stored", async ({ page }) => {
  await page.goto("/de/login");
  await page
    .context()
    .addCookies([{ name: "session", value: "x".repeat(43), domain: "127.0.0.1", path: "/" }]);
  const res = await page.goto("/de");
  expect(res?.headers()["cache-control"]).toContain("no-store");
});

test("a cross-origin form post is refused", async ({ request }) => {
  const res = await request.post("/de/login", {
    headers: {
      Origin: "https://evil.example",
      "Content-Type": "application/x-www-form-urlencoded",
    },
    data: "email=a%40b.de&password=x",
  });
  expect(res.status()).toBe(403);
});

test("healthz answers with the database state", async ({ request }) => {
  const res = await request.get("/healthz");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
});

test("the demo outbox does not exist outside demo mode", async ({ request }) => {
  const res = await request.get("/de/outbox");
  expect(res.status()).toBe(404);
});

test("public pages ship no JavaScript", async ({ page }) => {
  await page.goto("/de");
  await expect(page.locator("script")).toHaveCount(0);
});
