import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { LoginSchema } from "~/domain/accounts/schemas";
import { authenticate } from "~/domain/accounts/login.server";
import { needsSecondFactor, safeRedirect } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { requestMeta } from "~/utils/request.server";
import { commitCookie, createSession, destroySession, getSession } from "~/utils/session.server";
import { prisma } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const url = new URL(request.url);
  const t = getFixedT(lang, "auth");
  return {
    title: t("login.title"),
    redirectTo: safeRedirect(url.searchParams.get("redirectTo"), ""),
    notice: url.searchParams.get("notice"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: LoginSchema });
  if (submission.status !== "success")
    return invalid(submission.reply({ hideFields: ["password"] }));
  const { email, password, redirectTo } = submission.value;
  const meta = requestMeta(request, context);
  const result = await authenticate(email, password, meta.ipAddress);
  if (!result.ok) {
    const key = {
      invalid: "auth:login.invalid",
      rateLimited: "auth:login.rateLimited",
      unverified: "auth:login.unverified",
    }[result.error];
    return invalid(submission.reply({ formErrors: [key], hideFields: ["password"] }));
  }
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: result.userId },
    select: { role: true, demo: true, totpEnabledAt: true, locale: true },
  });
  // A fresh session id at every login; the old session (if any) ends.
  const previous = await getSession(request);
  if (previous) await destroySession(previous.id);
  const secondFactor = !needsSecondFactor(user);
  const token = await createSession(result.userId, { ...meta, secondFactor });
  const home = user.role === "CITIZEN" ? `/${lang}/account` : `/${lang}/staff`;
  const target = secondFactor
    ? safeRedirect(redirectTo, home)
    : user.totpEnabledAt
      ? `/${lang}/login/two-factor`
      : `/${lang}/account/two-factor`;
  return redirect(target, { headers: { "Set-Cookie": await commitCookie(token) } });
}

export default function Login() {
  const { t } = useTranslation("auth");
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(LoginSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
  });
  const noticeKey =
    notice && ["passwordReset", "emailVerified", "passwordChanged", "loggedOut"].includes(notice)
      ? notice
      : null;
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("login.title")}</h1>
      {noticeKey ? <FormAlert tone="success" errors={[`auth:notices.${noticeKey}`]} /> : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          field={fields.email}
          type="email"
          label={t("fields.email")}
          autoComplete="username"
        />
        <TextField
          field={fields.password}
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
        />
        <SubmitButton>{t("login.submit")}</SubmitButton>
      </Form>
      <ul className="link-list">
        <li>
          <Link className="kern-link" to="../forgot-password" relative="path">
            {t("login.forgot")}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="../register" relative="path">
            {t("login.noAccount")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
