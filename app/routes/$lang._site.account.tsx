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
import { Fact } from "~/components/ui/fact";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { ChangePasswordSchema } from "~/domain/accounts/schemas";
import { changePassword } from "~/domain/accounts/password-reset.server";
import { requireUser } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { requestMeta } from "~/utils/request.server";
import {
  clearCookie,
  commitCookie,
  createSession,
  destroyAllSessions,
} from "~/utils/session.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth", "account"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireUser(request);
  const lang = languageOf(request);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: session.user.id },
    select: {
      name: true,
      email: true,
      role: true,
      totpEnabledAt: true,
      _count: { select: { sessions: true } },
    },
  });
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    title: getFixedT(lang, "account")("title"),
    user: {
      name: user.name,
      email: user.email,
      role: user.role,
      totpEnabled: Boolean(user.totpEnabledAt),
    },
    sessions: user._count.sessions,
    notice: notice === "passwordChanged" || notice === "loggedOutElsewhere" ? notice : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requireUser(request);
  const lang = languageOf(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "logoutEverywhere") {
    await destroyAllSessions(session.user.id);
    return redirect(`/${lang}/login?notice=loggedOut`, {
      headers: { "Set-Cookie": await clearCookie() },
    });
  }
  const submission = parseWithZod(formData, { schema: ChangePasswordSchema });
  const hide = { hideFields: ["currentPassword", "password", "confirmPassword"] };
  if (submission.status !== "success") return invalid(submission.reply(hide));
  const { currentPassword, password } = submission.value;
  const result = await changePassword(session.user.id, currentPassword, password);
  if (!result.ok) {
    const field =
      result.error === "validation.currentPasswordWrong" ? "currentPassword" : "password";
    return invalid(submission.reply({ fieldErrors: { [field]: [result.error] }, ...hide }));
  }
  // All sessions ended with the change; this browser continues in a new one.
  const token = await createSession(session.user.id, {
    ...requestMeta(request, context),
    secondFactor: session.secondFactorAt !== null,
  });
  return redirect(`/${lang}/account?notice=passwordChanged`, {
    headers: { "Set-Cookie": await commitCookie(token) },
  });
}

export default function Account() {
  const { t, i18n } = useTranslation(["account", "auth"]);
  const { user, sessions, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult,
    constraint: getZodConstraint(ChangePasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  });
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("title")}</h1>
      {notice ? <FormAlert tone="success" errors={[`account:notices.${notice}`]} /> : null}
      <section aria-labelledby="profile-heading" className="page-section">
        <h2 id="profile-heading" className="kern-heading-medium">
          {t("profile.heading")}
        </h2>
        <dl className="kern-description-list">
          <Fact term={t("profile.name")}>{user.name}</Fact>
          <Fact term={t("profile.email")}>
            <bdi>{user.email}</bdi>
          </Fact>
          <Fact term={t("profile.role")}>{t(`common:roles.${user.role}` as never)}</Fact>
        </dl>
      </section>
      {user.role !== "CITIZEN" ? (
        <section aria-labelledby="tf-heading" className="page-section">
          <h2 id="tf-heading" className="kern-heading-medium">
            {t("twoFactor.heading")}
          </h2>
          <p className="kern-body">
            {user.totpEnabled ? t("twoFactor.enabled") : t("twoFactor.disabled")}
          </p>
          <Link className="kern-link" to={`/${i18n.language}/account/two-factor`}>
            {t("twoFactor.manage")}
          </Link>
        </section>
      ) : null}
      <section aria-labelledby="pw-heading" className="page-section">
        <h2 id="pw-heading" className="kern-heading-medium">
          {t("password.heading")}
        </h2>
        <p className="kern-body">{t("password.intro")}</p>
        <FormAlert errors={form.errors} />
        <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
          <TextField
            field={fields.currentPassword}
            type="password"
            label={t("password.current")}
            autoComplete="current-password"
          />
          <TextField
            field={fields.password}
            type="password"
            label={t("auth:fields.newPassword")}
            hint={t("auth:fields.newPasswordHint")}
            autoComplete="new-password"
          />
          <TextField
            field={fields.confirmPassword}
            type="password"
            label={t("auth:fields.confirmPassword")}
            autoComplete="new-password"
          />
          <SubmitButton name="intent" value="changePassword">
            {t("password.submit")}
          </SubmitButton>
        </Form>
      </section>
      <section aria-labelledby="sessions-heading" className="page-section">
        <h2 id="sessions-heading" className="kern-heading-medium">
          {t("sessions.heading")}
        </h2>
        <p className="kern-body">{t("sessions.count", { count: sessions })}</p>
        <Form method="post">
          <SubmitButton variant="secondary" name="intent" value="logoutEverywhere">
            {t("sessions.logoutEverywhere")}
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}
