// Demo mode only: the mails the portal would have sent, so the demo works
// offline. Links in mails are secrets, so outside demo mode this page does not exist.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { can } from "~/domain/access/permissions";
import { DateTime } from "~/components/ui/date-time";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  if (!can(null, "read", { type: "outbox" }, { demoMode: env.DEMO_MODE })) {
    throw new Response("Not found", { status: 404 });
  }
  const mails = await prisma.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, locale: true, createdAt: true },
  });
  return { title: getFixedT(languageOf(request), "common")("outbox.title"), mails };
}

export default function Outbox() {
  const { t } = useTranslation();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">{t("outbox.title")}</h1>
      <div className="kern-alert kern-alert--info" role="note">
        <div className="kern-alert__body">
          <p className="kern-body">{t("outbox.intro")}</p>
        </div>
      </div>
      {mails.length === 0 ? <p className="kern-body">{t("outbox.empty")}</p> : null}
      <ol className="outbox-list">
        {mails.map((m) => (
          <li key={m.id} className="kern-card">
            <div className="kern-card__container">
              <div className="kern-card__body">
                <h2 className="kern-heading-small" lang={m.locale} dir="auto">
                  {m.subject}
                </h2>
                <p className="kern-body">
                  {t("outbox.to")} <bdi>{m.to}</bdi> · <DateTime value={m.createdAt} />
                </p>
                <pre className="outbox-text" lang={m.locale} dir="auto">
                  {m.text}
                </pre>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
