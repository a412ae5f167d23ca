import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = 3100;
const DEMO_PORT = 3101;
// Test workers make their own data straight in the database of the main e2e server.
process.env.DATABASE_URL = `file:${path.resolve(`data/e2e/app-${PORT}.db`)}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /demo\//,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      // The portal as `npm run demo` serves it: demo accounts without second factor, outbox page.
      name: "demo",
      testMatch: /demo\/.*\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        baseURL: `http://127.0.0.1:${DEMO_PORT}`,
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx tests/support/smtp-sink.ts",
      port: 2525,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "bash tests/support/e2e-server.sh",
      env: { E2E_PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
    {
      command: "bash tests/support/e2e-server.sh",
      env: { E2E_PORT: String(DEMO_PORT), E2E_DEMO: "1" },
      url: `http://127.0.0.1:${DEMO_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
  ],
});
