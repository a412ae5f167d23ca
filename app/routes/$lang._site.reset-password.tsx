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
import { ResetPasswordSchema } from "~/domain/accounts/schemas";
import { resetPassword } from "~/domain/accounts/password-reset.server";
import { peekToken } from "~/domain/accounts/tokens.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { clearCookie } from "~/utils/session.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token.length > 20 && (await peekToken("reset-password", token)) !== null;
  return { title: getFixedT(lang, "auth")("reset.title"), token: valid ? token : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: ResetPasswordSchema });
  const hide = { hideFields: ["password", "confirmPassword"] };
  if (submission.status !== "success") return invalid(submission.reply(hide));
  const result = await resetPassword(submission.value.token, submission.value.password);
  if (!result.ok) {
    return invalid(
      submission.reply(
        result.field
          ? { fieldErrors: { password: [result.error] }, ...hide }
          : { formErrors: [result.error], ...hide },
      ),
    );
  }
  return redirect(`/${lang}/login?notice=passwordReset`, {
    headers: { "Set-Cookie": await clearCookie() },
  });
}

export default function ResetPassword() {
  const { t, i18n } = useTranslation("auth");
  const { token } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(ResetPasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
  });
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("reset.title")}</h1>
      {token ? (
        <>
          <FormAlert errors={form.errors} />
          <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
            <input type="hidden" name="token" value={token} />
            <TextField
              field={fields.password}
              type="password"
              label={t("fields.newPassword")}
              hint={t("fields.newPasswordHint")}
              autoComplete="new-password"
            />
            <TextField
              field={fields.confirmPassword}
              type="password"
              label={t("fields.confirmPassword")}
              autoComplete="new-password"
            />
            <SubmitButton>{t("reset.submit")}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <FormAlert errors={["auth:reset.invalidLink"]} />
          <p className="kern-body">
            <Link className="kern-link" to={`/${i18n.language}/forgot-password`}>
              {t("reset.requestNew")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
