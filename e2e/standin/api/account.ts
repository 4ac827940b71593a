import type { entities } from 'misskey-js';
import { POLICIES } from '../pack';
import { MAX_NOTE_TEXT_LENGTH } from './notes';
import { translatorAvailable } from '../translator';
import { apShow } from './ap';
import { optString } from './params';
import { me, type ApiCtx, type Endpoint } from './types';

function meta(ctx: ApiCtx) {
  const lite = {
    maintainerName: null,
    maintainerEmail: null,
    version: '2026.5.4',
    providesTarball: false,
    name: ctx.serverName,
    shortName: null,
    uri: ctx.baseUrl,
    description: 'A loopback stand-in for a Misskey server (MissDeck tests).',
    langs: [],
    tosUrl: null,
    repositoryUrl: 'https://github.com/misskey-dev/misskey',
    feedbackUrl: 'https://github.com/misskey-dev/misskey/issues/new',
    impressumUrl: null,
    privacyPolicyUrl: null,
    inquiryUrl: null,
    disableRegistration: true,
    emailRequiredForSignup: false,
    enableHcaptcha: false,
    hcaptchaSiteKey: null,
    enableMcaptcha: false,
    mcaptchaSiteKey: null,
    mcaptchaInstanceUrl: null,
    enableRecaptcha: false,
    recaptchaSiteKey: null,
    enableTurnstile: false,
    turnstileSiteKey: null,
    enableTestcaptcha: false,
    googleAnalyticsMeasurementId: null,
    swPublickey: null,
    themeColor: ctx.world.state.themeColor,
    mascotImageUrl: '/assets/ai.png',
    bannerUrl: null,
    infoImageUrl: null,
    serverErrorImageUrl: null,
    notFoundImageUrl: null,
    iconUrl: `${ctx.baseUrl}/files/icon.png`,
    backgroundImageUrl: null,
    logoImageUrl: null,
    maxNoteTextLength: MAX_NOTE_TEXT_LENGTH,
    defaultLightTheme: null,
    defaultDarkTheme: null,
    clientOptions: {},
    ads: [],
    notesPerOneAd: 0,
    enableEmail: false,
    enableServiceWorker: false,
    translatorAvailable: translatorAvailable(ctx.world),
    serverRules: [],
    policies: POLICIES,
    sentryForFrontend: null,
    mediaProxy: `${ctx.baseUrl}/proxy`,
    enableUrlPreview: true,
    noteSearchableScope: 'global',
    maxFileSize: 262144000,
    federation: 'none',
  };
  if (ctx.body.detail !== true) return lite as unknown as entities.MetaLite;
  return {
    ...lite,
    cacheRemoteFiles: false,
    cacheRemoteSensitiveFiles: true,
    requireSetup: false,
    proxyAccountName: 'system.proxy',
    features: {
      registration: false,
      emailRequiredForSignup: false,
      hcaptcha: false,
      recaptcha: false,
      turnstile: false,
      objectStorage: false,
      serviceWorker: false,
      miauth: true,
    },
  } as unknown as entities.MetaDetailed;
}

/** i/revoke-token is `secure`: only the web client (native login token) may call it. */
function revokeToken(ctx: ApiCtx) {
  const user = me(ctx);
  const token = optString(ctx.body, 'token');
  const tokenId = optString(ctx.body, 'tokenId');
  for (const rec of ctx.state.tokens.values()) {
    if (rec.userId !== user.id || rec.permissions === null) continue;
    if ((token !== undefined && rec.token === token) || (tokenId !== undefined && rec.id === tokenId)) rec.revoked = true;
  }
  return undefined;
}

export const accountEndpoints: Record<string, Endpoint> = {
  meta: { requireCredential: false, handler: meta },
  i: { requireCredential: true, permission: 'read:account', handler: (ctx) => ctx.packer.meDetailed(me(ctx)) },
  'i/revoke-token': { requireCredential: true, secure: true, handler: revokeToken },
  'ap/show': { requireCredential: true, permission: 'read:account', handler: apShow },
};
