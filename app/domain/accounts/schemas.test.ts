import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { LoginSchema, RegisterSchema, ResetPasswordSchema, TotpCodeSchema } from "./schemas";

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

describe("RegisterSchema", () => {
  const valid = {
    name: "Amira Yilmaz",
    email: " Amira@Example.ORG ",
    password: "Tee-Fahrrad-Ufer-42",
    confirmPassword: "Tee-Fahrrad-Ufer-42",
    privacy: "on",
  };
  it("accepts a valid registration and normalises the email", () => {
    const s = parseWithZod(form(valid), { schema: RegisterSchema });
    expect(s.status).toBe("success");
    if (s.status === "success") expect(s.value.email).toBe("amira@example.org");
  });
  it("answers with translation keys, field by field", () => {
    const s = parseWithZod(
      form({ name: "A", email: "nope", password: "kurz", confirmPassword: "x" }),
      { schema: RegisterSchema },
    );
    expect(s.status).toBe("error");
    const reply = s.reply();
    expect(reply.error).toMatchObject({
      name: ["validation.tooShort"],
      email: ["validation.email"],
      password: ["validation.passwordTooShort"],
      privacy: ["validation.privacyRequired"],
    });
  });
  it("refuses a mismatching confirmation", () => {
    const s = parseWithZod(form({ ...valid, confirmPassword: "Tee-Fahrrad-Ufer-43" }), {
      schema: RegisterSchema,
    });
    expect(s.reply().error).toMatchObject({ confirmPassword: ["validation.passwordMismatch"] });
  });
  it("refuses overlong input", () => {
    const s = parseWithZod(form({ ...valid, name: "x".repeat(121) }), { schema: RegisterSchema });
    expect(s.reply().error).toMatchObject({ name: ["validation.tooLong"] });
  });
});

describe("LoginSchema", () => {
  it("requires both fields", () => {
    const s = parseWithZod(form({}), { schema: LoginSchema });
    expect(s.reply().error).toMatchObject({
      email: ["validation.required"],
      password: ["validation.required"],
    });
  });
});

describe("ResetPasswordSchema", () => {
  it("needs a token", () => {
    const s = parseWithZod(
      form({ password: "Tee-Fahrrad-Ufer-42", confirmPassword: "Tee-Fahrrad-Ufer-42" }),
      { schema: ResetPasswordSchema },
    );
    expect(s.status).toBe("error");
  });
});

describe("TotpCodeSchema", () => {
  it.each(["123456", "123 456", "abcde12345"])("accepts %s", (code) => {
    expect(parseWithZod(form({ code }), { schema: TotpCodeSchema }).status).toBe("success");
  });
  it.each(["12345", "1234567", "<script>"])("refuses %s", (code) => {
    expect(parseWithZod(form({ code }), { schema: TotpCodeSchema }).reply().error).toMatchObject({
      code: ["validation.totpFormat"],
    });
  });
});
