// The scheduling back office at a glance: who can be booked (offices, topics,
// languages, next absence), the booking topics and the booking settings, with
// links to where each is changed. Team leads see the staff of their own team;
// topics, closures and settings are changed by administrators only.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateTime } from "~/components/ui/date-time";
import { Fact } from "~/components/ui/fact";
import { German } from "~/components/ui/german";
import { canAdministerBooking } from "~/domain/scheduling-admin/access.server";
import { bookingSettingsForAdmin } from "~/domain/scheduling-admin/settings.server";
import { listStaffOverview } from "~/domain/scheduling-admin/staff.server";
import { listTopicsForAdmin } from "~/domain/scheduling-admin/topics.server";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "scheduling", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN", "TEAM_LEAD"]);
  const actor = actorOf(session);
  const [staff, topics, settings] = await Promise.all([
    asHttp(() => listStaffOverview(actor)),
    asHttp(() => listTopicsForAdmin(actor)),
    asHttp(() => bookingSettingsForAdmin(actor)),
  ]);
  const lang = languageOf(request);
  const names = new Intl.DisplayNames([lang], { type: "language" });
  return {
    lang,
    title: getFixedT(lang, "scheduling")("overview.title"),
    isAdmin: canAdministerBooking(actor),
    staff: staff.map((s) => ({
      ...s,
      // Language names in the page's language ("Persisch" for fa), from the runtime's ICU.
      languages: s.languages.map((code) => ({ code, name: names.of(code) ?? code })),
    })),
    topics,
    settings: settings.values,
  };
}

export default function SchedulingOverview() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { lang, isAdmin, staff, topics, settings } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/scheduling`;
  const topicLabel = (key: string) =>
    t(`common:topics.${key}` as never, { defaultValue: key }) as string;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("overview.title")}</h1>
        <p className="kern-body">{t("overview.lead")}</p>
        {isAdmin ? null : <p className="kern-body">{t("overview.leadTeam")}</p>}
      </div>

      <section aria-labelledby="staff-heading" className="page-section">
        <h2 id="staff-heading" className="kern-heading-medium">
          {t("overview.staffHeading")}
        </h2>
        {staff.length === 0 ? (
          <p className="kern-body">{t("overview.staffNone")}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="staff-heading">
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  {(
                    ["name", "offices", "topics", "languages", "nextAbsence", "bookable"] as const
                  ).map((c) => (
                    <th className="kern-table__header" scope="col" key={c}>
                      {t(`overview.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {staff.map((s) => (
                  <tr className="kern-table__row" key={s.id}>
                    <th className="kern-table__cell" scope="row">
                      <Link className="kern-link" to={`${base}/staff/${s.id}`}>
                        <bdi>{s.name}</bdi>
                        <span className="visually-hidden">: {t("overview.edit")}</span>
                      </Link>
                      <br />
                      {t(`common:roles.${s.role}` as never)}
                      {s.team ? (
                        <>
                          {" · "}
                          <German>{s.team}</German>
                        </>
                      ) : null}
                    </th>
                    <td className="kern-table__cell">
                      {s.offices.length ? (
                        <German>{s.offices.join(", ")}</German>
                      ) : (
                        t("overview.none")
                      )}
                    </td>
                    <td className="kern-table__cell">
                      {s.topics.length ? s.topics.map(topicLabel).join(", ") : t("overview.none")}
                    </td>
                    <td className="kern-table__cell">
                      {s.languages.length
                        ? s.languages.map((l, i) => (
                            <span key={l.code}>
                              {i > 0 ? ", " : null}
                              {l.name}
                            </span>
                          ))
                        : t("overview.none")}
                    </td>
                    <td className="kern-table__cell">
                      {s.nextAbsence ? (
                        <>
                          {t(`absenceKinds.${s.nextAbsence.kind}`)}:{" "}
                          <DateTime value={s.nextAbsence.startsAt} dateOnly /> –{" "}
                          <DateTime
                            value={new Date(new Date(s.nextAbsence.endsAt).getTime() - 1)}
                            dateOnly
                          />
                        </>
                      ) : (
                        t("overview.none")
                      )}
                    </td>
                    <td className="kern-table__cell">
                      {s.missing ? t(`overview.missing.${s.missing}`) : t("overview.bookableYes")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="topics-heading" className="page-section">
        <h2 id="topics-heading" className="kern-heading-medium">
          {t("overview.topicsHeading")}
        </h2>
        {isAdmin ? (
          <p className="kern-body">
            <Link className="kern-btn kern-btn--secondary" to={`${base}/topics/new`}>
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{t("nav.newTopic")}</span>
            </Link>
          </p>
        ) : null}
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="topics-heading">
          <table className="kern-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                {(["topic", "duration", "channels", "window", "staffCount", "state"] as const).map(
                  (c) => (
                    <th className="kern-table__header" scope="col" key={c}>
                      {t(`overview.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {topics.map((topic) => (
                <tr className="kern-table__row" key={topic.id}>
                  <th className="kern-table__cell" scope="row">
                    {isAdmin ? (
                      <Link className="kern-link" to={`${base}/topics/${topic.id}`}>
                        {topicLabel(topic.key)}
                      </Link>
                    ) : (
                      topicLabel(topic.key)
                    )}
                    <br />
                    <code dir="ltr">{topic.key}</code>
                  </th>
                  <td className="kern-table__cell">
                    {t("overview.durationValue", {
                      duration: topic.durationMinutes,
                      buffer: topic.bufferMinutes,
                    })}
                  </td>
                  <td className="kern-table__cell">
                    {topic.channels.map((c) => t(`common:channels.${c}`)).join(", ")}
                  </td>
                  <td className="kern-table__cell">
                    {t("overview.windowValue", {
                      lead: topic.leadTimeMinutes / 60,
                      days: topic.horizonDays,
                    })}
                  </td>
                  <td className="kern-table__cell">{topic.staffCount}</td>
                  <td className="kern-table__cell">
                    {topic.active ? t("overview.active") : t("overview.inactive")}
                    {topic.sensitive ? `, ${t("overview.sensitive")}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="settings-heading" className="page-section">
        <h2 id="settings-heading" className="kern-heading-medium">
          {t("overview.settingsHeading")}
        </h2>
        <dl className="kern-description-list">
          <Fact term={t("settings.citizenCutoffHours")}>
            {t("settings.citizenCutoffHoursValue", { count: settings.citizenCutoffHours })}
          </Fact>
          <Fact term={t("settings.reminderHours")}>
            {t("settings.reminderHoursValue", { count: settings.reminderHours })}
          </Fact>
          <Fact term={t("settings.dailyLimitPerEmail")}>{settings.dailyLimitPerEmail}</Fact>
        </dl>
        {isAdmin ? (
          <ul className="link-list">
            <li>
              <Link className="kern-link" to={`${base}/settings`}>
                {t("nav.settings")}
              </Link>
            </li>
          </ul>
        ) : null}
      </section>

      {isAdmin ? (
        <section aria-labelledby="closures-heading" className="page-section">
          <h2 id="closures-heading" className="kern-heading-medium">
            {t("overview.closuresHeading")}
          </h2>
          <p className="kern-body">{t("overview.closuresText")}</p>
          <ul className="link-list">
            <li>
              <Link className="kern-link" to={`${base}/closures`}>
                {t("nav.closures")}
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}
