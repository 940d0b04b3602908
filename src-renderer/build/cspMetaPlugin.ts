import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../src-main/main/csp';

/**
 * The built renderer carries the same Content-Security-Policy as a <meta> tag, so the web build is
 * protected too (Electron also sends it as a header). Dev builds skip it: Vite's dev client injects
 * inline scripts. frame-ancestors is ignored in <meta>, so it is left out there.
 */
export function cspMetaPlugin(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
