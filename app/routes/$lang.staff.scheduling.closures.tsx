// Office closures: days an office is closed beyond the NRW public holidays
// (staff outing, Christmas Eve …). Add one, see the upcoming ones with the
// appointments still booked in them, delete one. The public holidays of this
// and next year are listed read-only: the slot engine computes them itself.
// Administrators only.
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
import { DateTime } from "~/components/ui/date-time";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { FieldRow, SelectField } from "~/domain/directory-admin/ui";
import {
  addClosure,
  closureOffices,
  deleteClosure,
  listUpcomingClosures,
} from "~/domain/scheduling-admin/closures.server";
import { ClosureSchema } from "~/domain/scheduling-admin/schemas";
import { berlinDate } from "~/domain/scheduling/berlin-time";
import { nrwHolidays } from "~/domain/scheduling/holidays";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "scheduling", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["added", "deleted"] as const;

/** A calendar date "YYYY-MM-DD" as an instant at noon UTC: the same date in Berlin, for <DateTime dateOnly>. */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const now = new Date();
  const [offices, closures] = await Promise.all([
    asHttp(() => closureOffices(actor)),
    asHttp(() => listUpcomingClosures(actor, now)),
  ]);
  const year = Number(berlinDate(now).slice(0, 4));
  const lang = languageOf(request);
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: getFixedT(lang, "scheduling")("closures.title"),
    offices,
    closures: closures.map((c) => ({ ...c, startsOn: noon(c.startsOn), endsOn: noon(c.endsOn) })),
    holidays: [year, year + 1].map((y) => ({
      year: y,
      days: nrwHolidays(y).map((h) => ({ key: h.key, date: noon(h.date) })),
    })),
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const back = (notice: (typeof NOTICES)[number]) =>
    redirect(`/${languageOf(request)}/staff/scheduling/closures?notice=${notice}`);
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    const deleted = await asHttp(() => deleteClosure(actor, String(formData.get("closureId"))));
    if (!deleted) throw new Response("Not found", { status: 404 });
    return back("deleted");
  }
  const submission = parseWithZod(formData, { schema: ClosureSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => addClosure(actor, submission.value));
  if (!result.ok)
    return data(submission.reply({ fieldErrors: result.fieldErrors }), { status: 400 });
  return back("added");
}

export default function Closures() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { lang, offices, closures, holidays, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "closure",
    lastResult,
    constraint: getZodConstraint(ClosureSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ClosureSchema }),
    defaultValue: offices.length === 1 ? { officeId: offices[0]!.id } : undefined,
  });
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("closures.title")}</h1>
        <p className="kern-body">{t("closures.intro")}</p>
      </div>
      <nav aria-label={t("nav.label")} className="page-section">
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={`/${lang}/staff/scheduling`}>
              {t("nav.back")}
            </Link>
          </li>
        </ul>
      </nav>
      {notice ? (
        <FormAlert tone="success" errors={[`scheduling:closures.notices.${notice}`]} />
      ) : null}

      <section aria-labelledby="upcoming-heading" className="page-section">
        <h2 id="upcoming-heading" className="kern-heading-medium">
          {t("closures.upcomingHeading")}
        </h2>
        {closures.length === 0 ? (
          <p className="kern-body">{t("closures.none")}</p>
        ) : (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="upcoming-heading"
          >
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  {(["office", "period", "reason", "booked", "actions"] as const).map((c) => (
                    <th className="kern-table__header" scope="col" key={c}>
                      {t(`closures.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {closures.map((c) => (
                  <tr className="kern-table__row" key={c.id}>
                    <td className="kern-table__cell">
                      <German>{c.office}</German>
                    </td>
                    <td className="kern-table__cell">
                      <DateTime value={c.startsOn} dateOnly />
                      {c.endsOn.getTime() !== c.startsOn.getTime() ? (
                        <>
                          {" – "}
                          <DateTime value={c.endsOn} dateOnly />
                        </>
                      ) : null}
                    </td>
                    <td className="kern-table__cell">
                      <German>{c.reason}</German>
                    </td>
                    <td className="kern-table__cell">
                      {c.appointments.length === 0 ? (
                        t("closures.bookedNone")
                      ) : (
                        <ul className="link-list">
                          {c.appointments.map((a) => (
                            <li key={a.id}>
                              <Link
                                className="kern-link"
                                to={`/${lang}/staff/appointments/${a.id}`}
                              >
                                <DateTime value={a.startsAt} />
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="kern-table__cell">
                      <Form method="post">
                        <input type="hidden" name="closureId" value={c.id} />
                        <button
                          type="submit"
                          name="intent"
                          value="delete"
                          className="kern-btn kern-btn--secondary kern-btn--x-small"
                        >
                          <span className="kern-label">
                            {t("closures.delete")}
                            <span className="visually-hidden">
                              {": "}
                              <German>{c.office}</German> <DateTime value={c.startsOn} dateOnly />
                            </span>
                          </span>
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="add-heading" className="page-section">
        <h2 id="add-heading" className="kern-heading-medium">
          {t("closures.addHeading")}
        </h2>
        <FormAlert errors={form.errors} />
        <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
          <SelectField
            field={fields.officeId}
            label={t("closures.office")}
            empty={t("choose")}
            options={offices.map((o) => ({ value: o.id, label: o.name, lang: "de" }))}
          />
          <FieldRow>
            {[
              <TextField
                key="startsOn"
                field={fields.startsOn}
                label={t("closures.startsOn")}
                hint={t("dateHint")}
                autoComplete="off"
              />,
              <TextField
                key="endsOn"
                field={fields.endsOn}
                label={t("closures.endsOn")}
                hint={t("closures.endsOnHint")}
                autoComplete="off"
                optional
              />,
            ]}
          </FieldRow>
          <TextField
            field={fields.reason}
            label={t("closures.reason")}
            hint={t("closures.reasonHint")}
            autoComplete="off"
          />
          <SubmitButton name="intent" value="add">
            {t("closures.add")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="holidays-heading" className="page-section">
        <h2 id="holidays-heading" className="kern-heading-medium">
          {t("closures.holidaysHeading")}
        </h2>
        <p className="kern-body">{t("closures.holidaysIntro")}</p>
        {holidays.map(({ year, days }) => (
          <div
            key={year}
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby={`holidays-${year}`}
          >
            <table className="kern-table">
              <caption className="kern-heading-small" id={`holidays-${year}`}>
                {t("closures.holidaysYear", { year })}
              </caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("closures.date")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("closures.holiday")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {days.map((h) => (
                  <tr className="kern-table__row" key={h.key}>
                    <td className="kern-table__cell">
                      <DateTime value={h.date} dateOnly />
                    </td>
                    <td className="kern-table__cell">{t(`holidays.${h.key}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </>
  );
}
