import type common from "../../locales/de/common.json";
import type auth from "../../locales/de/auth.json";
import type account from "../../locales/de/account.json";
import type legal from "../../locales/de/legal.json";
import type staff from "../../locales/de/staff.json";
import type mail from "../../locales/de/mail.json";
import type directory from "../../locales/de/directory.json";
import type finder from "../../locales/de/finder.json";
import type admin from "../../locales/de/admin.json";
import type booking from "../../locales/de/booking.json";
import type appointments from "../../locales/de/appointments.json";
import type scheduling from "../../locales/de/scheduling.json";
import type waitlist from "../../locales/de/waitlist.json";

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
      directory: typeof directory;
      finder: typeof finder;
      admin: typeof admin;
      booking: typeof booking;
      appointments: typeof appointments;
      scheduling: typeof scheduling;
      waitlist: typeof waitlist;
    };
  }
}
