export { queueMail, deliverQueuedMail, requeueMail, type Mail } from "./outbox";
export { deliverQueuedMailAfterResponse } from "./after-response";
export { mailTransport, mailFrom } from "./transport";
