/**
 * The Content-Security-Policy of the renderer. Sent as a response header by the app:// protocol and
 * written as a <meta> in renderer/index.html (a unit test keeps the two equal).
 * style-src allows inline styles because Radix's scroll lock injects a <style> element; scripts stay strict.
 */
export function contentSecurityPolicy(options: { dev?: boolean; devServerOrigin?: string } = {}): string {
  const dev = options.dev === true;
  const devOrigin = options.devServerOrigin ?? 'http://localhost:5173';
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'", devOrigin] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', dev ? ["'self'", devOrigin, devOrigin.replace(/^http/, 'ws')] : ["'self'"]],
    ['media-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['worker-src', ["'self'"]],
    ['child-src', ["'none'"]],
    ['manifest-src', ["'none'"]],
    ['form-action', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
