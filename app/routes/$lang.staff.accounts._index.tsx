import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldError, FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import {
  createStaffAccount,
  listStaffAccounts,
  setAccountActive,
} from "~/domain/accounts/staff-accounts.server";
import { CreateAccountSchema, STAFF_ACCOUNT_ROLES } from "~/domain/accounts/staff-schemas";
import { languages } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const [accounts, teams, partners] = await Promise.all([
    asHttp(() => listStaffAccounts(actor)),
    prisma.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.organization.findMany({
      where: { kind: "PARTNER" },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    title: getFixedT(languageOf(request), "staff")("accounts.title"),
    selfId: session.user.id,
    accounts,
    teams,
    partners,
    notice:
      notice === "created" || notice === "deactivated" || notice === "reactivated" ? notice : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "deactivate" || intent === "reactivate") {
    const userId = String(formData.get("userId") ?? "");
    if (!(await setAccountActive(actor, userId, intent === "reactivate")))
      throw new Response("Not found", { status: 404 });
    return redirect(`/${lang}/staff/accounts?notice=${intent}d`);
  }
  const submission = parseWithZod(formData, { schema: CreateAccountSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => createStaffAccount(actor, submission.value));
  if (!result.ok) return invalid(submission.reply({ fieldErrors: { email: [result.error] } }));
  return redirect(`/${lang}/staff/accounts?notice=created`);
}

export default function Accounts() {
  const { t } = useTranslation(["staff", "common"]);
  const { accounts, teams, partners, notice, selfId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "create-account",
    lastResult,
    constraint: getZodConstraint(CreateAccountSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateAccountSchema }),
    defaultValue: { locale: "de", role: "CASEWORKER" },
  });
  const select = (
    field:
      | typeof fields.role
      | typeof fields.locale
      | typeof fields.teamId
      | typeof fields.organizationId,
    label: string,
    options: { value: string; label: string }[],
    optional = false,
  ) => (
    <div className={`kern-form-input${field.errors?.length ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={field.id}>
        {label}
        {optional ? (
          <span className="kern-label__optional"> – {t("common:form.optional")}</span>
        ) : null}
      </label>
      <FieldError field={field} />
      <div className="kern-form-input__select-wrapper">
        <select
          {...getSelectProps(field, { ariaAttributes: false })}
          className="kern-form-input__select"
          aria-invalid={field.errors?.length ? true : undefined}
          aria-describedby={field.errors?.length ? field.errorId : undefined}
        >
          {optional ? <option value="">{t("accounts.none")}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
  return (
    <>
      <h1 className="kern-heading-large">{t("accounts.title")}</h1>
      {notice ? <FormAlert tone="success" errors={[`staff:accounts.notices.${notice}`]} /> : null}
      <section aria-labelledby="list-heading" className="page-section">
        <h2 id="list-heading" className="kern-heading-medium">
          {t("accounts.listHeading")}
        </h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="list-heading">
          <table className="kern-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t("accounts.name")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("accounts.role")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("accounts.unit")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("accounts.status")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("accounts.actions")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {accounts.map((a) => (
                <tr className="kern-table__row" key={a.id}>
                  <td className="kern-table__cell">
                    {a.name}
                    <br />
                    <bdi>{a.email}</bdi>
                  </td>
                  <td className="kern-table__cell">{t(`common:roles.${a.role}` as never)}</td>
                  <td className="kern-table__cell">
                    <German>{a.team?.name ?? a.organization?.name ?? ""}</German>
                  </td>
                  <td className="kern-table__cell">
                    {a.active ? t("accounts.active") : t("accounts.inactive")}
                    {a.totpEnabledAt ? ` · ${t("accounts.twoFactorOn")}` : ""}
                  </td>
                  <td className="kern-table__cell">
                    {a.id === selfId ? null : (
                      <Form method="post">
                        <input type="hidden" name="userId" value={a.id} />
                        <button
                          type="submit"
                          name="intent"
                          value={a.active ? "deactivate" : "reactivate"}
                          className="kern-btn kern-btn--secondary kern-btn--x-small"
                        >
                          <span className="kern-label">
                            {a.active ? t("accounts.deactivate") : t("accounts.reactivate")}
                            <span className="visually-hidden">: {a.name}</span>
                          </span>
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="create-heading" className="page-section">
        <h2 id="create-heading" className="kern-heading-medium">
          {t("accounts.createHeading")}
        </h2>
        <p className="kern-body">{t("accounts.createIntro")}</p>
        <FormAlert errors={form.errors} />
        <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
          <TextField field={fields.name} label={t("accounts.name")} autoComplete="off" />
          <TextField
            field={fields.email}
            type="email"
            label={t("accounts.email")}
            autoComplete="off"
          />
          {select(
            fields.role,
            t("accounts.role"),
            STAFF_ACCOUNT_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}` as never) })),
          )}
          {select(
            fields.locale,
            t("accounts.locale"),
            languages.map((l) => ({ value: l, label: t(`common:languageNames.${l}` as never) })),
          )}
          {select(
            fields.teamId,
            t("accounts.team"),
            teams.map((x) => ({ value: x.id, label: x.name })),
            true,
          )}
          {select(
            fields.organizationId,
            t("accounts.organization"),
            partners.map((x) => ({ value: x.id, label: x.name })),
            true,
          )}
          <SubmitButton name="intent" value="create">
            {t("accounts.create")}
          </SubmitButton>
        </Form>
      </section>
    </>
  );
}
