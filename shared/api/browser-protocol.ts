// The wire details of browser mode, shared by the local server and the renderer's HTTP transport.
//   POST /api/invoke/<method>   body: JSON array of arguments   → ApiResult as JSON
//   GET  /api/events?key=…      server-sent events, `event: <name>`, `data: <JSON payload>`
// API calls and assets carry the per-launch key (header or query). The app's own files (code, styles,
// fonts) load with a cookie that holds a separate, page-only secret set on the first page load.

export const browserKeyHeader = 'x-oa-planner-key';
export const browserKeyParam = 'key';
/** Prefix of the page cookie's name; the port follows it. */
export const browserKeyCookie = 'oa_planner_page';
export const maxRequestBodyBytes = 8 * 1024 * 1024;
