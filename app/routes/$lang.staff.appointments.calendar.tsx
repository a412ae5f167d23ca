// A caseworker's own day or week (`?view=day|week&date=YYYY-MM-DD`), in
// Berlin time: one list per day under its own heading, so a screen reader can
// jump from day to day; no drag and drop. Team leads may open the calendar of
// a member of their team, where they see when that person is busy, not with
// whom (permissions.ts: no case content of other people's cases).
import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import {
  calendarStaffOptions,
  dateParam,
  staffCalendar,
  weekStart,
} from "~/domain/booking/staff-views.server";
import { addDays, berlinDate, isoWeekday } from "~/domain/scheduling/berlin-time";
import { forbidden } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "appointments", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["FRONT_DESK", "CASEWORKER", "TEAM_LEAD"]);
  const actor = actorOf(session);
  const lang = languageOf(request);
  // The front desk has no calendar of its own: its page is the office's day.
  if (actor.role === "FRONT_DESK") throw redirect(`/${lang}/staff/appointments`);
  const url = new URL(request.url);
  const now = new Date();
  const options = await calendarStaffOptions(actor);
  const staffId = url.searchParams.get("staff") || actor.id;
  const staff = options.find((o) => o.id === staffId);
  if (!staff) throw forbidden();
  const view: "day" | "week" = url.searchParams.get("view") === "week" ? "week" : "day";
  const date = dateParam(url.searchParams.get("date"), now);
  const from = view === "week" ? weekStart(date) : date;
  const days = await staffCalendar(actor, staff.id, from, view === "week" ? 7 : 1, now);
  const step = view === "week" ? 7 : 1;
  const t = getFixedT(lang, "appointments");
  return {
    lang,
    title:
      staff.id === actor.id ? t("calendar.title") : t("calendar.titleOf", { name: staff.name }),
    own: staff.id === actor.id,
    staffName: staff.name,
    staffId: staff.id,
    options,
    view,
    date,
    today: berlinDate(now),
    prev: addDays(date, -step),
    next: addDays(date, step),
    // A weekend day shows only when something is booked on it.
    days: days.filter((d) => isoWeekday(d.date) < 6 || d.entries.length > 0),
  };
}

/** A Berlin calendar date in words ("Dienstag, 14. Januar 2031"). */
function dayLabel(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export default function Calendar() {
  const { t, i18n } = useTranslation(["appointments", "common"]);
  const { lang, title, own, staffId, options, view, date, today, prev, next, days } =
    useLoaderData<typeof loader>();
  const link = (d: string, v: string = view) => {
    const params = new URLSearchParams({ view: v, date: d });
    if (!own) params.set("staff", staffId);
    return `/${lang}/staff/appointments/calendar?${params}`;
  };
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large page-header__title">{title}</h1>
        <div className="page-header__actions">
          <Link className="kern-btn kern-btn--secondary" to={`/${lang}/staff/appointments/new`}>
            <span className="kern-label">{t("calendar.book")}</span>
          </Link>
        </div>
      </div>

      <Form method="get" className="form-stack" aria-label={t("calendar.filter.label")}>
        {options.length > 1 ? (
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="calendar-staff">
              {t("calendar.filter.staff")}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                className="kern-form-input__select"
                id="calendar-staff"
                name="staff"
                defaultValue={staffId}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t("calendar.filter.view")}</legend>
          <div className="kern-fieldset__body">
            {(["day", "week"] as const).map((v) => (
              <div className="kern-form-check" key={v}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  name="view"
                  id={`calendar-view-${v}`}
                  value={v}
                  defaultChecked={view === v}
                />
                <label className="kern-label" htmlFor={`calendar-view-${v}`}>
                  {t(`calendar.views.${v}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="calendar-date">
            {t("calendar.filter.date")}
          </label>
          <input
            className="kern-form-input__input"
            type="date"
            id="calendar-date"
            name="date"
            defaultValue={date}
          />
        </div>
        <SubmitButton variant="secondary">{t("calendar.filter.submit")}</SubmitButton>
      </Form>

      <nav aria-label={t("calendar.nav")} className="kern-my-sm">
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={link(prev)}>
              {t(`calendar.previous.${view}`)}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={link(today)}>
              {t("calendar.today")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={link(next)}>
              {t(`calendar.next.${view}`)}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={link(date, view === "day" ? "week" : "day")}>
              {t(`calendar.switchTo.${view === "day" ? "week" : "day"}`)}
            </Link>
          </li>
        </ul>
      </nav>

      {days.map((day) => {
        const headingId = `day-${day.date}`;
        return (
          <section key={day.date} aria-labelledby={headingId} className="page-section">
            <h2 id={headingId} className="kern-heading-medium">
              {dayLabel(day.date, i18n.language)}
              {day.date === today ? ` (${t("calendar.todayMark")})` : ""}
            </h2>
            {day.entries.length === 0 ? (
              <p className="kern-body">{t("calendar.none")}</p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
                <table className="kern-table">
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th className="kern-table__header" scope="col">
                        {t("calendar.columns.time")}
                      </th>
                      <th className="kern-table__header" scope="col">
                        {t("calendar.columns.person")}
                      </th>
                      <th className="kern-table__header" scope="col">
                        {t("calendar.columns.topic")}
                      </th>
                      <th className="kern-table__header" scope="col">
                        {t("calendar.columns.place")}
                      </th>
                      <th className="kern-table__header" scope="col">
                        {t("calendar.columns.status")}
                      </th>
                      <th className="kern-table__header" scope="col">
                        {t("calendar.columns.preparation")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {day.entries.map((e) => (
                      <tr className="kern-table__row" key={`${e.startsAt}-${e.from}`}>
                        <td className="kern-table__cell">
                          <time
                            dateTime={new Date(e.startsAt).toISOString()}
                            className="bidi-isolate"
                          >
                            {e.from}–{e.until}
                          </time>
                        </td>
                        <th className="kern-table__cell" scope="row">
                          {e.kind === "appointment" ? (
                            <Link className="kern-link" to={`/${lang}/staff/appointments/${e.id}`}>
                              <bdi>{e.citizenName}</bdi>
                            </Link>
                          ) : (
                            t("calendar.busy")
                          )}
                        </th>
                        <td className="kern-table__cell">
                          {e.kind === "appointment"
                            ? t(`common:topics.${e.topicLabel}` as never, {
                                defaultValue: t("common:topics.consultation"),
                              })
                            : null}
                        </td>
                        <td className="kern-table__cell">
                          {t(`common:channels.${e.channel}` as never)}
                          {e.channel === "IN_PERSON" ? (
                            <>
                              {", "}
                              <German>{e.officeName}</German>
                            </>
                          ) : null}
                        </td>
                        <td className="kern-table__cell">
                          {t(`common:appointmentStatus.${e.status}` as never)}
                        </td>
                        <td className="kern-table__cell">
                          {e.kind === "appointment"
                            ? [
                                e.prepared ? t("calendar.prepared") : null,
                                e.interpreterNeeded ? t("calendar.interpreter") : null,
                              ]
                                .filter(Boolean)
                                .join(" · ")
                            : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
