// One office ("new" creates one): address, position, contact, accessibility,
// how to get there, opening hours and closures. Hours and closures come with
// blank rows; saving with a row left empty ignores it, clearing a row removes it.
import { getFormProps, useForm, type FieldMetadata } from "@conform-to/react";
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
import { OfficeSchema } from "~/domain/directory-admin/office-schemas";
import { getOffice, officeFormOptions, saveOffice } from "~/domain/directory-admin/offices.server";
import { CheckboxField, DirectoryNav, FieldRow, SelectField } from "~/domain/directory-admin/ui";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["created", "saved", "unchanged"] as const;
const BLANK_HOURS = 3;
const BLANK_CLOSURES = 2;
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const isNew = params.id === "new";
  const [organizations, office] = await Promise.all([
    asHttp(() => officeFormOptions(actor)),
    isNew ? null : asHttp(() => getOffice(actor, params.id ?? "")),
  ]);
  if (!isNew && !office) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  const t = getFixedT(lang, "admin");
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: office ? t("offices.editTitle", { name: office.name }) : t("offices.new"),
    organizations,
    office,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const id = params.id === "new" ? null : (params.id ?? "");
  const submission = parseWithZod(await request.formData(), { schema: OfficeSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => saveOffice(actorOf(session), id, submission.value));
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return invalid(submission.reply({ fieldErrors: result.fieldErrors }));
  const notice = id ? (result.changed ? "saved" : "unchanged") : "created";
  return redirect(`/${languageOf(request)}/staff/directory/offices/${result.id}?notice=${notice}`);
}

export default function OfficeForm() {
  const { t } = useTranslation(["admin", "common"]);
  const { lang, title, organizations, office, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const values = office?.values;
  const [form, fields] = useForm({
    id: "office",
    lastResult,
    constraint: getZodConstraint(OfficeSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OfficeSchema }),
    defaultValue: {
      ...values,
      openingHours: [
        ...(values?.openingHours ?? []),
        ...Array.from({ length: BLANK_HOURS }, () => ({ weekday: "", opensAt: "", closesAt: "" })),
      ],
      closures: [
        ...(values?.closures ?? []),
        ...Array.from({ length: BLANK_CLOSURES }, () => ({ startsOn: "", endsOn: "", reason: "" })),
      ],
    },
  });
  const text = (f: unknown) => f as FieldMetadata<string | undefined>;
  const base = `/${lang}/staff/directory/offices`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{title}</h1>
      </div>
      <DirectoryNav lang={lang} />
      {notice ? <FormAlert tone="success" errors={[`admin:offices.notices.${notice}`]} /> : null}
      {office ? (
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={`${base}/${office.id}/history`}>
              {t("service.historyLink")}
            </Link>
          </li>
        </ul>
      ) : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <TextField field={fields.name} label={t("fields.name")} />
        <SelectField
          field={fields.organizationId}
          label={t("fields.organization")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextField field={fields.street} label={t("fields.street")} autoComplete="off" />
        <TextField field={fields.postalCode} label={t("fields.postalCode")} autoComplete="off" />
        <TextField field={fields.city} label={t("fields.city")} autoComplete="off" />
        <TextField
          field={text(fields.lat)}
          label={t("fields.lat")}
          hint={t("hints.coordinates")}
          optional
        />
        <TextField
          field={text(fields.lng)}
          label={t("fields.lng")}
          hint={t("hints.coordinates")}
          optional
        />
        <TextField field={fields.phone} type="tel" label={t("fields.phone")} optional />
        <TextField field={fields.email} type="email" label={t("fields.email")} optional />
        <TextAreaField
          field={fields.accessibility}
          label={t("fields.accessibility")}
          hint={t("hints.accessibility")}
          optional
        />
        <TextAreaField
          field={fields.transportation}
          label={t("fields.transportation")}
          hint={t("hints.transportation")}
          optional
        />

        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t("fields.openingHours")}</legend>
          <p className="kern-hint">{t("hints.openingHours")}</p>
          {fields.openingHours.getFieldList().map((row, i) => {
            const h = row.getFieldset();
            return (
              <fieldset className="kern-fieldset" key={row.key}>
                <legend className="kern-label">{t("offices.hoursRow", { n: i + 1 })}</legend>
                <div className="kern-fieldset__body">
                  <FieldRow>
                    {[
                      <SelectField
                        key="weekday"
                        field={h.weekday}
                        label={t("fields.weekday")}
                        empty={t("service.choose")}
                        options={WEEKDAYS.map((d) => ({
                          value: d,
                          label: t(`common:weekdays.${d}`),
                        }))}
                      />,
                      <TextField key="opensAt" field={h.opensAt} label={t("fields.opensAt")} />,
                      <TextField key="closesAt" field={h.closesAt} label={t("fields.closesAt")} />,
                    ]}
                  </FieldRow>
                  <CheckboxField field={h.walkInOnly} label={t("fields.walkInOnly")} />
                </div>
              </fieldset>
            );
          })}
        </fieldset>

        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t("fields.closures")}</legend>
          <p className="kern-hint">{t("hints.closures")}</p>
          {fields.closures.getFieldList().map((row, i) => {
            const c = row.getFieldset();
            return (
              <fieldset className="kern-fieldset" key={row.key}>
                <legend className="kern-label">{t("offices.closureRow", { n: i + 1 })}</legend>
                <div className="kern-fieldset__body">
                  <FieldRow>
                    {[
                      <TextField key="startsOn" field={c.startsOn} label={t("fields.startsOn")} />,
                      <TextField
                        key="endsOn"
                        field={c.endsOn}
                        label={t("fields.endsOn")}
                        optional
                      />,
                    ]}
                  </FieldRow>
                  <TextField field={c.reason} label={t("fields.reason")} />
                </div>
              </fieldset>
            );
          })}
        </fieldset>

        <div className="form-stack__actions">
          <SubmitButton>{office ? t("service.save") : t("service.create")}</SubmitButton>
          <Link className="kern-btn kern-btn--tertiary" to={base}>
            <span className="kern-label">{t("cancel")}</span>
          </Link>
        </div>
      </Form>
    </>
  );
}
