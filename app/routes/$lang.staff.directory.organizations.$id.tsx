// One partner organisation ("new" creates one).
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
import { FormAlert, SubmitButton, TextAreaField, TextField } from "~/components/ui/field";
import { OrganizationSchema } from "~/domain/directory-admin/organization-schemas";
import {
  getPartnerOrganization,
  savePartnerOrganization,
} from "~/domain/directory-admin/organizations.server";
import { DirectoryNav } from "~/domain/directory-admin/ui";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["created", "saved", "unchanged"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const isNew = params.id === "new";
  const organization = isNew
    ? null
    : await asHttp(() => getPartnerOrganization(actorOf(session), params.id ?? ""));
  if (!isNew && !organization) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  const t = getFixedT(lang, "admin");
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: organization
      ? t("organizations.editTitle", { name: organization.name })
      : t("organizations.new"),
    organization,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const id = params.id === "new" ? null : (params.id ?? "");
  const submission = parseWithZod(await request.formData(), { schema: OrganizationSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() =>
    savePartnerOrganization(actorOf(session), id, submission.value),
  );
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return invalid(submission.reply({ fieldErrors: result.fieldErrors }));
  const notice = id ? (result.changed ? "saved" : "unchanged") : "created";
  return redirect(
    `/${languageOf(request)}/staff/directory/organizations/${result.id}?notice=${notice}`,
  );
}

export default function OrganizationForm() {
  const { t } = useTranslation("admin");
  const { lang, title, organization, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "organization",
    lastResult,
    constraint: getZodConstraint(OrganizationSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganizationSchema }),
    defaultValue: organization?.values,
  });
  const base = `/${lang}/staff/directory/organizations`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{title}</h1>
      </div>
      <DirectoryNav lang={lang} />
      {notice ? (
        <FormAlert tone="success" errors={[`admin:organizations.notices.${notice}`]} />
      ) : null}
      {organization ? (
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={`${base}/${organization.id}/history`}>
              {t("service.historyLink")}
            </Link>
          </li>
        </ul>
      ) : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <TextField field={fields.name} label={t("fields.name")} />
        <TextAreaField
          field={fields.description}
          label={t("fields.description")}
          hint={t("hints.organizationDescription")}
          optional
        />
        <TextField field={fields.email} type="email" label={t("fields.email")} optional />
        <TextField field={fields.phone} type="tel" label={t("fields.phone")} optional />
        <TextField field={fields.website} type="url" label={t("fields.website")} optional />
        <div className="form-stack__actions">
          <SubmitButton>{organization ? t("service.save") : t("service.create")}</SubmitButton>
          <Link className="kern-btn kern-btn--tertiary" to={base}>
            <span className="kern-label">{t("cancel")}</span>
          </Link>
        </div>
      </Form>
    </>
  );
}
