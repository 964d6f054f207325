// The wire details of browser mode, shared by the local server and the renderer's HTTP transport.
//   POST /api/invoke/<method>   body: JSON array of arguments   → ApiResult as JSON
//   GET  /api/events?key=…      server-sent events, `event: <name>`, `data: <JSON payload>`
// Every request carries the per-launch key (header, query or the cookie set on the first page load).

export const browserKeyHeader = 'x-oa-planner-key';
export const browserKeyParam = 'key';
export const browserKeyCookie = 'oa_planner_key';
export const maxRequestBodyBytes = 8 * 1024 * 1024;
