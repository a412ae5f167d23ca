// Setting up the second factor: start (creates a secret), scan the QR code,
// confirm with a code; the recovery codes are shown once.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { TotpCodeSchema } from "~/domain/accounts/schemas";
import { checkTotp, enableTotp, newSecret, setupData } from "~/domain/accounts/two-factor.server";
import { requireSession } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { markSecondFactor } from "~/utils/session.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const lang = languageOf(request);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: session.user.id },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  const pending =
    !user.totpEnabledAt && user.totpSecret ? await setupData(user.totpSecret, user.email) : null;
  return {
    title: getFixedT(lang, "auth")("twoFactor.setupTitle"),
    enabled: Boolean(user.totpEnabledAt),
    pending: pending ? { qrSvg: pending.qrSvg, secret: pending.secret } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request);
  const lang = languageOf(request);
  const formData = await request.formData();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: session.user.id },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) return redirect(`/${lang}/account`);
  if (formData.get("intent") === "start") {
    await prisma.user.update({ where: { id: session.user.id }, data: { totpSecret: newSecret() } });
    return redirect(`/${lang}/account/two-factor`);
  }
  const submission = parseWithZod(formData, { schema: TotpCodeSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  if (!user.totpSecret || !checkTotp(user.totpSecret, submission.value.code, user.email)) {
    return invalid(submission.reply({ fieldErrors: { code: ["auth:twoFactor.wrongCode"] } }));
  }
  const recoveryCodes = await enableTotp(session.user.id, user.totpSecret);
  await markSecondFactor(session.id);
  return data({ recoveryCodes, status: undefined, error: undefined } as const);
}

export default function TwoFactorSetup() {
  const { t, i18n } = useTranslation("auth");
  const { enabled, pending } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const lastResult = result && "recoveryCodes" in result ? undefined : result;
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(TotpCodeSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TotpCodeSchema }),
  });
  const home = `/${i18n.language}/staff`;
  if (result && "recoveryCodes" in result && result.recoveryCodes) {
    return (
      <div className="narrow-page">
        <h1 className="kern-heading-large">{t("twoFactor.doneTitle")}</h1>
        <p className="kern-body">{t("twoFactor.recoveryIntro")}</p>
        <ul className="recovery-codes">
          {result.recoveryCodes.map((c) => (
            <li key={c}>
              <code className="bidi-isolate">{c}</code>
            </li>
          ))}
        </ul>
        <Link className="kern-btn kern-btn--primary" to={home}>
          <span className="kern-label">{t("twoFactor.continue")}</span>
        </Link>
      </div>
    );
  }
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("twoFactor.setupTitle")}</h1>
      {enabled ? (
        <p className="kern-body">{t("twoFactor.alreadyEnabled")}</p>
      ) : pending ? (
        <>
          <p className="kern-body">{t("twoFactor.scan")}</p>
          <div
            className="qr-code"
            role="img"
            aria-label={t("twoFactor.qrLabel")}
            dangerouslySetInnerHTML={{ __html: pending.qrSvg }}
          />
          <p className="kern-body">
            {t("twoFactor.manual")} <code className="bidi-isolate">{pending.secret}</code>
          </p>
          <FormAlert errors={form.errors} />
          <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
            <TextField
              field={fields.code}
              label={t("twoFactor.code")}
              hint={t("twoFactor.codeHint")}
              autoComplete="one-time-code"
            />
            <SubmitButton>{t("twoFactor.confirm")}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <p className="kern-body">{t("twoFactor.why")}</p>
          <Form method="post">
            <SubmitButton name="intent" value="start">
              {t("twoFactor.start")}
            </SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
