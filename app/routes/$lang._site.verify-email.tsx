// The link in the mail opens this page; the address is confirmed only by the
// button (a POST), because no GET may change anything.
import { parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "~/components/ui/field";
import { VerifyEmailSchema } from "~/domain/accounts/schemas";
import { peekToken } from "~/domain/accounts/tokens.server";
import { verifyEmail } from "~/domain/accounts/registration.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "auth"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token.length > 20 && (await peekToken("verify-email", token)) !== null;
  return { title: getFixedT(lang, "auth")("verify.title"), token: valid ? token : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: VerifyEmailSchema });
  if (submission.status !== "success" || !(await verifyEmail(submission.value.token))) {
    return invalid({ status: "error", error: { "": ["auth:verify.invalidLink"] } });
  }
  return redirect(`/${lang}/login?notice=emailVerified`);
}

export default function VerifyEmail() {
  const { t } = useTranslation("auth");
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("verify.title")}</h1>
      <FormAlert errors={result?.error?.[""] ?? undefined} />
      {token ? (
        <Form method="post" className="form-stack">
          <p className="kern-body">{t("verify.intro")}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{t("verify.submit")}</SubmitButton>
        </Form>
      ) : (
        <FormAlert errors={["auth:verify.invalidLink"]} />
      )}
    </div>
  );
}
