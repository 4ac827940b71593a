/** Who the app is to the OS. `appId` must equal electron-builder.yml's `appId` (a test checks it): on
 * Windows it is the AppUserModelID the installer gives the shortcut, which taskbar overlays and
 * notifications are matched against. */
export const appId = 'app.missdeck.desktop';
export const appName = 'MissDeck';
