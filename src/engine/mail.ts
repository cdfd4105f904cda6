// Mail sent through nodemailer goes to the addresses in `to`, `cc` and `bcc`. An address written in the
// code at a domain that is not first party is a third party receiving the message (a partner's order
// desk, a lab's inbox); an address taken from the data (the user's own email) is the data subject, and an
// address at a first-party domain is the company's own mailbox. The SMTP relay the transport names
// (`createTransport({ host: 'smtpdm.aliyun.com' })`) receives every message it relays: a mail service
// (DirectMail, SendGrid's SMTP, a mailbox provider) is a third party unless its host is first party or
// local; a relay named only by configuration (`host: process.env.SMTP_HOST`) is not known.
import type { Str, Val } from "./values.js";

const ADDRESS_FIELDS = ["to", "cc", "bcc"];
const ADDRESS = /[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,63})/g;

const HEADER_FIELDS = new Set(["to", "cc", "bcc", "from", "replyTo", "sender"]);

/** The message without the constant addresses written in the code (the company's and the partner's own). */
export function mailContent(options: Val | undefined): Val | undefined {
  if (!options?.fields) return options;
  const fields = new Map([...options.fields].filter(([k, v]) => !(HEADER_FIELDS.has(k) && v.str?.complete)));
  return { ...options, fields };
}

/** The domains of the constant recipient addresses of a nodemailer message (`sendMail(options)`). */
export function constantMailDomains(options: Val | undefined): string[] {
  const out = new Set<string>();
  for (const field of ADDRESS_FIELDS) {
    const v = options?.fields?.get(field);
    if (!v) continue;
    const strs: Str[] = [];
    if (v.str?.complete) strs.push(v.str);
    // `to: ['a@x.com', 'b@y.com']`
    for (const [k, el] of v.fields ?? []) if (/^\d+$/.test(k) && el.str?.complete) strs.push(el.str);
    for (const s of strs) for (const m of s.prefix.slice(0, 2000).matchAll(ADDRESS)) out.add(m[1].toLowerCase());
  }
  return [...out];
}

/** The host of the SMTP relay a nodemailer transport names: `{ host }`, or an `smtp(s)://…@host:port` URL. */
export function smtpRelay(options: Val | undefined): string | undefined {
  const url = options?.str?.complete ? options.str.prefix : undefined;
  if (url) return /^smtps?:\/\/(?:[^@/]*@)?([A-Za-z0-9.-]+)/i.exec(url)?.[1]?.toLowerCase();
  const host = options?.fields?.get("host")?.str;
  return host?.complete && /^[A-Za-z0-9.-]+$/.test(host.prefix) ? host.prefix.toLowerCase() : undefined;
}
