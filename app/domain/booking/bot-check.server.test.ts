import { describe, expect, it } from "vitest";
import { checkHuman, formStamp } from "./bot-check.server";

describe("bot check", () => {
  const shown = new Date("2026-11-23T09:00:00Z");
  const later = (s: number) => new Date(shown.getTime() + s * 1000);

  it("accepts a form filled in a person's time", async () => {
    const stamp = await formStamp(shown);
    expect(await checkHuman({ stamp, honeypot: "" }, later(20))).toBe("ok");
  });

  it("refuses a form sent back within three seconds", async () => {
    const stamp = await formStamp(shown);
    expect(await checkHuman({ stamp, honeypot: "" }, later(1))).toBe("tooFast");
  });

  it("refuses a filled honeypot, a forged or a stale stamp", async () => {
    const stamp = await formStamp(shown);
    expect(await checkHuman({ stamp, honeypot: "http://spam" }, later(20))).toBe("invalid");
    const [ms] = stamp.split(".");
    expect(await checkHuman({ stamp: `${ms}.forged`, honeypot: "" }, later(20))).toBe("invalid");
    expect(
      await checkHuman(
        { stamp: `${Number(ms) - 10_000}.${stamp.split(".")[1]}`, honeypot: "" },
        later(20),
      ),
    ).toBe("invalid");
    expect(await checkHuman({ stamp, honeypot: "" }, later(2 * 86_400))).toBe("invalid");
    expect(await checkHuman({ stamp: undefined, honeypot: "" }, later(20))).toBe("invalid");
  });
});
