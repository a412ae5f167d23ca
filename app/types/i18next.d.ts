import type common from "../../locales/de/common.json";
import type auth from "../../locales/de/auth.json";
import type account from "../../locales/de/account.json";
import type legal from "../../locales/de/legal.json";
import type staff from "../../locales/de/staff.json";
import type mail from "../../locales/de/mail.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      auth: typeof auth;
      account: typeof account;
      legal: typeof legal;
      staff: typeof staff;
      mail: typeof mail;
    };
  }
}
