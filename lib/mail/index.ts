export { queueMail, deliverQueuedMail, requeueMail, type Mail } from "./outbox";
export { mailTransport, mailFrom } from "./transport";
