/** What the page frame shows of the signed-in person: name and role, nothing more. */
export type ShellUser = {
  name: string;
  role: "CITIZEN" | "FRONT_DESK" | "CASEWORKER" | "TEAM_LEAD" | "ADMIN" | "PARTNER";
};
