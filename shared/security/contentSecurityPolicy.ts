/**
 * The renderer's Content-Security-Policy. Remote images and media are allowed (avatars, emoji,
 * attachments come from any Misskey server); scripts, styles and connections only from the app itself:
 * the renderer talks to servers only through the core, over IPC.
 */
const productionDirectives: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'https:', 'http:', 'data:', 'blob:']],
  ['media-src', ["'self'", 'https:', 'http:', 'blob:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

export interface CspOptions {
  /** Vite's dev server needs its inline React-refresh preamble and its HMR WebSocket. */
  devServerOrigin?: string;
  /** `frame-ancestors` is ignored (with a console warning) in a `<meta>` tag, so it is left out there. */
  forMetaTag?: boolean;
  /** The host's loopback WebSocket, which carries the contract where IPC does in Electron. */
  rpcSocketOrigin?: string;
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const directives = productionDirectives
    .filter(([name]) => !(options.forMetaTag && name === 'frame-ancestors'))
    .map(([name, sources]): [string, string[]] => [name, [...sources]]);
  if (options.devServerOrigin) {
    const ws = options.devServerOrigin.replace(/^http/, 'ws');
    for (const [name, sources] of directives) {
      if (name === 'script-src') sources.push("'unsafe-inline'");
      if (name === 'connect-src') sources.push(ws);
    }
  }
  if (options.rpcSocketOrigin) {
    directives.find(([name]) => name === 'connect-src')?.[1].push(options.rpcSocketOrigin);
  }
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
