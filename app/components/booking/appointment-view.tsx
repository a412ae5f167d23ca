// One appointment as its citizen sees it: status, when and where, the
// reference with its QR code for the front desk, what to bring, what it
// covers, and the calendar file. Used by the confirmation and manage pages.
import { useTranslation } from "react-i18next";
import {
  AppointmentFacts,
  DocumentList,
  useBerlinFormat,
  type OfficeFacts,
  type When,
} from "./booking-ui";

export interface AppointmentViewData {
  reference: string;
  status: string;
  startsAt: When;
  endsAt: When;
  channel: "IN_PERSON" | "PHONE" | "VIDEO";
  topicKey: string;
  office: OfficeFacts;
  videoUrl: string | null;
  documents: { title: string; note?: string }[];
  holdExpiresAt: When | null;
  cancelReason: string | null;
  cancelledByStaff: boolean;
  manageToken: string;
}

export function AppointmentView({
  lang,
  appointment: a,
  qrSvg,
}: {
  lang: string;
  appointment: AppointmentViewData;
  qrSvg: string | null;
}) {
  const { t } = useTranslation("booking");
  const f = useBerlinFormat();
  const calendarHref = `/${lang}/appointments/${a.manageToken}/calendar.ics`;
  return (
    <>
      {a.status === "HELD" && a.holdExpiresAt ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("confirmation.held", { time: f.time(a.holdExpiresAt) })}</p>
          </div>
        </div>
      ) : null}
      {a.status === "CANCELLED" ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("manage.cancelled")}</p>
            {a.cancelledByStaff && a.cancelReason ? (
              <p className="kern-body">{t("manage.cancelReason", { reason: a.cancelReason })}</p>
            ) : null}
          </div>
        </div>
      ) : null}
      <section aria-labelledby="facts-heading" className="page-section">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t("confirmation.factsHeading")}
        </h2>
        <AppointmentFacts
          startsAt={a.startsAt}
          endsAt={a.endsAt}
          channel={a.channel}
          office={a.office}
          topicKey={a.topicKey}
          videoUrl={a.videoUrl}
          reference={a.reference}
        />
        <p className="kern-hint">{t(`common:appointmentStatus.${a.status}` as never)}</p>
      </section>
      {a.status !== "CANCELLED" ? (
        <>
          <section aria-labelledby="reference-heading" className="page-section reference-box">
            <h2 id="reference-heading" className="kern-heading-medium">
              {t("confirmation.referenceHeading")}
            </h2>
            <p className="kern-body">{t("confirmation.referenceText")}</p>
            <p className="reference-code reference-code--large">
              <bdi dir="ltr">{a.reference}</bdi>
            </p>
            {qrSvg ? (
              <div
                className="qr-code"
                role="img"
                aria-label={t("confirmation.qrLabel", { reference: a.reference })}
                // The SVG is generated on the server from the reference alone.
                dangerouslySetInnerHTML={{ __html: qrSvg }}
              />
            ) : null}
          </section>
          <section aria-labelledby="bring-heading" className="page-section">
            <h2 id="bring-heading" className="kern-heading-medium">
              {t("confirmation.bring")}
            </h2>
            <DocumentList documents={a.documents} />
          </section>
          <section aria-labelledby="covers-heading" className="page-section">
            <h2 id="covers-heading" className="kern-heading-medium">
              {t("confirmation.covers")}
            </h2>
            <p className="kern-body">{t(`common:topicCovers.${a.topicKey}` as never)}</p>
          </section>
          {a.status !== "HELD" ? (
            <p className="kern-body">
              <a className="kern-link" href={calendarHref} download>
                {t("confirmation.calendar")}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
