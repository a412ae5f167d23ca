import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { FeedbackSchema, HONEYPOT_FIELD, isBot, MAX_MESSAGE, MAX_PAGE } from "./schemas";

function parse(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return parseWithZod(form, { schema: FeedbackSchema });
}

function errors(fields: Record<string, string>) {
  const result = parse(fields);
  return result.status === "error" ? result.error : null;
}

describe("FeedbackSchema", () => {
  it("needs only a message; empty optional fields are left out", () => {
    const result = parse({
      message: "  Der Knopf ist nicht erreichbar.  ",
      pageUrl: "",
      name: "   ",
      email: "",
    });
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value).toEqual({ message: "Der Knopf ist nicht erreichbar." });
  });

  it("asks for a message when it is missing or blank", () => {
    expect(errors({})?.message).toEqual(["validation.required"]);
    expect(errors({ message: "   " })?.message).toEqual(["validation.required"]);
  });

  it("limits the message to 5000 and the page to 500 characters", () => {
    expect(parse({ message: "x".repeat(MAX_MESSAGE) }).status).toBe("success");
    expect(errors({ message: "x".repeat(MAX_MESSAGE + 1) })?.message).toEqual([
      "validation.tooLong",
    ]);
    expect(parse({ message: "m", pageUrl: "p".repeat(MAX_PAGE) }).status).toBe("success");
    expect(errors({ message: "m", pageUrl: "p".repeat(MAX_PAGE + 1) })?.pageUrl).toEqual([
      "validation.tooLong",
    ]);
  });

  it("accepts a URL or a plain description as the page concerned", () => {
    for (const pageUrl of [
      "https://portal.example/de/login",
      "/de/register",
      "die Terminbuchung",
    ]) {
      const result = parse({ message: "m", pageUrl });
      expect(result.status === "success" && result.value.pageUrl).toBe(pageUrl);
    }
  });

  it("checks the e-mail address only when one is given, and lowercases it", () => {
    expect(errors({ message: "m", email: "keine-adresse" })?.email).toEqual(["validation.email"]);
    const result = parse({ message: "m", email: " Ayse.Yilmaz@Example.NET " });
    expect(result.status === "success" && result.value.email).toBe("ayse.yilmaz@example.net");
  });

  it("gives the browser the same constraints", () => {
    const constraint = getZodConstraint(FeedbackSchema);
    expect(constraint.message).toMatchObject({ required: true, maxLength: MAX_MESSAGE });
    expect(constraint.email?.required).toBeFalsy();
    expect(constraint.pageUrl?.required).toBeFalsy();
  });
});

describe("isBot", () => {
  it("is true only when the hidden field was filled in", () => {
    expect(isBot({})).toBe(false);
    expect(isBot({ [HONEYPOT_FIELD]: "  " })).toBe(false);
    expect(isBot({ [HONEYPOT_FIELD]: "https://spam.example" })).toBe(true);
  });
});
