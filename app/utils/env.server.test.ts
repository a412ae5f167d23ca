import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server";

describe("readEnv", () => {
  it("uses plain cookies on a local http address", () => {
    const env = readEnv({ NODE_ENV: "production", PORT: "3000" });
    expect(env.secureCookies).toBe(false);
    expect(env.publicUrl.origin).toBe("http://localhost:3000");
  });
  it("makes cookies Secure (and __Host-) whenever the public URL is https", () => {
    expect(
      readEnv({ NODE_ENV: "development", PUBLIC_URL: "https://sozialagentur.musterstadt.de" })
        .secureCookies,
    ).toBe(true);
  });
  it("makes cookies Secure in production on any non-local host", () => {
    expect(
      readEnv({ NODE_ENV: "production", PUBLIC_URL: "http://portal.intern" }).secureCookies,
    ).toBe(true);
  });
  it("turns demo mode on only when asked", () => {
    expect(readEnv({}).DEMO_MODE).toBe(false);
    expect(readEnv({ DEMO_MODE: "1" }).DEMO_MODE).toBe(true);
    expect(readEnv({ DEMO_MODE: "yes" }).DEMO_MODE).toBe(false);
  });
});
