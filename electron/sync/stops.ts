// Why an entry's attempts end at once, without a retry: thrown inside a try, they pass p-retry by.

/** Ends an entry's attempts at once, without a retry. */
export class Stop extends Error {}

/** The retry key's window has passed during the retries. */
export class WindowPassed extends Stop {}

/** Another worker took the lease over (this one was stalled past its expiry): stop at once. */
export class LeaseLost extends Stop {}

/** The entry was discarded or retried from elsewhere (the app, the CLI) before it left: not sent. */
export class Withdrawn extends Stop {}
