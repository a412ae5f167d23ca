import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { ForgotPasswordSchema } from "~/domain/accounts/schemas";
import { requestPasswordReset } from "~/domain/accounts/password-reset.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const sent = new URL(request.url).searchParams.get("sent") === "1";
  return { title: getFixedT(lang, "auth")("forgot.title"), sent };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await requestPasswordReset(submission.value.email, context.clientIp);
  if (result === "rateLimited")
    return invalid(submission.reply({ formErrors: ["auth:forgot.rateLimited"] }));
  return redirect(`/${lang}/forgot-password?sent=1`);
}

export default function ForgotPassword() {
  const { t } = useTranslation("auth");
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(ForgotPasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  });
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("forgot.title")}</h1>
      {sent ? (
        <FormAlert tone="success" errors={["auth:forgot.sent"]} />
      ) : (
        <>
          <p className="kern-body">{t("forgot.intro")}</p>
          <FormAlert errors={form.errors} />
          <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
            <TextField
              field={fields.email}
              type="email"
              label={t("fields.email")}
              autoComplete="email"
            />
            <SubmitButton>{t("forgot.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
