// Form schemas shared by the browser (Conform constraints) and the server
// (parseWithZod). Messages are translation keys of the `common` namespace.
import { z } from "zod";

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 200;

const email = z
  .string({ required_error: "validation.required" })
  .trim()
  .max(254, "validation.tooLong")
  .email("validation.email")
  .transform((v) => v.toLowerCase());

const newPassword = z
  .string({ required_error: "validation.required" })
  .min(MIN_PASSWORD, "validation.passwordTooShort")
  .max(MAX_PASSWORD, "validation.tooLong");

export const LoginSchema = z.object({
  email,
  password: z
    .string({ required_error: "validation.required" })
    .max(MAX_PASSWORD, "validation.tooLong"),
  redirectTo: z.string().optional(),
});

export const RegisterSchema = z
  .object({
    name: z
      .string({ required_error: "validation.required" })
      .trim()
      .min(2, "validation.tooShort")
      .max(120, "validation.tooLong"),
    email,
    password: newPassword,
    confirmPassword: z.string({ required_error: "validation.required" }),
    privacy: z.literal("on", {
      errorMap: () => ({ message: "validation.privacyRequired" }),
    }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
  });

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: newPassword,
    confirmPassword: z.string({ required_error: "validation.required" }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
  });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ required_error: "validation.required" })
      .max(MAX_PASSWORD, "validation.tooLong"),
    password: newPassword,
    confirmPassword: z.string({ required_error: "validation.required" }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
  });

export const TotpCodeSchema = z.object({
  code: z
    .string({ required_error: "validation.required" })
    .trim()
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^(\d{6}|[a-z0-9]{10})$/i, "validation.totpFormat")),
});

export const VerifyEmailSchema = z.object({ token: z.string().min(20).max(200) });
