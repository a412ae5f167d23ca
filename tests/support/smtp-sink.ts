// A real SMTP server on loopback for the end-to-end tests: every mail the
// portal sends is stored as an .eml file that the tests read and parse.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export const MAIL_DIR = path.resolve(process.env.MAIL_DIR ?? "data/e2e/mail");
const port = Number(process.env.SMTP_PORT ?? 2525);

fs.rmSync(MAIL_DIR, { recursive: true, force: true });
fs.mkdirSync(MAIL_DIR, { recursive: true });

let n = 0;
const server = new SMTPServer({
  authOptional: true,
  disableReverseLookup: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      const name = `${Date.now()}-${String(++n).padStart(5, "0")}.eml`;
      fs.writeFileSync(path.join(MAIL_DIR, name), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () =>
  console.log(`SMTP sink on 127.0.0.1:${port}, writing to ${MAIL_DIR}`),
);
