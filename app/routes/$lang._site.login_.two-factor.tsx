import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { TotpCodeSchema } from "~/domain/accounts/schemas";
import { verifySecondFactor } from "~/domain/accounts/two-factor.server";
import { requireSession, secondFactorDone } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { markSecondFactor } from "~/utils/session.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const lang = languageOf(request);
  if (secondFactorDone(session)) throw redirect(`/${lang}/staff`);
  if (!session.user.totpEnabledAt) throw redirect(`/${lang}/account/two-factor`);
  return { title: getFixedT(lang, "auth")("twoFactor.loginTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request);
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: TotpCodeSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await verifySecondFactor(session.user.id, submission.value.code);
  if (result !== "ok") {
    const key = result === "rateLimited" ? "auth:login.rateLimited" : "auth:twoFactor.wrongCode";
    return invalid(submission.reply({ fieldErrors: { code: [key] } }));
  }
  await markSecondFactor(session.id);
  return redirect(`/${lang}/staff`);
}

export default function TwoFactorLogin() {
  const { t } = useTranslation("auth");
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(TotpCodeSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TotpCodeSchema }),
  });
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("twoFactor.loginTitle")}</h1>
      <p className="kern-body">{t("twoFactor.loginIntro")}</p>
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <TextField
          field={fields.code}
          label={t("twoFactor.codeOrRecovery")}
          autoComplete="one-time-code"
        />
        <SubmitButton>{t("twoFactor.verify")}</SubmitButton>
      </Form>
    </div>
  );
}
