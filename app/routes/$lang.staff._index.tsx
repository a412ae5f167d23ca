import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { actorOf, requireRole, STAFF_ROLES } from "~/utils/auth.server";
import {
  adminFigures,
  caseCounts,
  partnerReferralCounts,
  teamCaseload,
  upcomingAppointments,
} from "~/domain/staff/overview.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { DateTime } from "~/components/ui/date-time";
import { German } from "~/components/ui/german";

export const handle = { i18n: ["common", "staff"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, STAFF_ROLES);
  const actor = actorOf(session);
  const [appointments, cases, caseload, admin, referrals] = await Promise.all([
    upcomingAppointments(actor),
    caseCounts(actor),
    teamCaseload(actor),
    adminFigures(actor),
    partnerReferralCounts(actor),
  ]);
  return {
    title: getFixedT(languageOf(request), "staff")("overview.title"),
    name: session.user.name,
    appointments,
    cases,
    caseload,
    admin,
    referrals,
  };
}

export default function StaffOverview() {
  const { t } = useTranslation(["staff", "common"]);
  const { name, appointments, cases, caseload, admin, referrals } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">{t("overview.greeting", { name })}</h1>
      {admin ? (
        <section aria-labelledby="admin-heading" className="page-section">
          <h2 id="admin-heading" className="kern-heading-medium">
            {t("overview.admin.heading")}
          </h2>
          <dl className="figures">
            {(Object.keys(admin) as (keyof typeof admin)[]).map((k) => (
              <div key={k}>
                <dt>{t(`overview.admin.${k}`)}</dt>
                <dd>{admin[k]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {cases ? (
        <section aria-labelledby="cases-heading" className="page-section">
          <h2 id="cases-heading" className="kern-heading-medium">
            {t("overview.cases.heading")}
          </h2>
          {cases.length === 0 ? (
            <p className="kern-body">{t("overview.cases.none")}</p>
          ) : (
            <dl className="figures">
              {cases.map((c) => (
                <div key={c.phase}>
                  <dt>{t(`common:casePhases.${c.phase}` as never)}</dt>
                  <dd>{c.count}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ) : null}
      {caseload ? (
        <section aria-labelledby="caseload-heading" className="page-section">
          <h2 id="caseload-heading" className="kern-heading-medium">
            {t("overview.caseload.heading")}
          </h2>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="caseload-heading"
          >
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("overview.caseload.caseworker")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("overview.caseload.openCases")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {caseload.members.map((m) => (
                  <tr className="kern-table__row" key={m.name}>
                    <td className="kern-table__cell">{m.name}</td>
                    <td className="kern-table__cell">{m.openCases}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="kern-body">
            {t("overview.caseload.unassigned", { count: caseload.unassigned })}
          </p>
        </section>
      ) : null}
      {referrals ? (
        <section aria-labelledby="referrals-heading" className="page-section">
          <h2 id="referrals-heading" className="kern-heading-medium">
            {t("overview.referrals.heading")}
          </h2>
          {referrals.length === 0 ? (
            <p className="kern-body">{t("overview.referrals.none")}</p>
          ) : (
            <dl className="figures">
              {referrals.map((r) => (
                <div key={r.status}>
                  <dt>{t(`common:referralStatus.${r.status}` as never)}</dt>
                  <dd>{r.count}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ) : null}
      {appointments.length > 0 || cases ? (
        <section aria-labelledby="appointments-heading" className="page-section">
          <h2 id="appointments-heading" className="kern-heading-medium">
            {t("overview.appointments.heading")}
          </h2>
          {appointments.length === 0 ? (
            <p className="kern-body">{t("overview.appointments.none")}</p>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby="appointments-heading"
            >
              <table className="kern-table">
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th className="kern-table__header" scope="col">
                      {t("overview.appointments.time")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("overview.appointments.citizen")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("overview.appointments.topic")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("overview.appointments.channel")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("overview.appointments.needs")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("overview.appointments.reference")}
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {appointments.map((a) => (
                    <tr className="kern-table__row" key={a.id}>
                      <td className="kern-table__cell">
                        <DateTime value={a.startsAt} />
                        <br />
                        <German>{a.officeName}</German>
                      </td>
                      <td className="kern-table__cell">{a.citizenName}</td>
                      <td className="kern-table__cell">
                        {t(`common:topics.${a.topicLabel}` as never, {
                          defaultValue: t("common:topics.consultation"),
                        })}
                      </td>
                      <td className="kern-table__cell">
                        {t(`common:channels.${a.channel}` as never)}
                      </td>
                      <td className="kern-table__cell">
                        {[
                          t(`common:languageNames.${a.locale}` as never),
                          a.interpreterNeeded ? t("overview.appointments.interpreter") : null,
                          a.languageNeeds,
                          a.accessibilityNeeds,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </td>
                      <td className="kern-table__cell">
                        <code className="bidi-isolate">{a.reference}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
