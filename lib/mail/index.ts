export { queueMail, deliverQueuedMail, type Mail } from "./outbox";
export { mailTransport, mailFrom } from "./transport";
