// The Content-Security-Policy every renderer page is served with, in Electron and in browser mode.
// renderer/index.html carries the same policy as a meta tag for file-less previews.

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  // LINE serves Official Account pictures (the bot info's pictureUrl) from this host only.
  "img-src 'self' data: blob: https://profile.line-scdn.net",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
