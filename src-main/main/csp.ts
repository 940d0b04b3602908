// Sent as a real response header by the app:// protocol handler. A header, unlike a <meta> tag,
// also covers workers (whose policy comes from the worker script's own response) and enforces
// frame-ancestors. 'unsafe-inline' for styles only: React and D3 set inline style attributes.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
