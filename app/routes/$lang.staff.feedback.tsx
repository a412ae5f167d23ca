// Accessibility feedback (BITV NRW § 5) reaches the administrators here.
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { guard } from "~/utils/access.server";
import { DateTime } from "~/components/ui/date-time";
import { actorOf, requireRole } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  guard(actorOf(session), "read", { type: "feedback" });
  const items = await prisma.accessibilityFeedback.findMany({
    orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      email: true,
      pageUrl: true,
      message: true,
      locale: true,
      createdAt: true,
      readAt: true,
    },
  });
  return { title: getFixedT(languageOf(request), "staff")("feedback.title"), items };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  guard(actorOf(session), "update", { type: "feedback" });
  const id = String((await request.formData()).get("id") ?? "");
  const { count } = await prisma.accessibilityFeedback.updateMany({
    where: { id, readAt: null },
    data: { readAt: new Date(), readById: session.user.id },
  });
  if (
    count === 0 &&
    !(await prisma.accessibilityFeedback.findUnique({ where: { id }, select: { id: true } }))
  ) {
    throw new Response("Not found", { status: 404 });
  }
  return redirect(`/${languageOf(request)}/staff/feedback`);
}

export default function Feedback() {
  const { t } = useTranslation("staff");
  const { items } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">{t("feedback.title")}</h1>
      {items.length === 0 ? <p className="kern-body">{t("feedback.none")}</p> : null}
      <ul className="feedback-list">
        {items.map((f) => (
          <li key={f.id} className="kern-card">
            <div className="kern-card__container">
              <div className="kern-card__body">
                <p className="kern-body">
                  <DateTime value={f.createdAt} /> ·{" "}
                  {t(`common:languageNames.${f.locale}` as never)}
                  {f.readAt ? ` · ${t("feedback.read")}` : ` · ${t("feedback.unread")}`}
                </p>
                <p className="kern-body feedback-message" dir="auto">
                  {f.message}
                </p>
                <dl className="kern-description-list">
                  {f.pageUrl ? (
                    <div className="kern-description-list-item">
                      <dt className="kern-description-list-item__key">{t("feedback.page")}</dt>
                      <dd className="kern-description-list-item__value">
                        <bdi>{f.pageUrl}</bdi>
                      </dd>
                    </div>
                  ) : null}
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t("feedback.sender")}</dt>
                    <dd className="kern-description-list-item__value">
                      {f.name ?? t("feedback.anonymous")}{" "}
                      {f.email ? <bdi>&lt;{f.email}&gt;</bdi> : null}
                    </dd>
                  </div>
                </dl>
                {f.readAt ? null : (
                  <Form method="post">
                    <input type="hidden" name="id" value={f.id} />
                    <button
                      type="submit"
                      className="kern-btn kern-btn--secondary kern-btn--x-small"
                    >
                      <span className="kern-label">{t("feedback.markRead")}</span>
                    </button>
                  </Form>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
