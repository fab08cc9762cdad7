/**
 * Puts the Content-Security-Policy into every built page as a <meta> tag (the site is static, so
 * there are no response headers to carry it). Only in builds: the dev server injects its own
 * inline styles and client, which the policy rightly forbids.
 *
 * What the policy allows, and why:
 * - scripts, styles, fonts, fetches, the manifest and the service worker from the site only:
 *   no inline script, no eval, no other host (no telemetry, no network beyond our own files);
 * - images from data: and blob: as well, because Phaser makes its built-in textures from data:
 *   URLs and the teacher page reads pictures of QR codes through blob: URLs;
 * - media from data: and blob: for the audio library's fallbacks;
 * - no plugins, no <base>, no form posts. (frame-ancestors cannot be set from a meta tag; a host
 *   that wants to forbid framing adds it as a header.)
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function securityPlugin(): Plugin {
  return {
    name: 'factsprint-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
