import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { FieldError, FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { RegisterSchema } from "~/domain/accounts/schemas";
import { passwordProblem } from "~/domain/accounts/password-policy.server";
import { register } from "~/domain/accounts/registration.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { hit, LIMITS } from "~/utils/rate-limit.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const sent = new URL(request.url).searchParams.get("sent") === "1";
  return { title: getFixedT(lang, "auth")("register.title"), sent };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const submission = await parseWithZod(await request.formData(), {
    schema: RegisterSchema.superRefine((value, ctx) => {
      const problem = passwordProblem(value.password, [value.email, value.name]);
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    }),
    async: true,
  });
  if (submission.status !== "success") {
    return invalid(submission.reply({ hideFields: ["password", "confirmPassword"] }));
  }
  if (!(await hit(`register:ip:${context.clientIp ?? "unknown"}`, LIMITS.registerPerIp))) {
    return invalid(
      submission.reply({
        formErrors: ["auth:register.rateLimited"],
        hideFields: ["password", "confirmPassword"],
      }),
    );
  }
  const { name, email, password } = submission.value;
  await register({ name, email, password, locale: lang });
  return redirect(`/${lang}/register?sent=1`);
}

export default function Register() {
  const { t, i18n } = useTranslation("auth");
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(RegisterSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RegisterSchema }),
  });
  if (sent) {
    return (
      <div className="narrow-page">
        <h1 className="kern-heading-large">{t("register.sentTitle")}</h1>
        <p className="kern-body">{t("register.sentBody")}</p>
        <p className="kern-body">{t("register.sentHint")}</p>
      </div>
    );
  }
  const lang = i18n.language;
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("register.title")}</h1>
      <p className="kern-body">{t("register.intro")}</p>
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <TextField field={fields.name} label={t("fields.name")} autoComplete="name" />
        <TextField
          field={fields.email}
          type="email"
          label={t("fields.email")}
          autoComplete="email"
        />
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
        <div
          className={`kern-form-check${fields.privacy.errors?.length ? " kern-form-check--error" : ""}`}
        >
          <FieldError field={fields.privacy} />
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={fields.privacy.id}
            name={fields.privacy.name}
            aria-invalid={fields.privacy.errors?.length ? true : undefined}
            aria-describedby={fields.privacy.errors?.length ? fields.privacy.errorId : undefined}
          />
          <label className="kern-label" htmlFor={fields.privacy.id}>
            <Trans
              t={t}
              i18nKey="register.privacy"
              components={{ privacyLink: <Link className="kern-link" to={`/${lang}/privacy`} /> }}
            />
          </label>
        </div>
        <SubmitButton>{t("register.submit")}</SubmitButton>
      </Form>
      <p className="kern-body">
        <Link className="kern-link" to={`/${lang}/login`}>
          {t("register.haveAccount")}
        </Link>
      </p>
    </div>
  );
}
