// The wire details of browser mode, shared by the local server and the renderer's HTTP transport.
//   POST /api/invoke/<method>   body: JSON array of arguments   → ApiResult as JSON
//   GET  /api/events?key=…      server-sent events, `event: <name>`, `data: <JSON payload>`
//   GET  /assets/<sha256>       the user's photos, fetched by the page
// API calls and assets carry the per-launch key in the header; only the event stream (EventSource
// cannot send headers) and the launch address take it in the query. The app's own files (code,
// styles, fonts) load with a cookie that holds a separate, page-only secret set on the first load.

export const browserKeyHeader = 'x-oa-planner-key';
export const browserKeyParam = 'key';
/** Prefix of the page cookie's name; the port follows it. */
export const browserKeyCookie = 'oa_planner_page';
export const maxRequestBodyBytes = 8 * 1024 * 1024;
/**
 * The <meta> name under which the server tells the page which command started it, so a page
 * opened without the key names the command the user actually ran.
 */
export const launchCommandMetaName = 'oa-planner-launch-command';
