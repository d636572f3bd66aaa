import type { NewsroomDesktopApi } from '@shared/contract'

declare global {
  interface Window {
    /**
     * Exposed by the preload script in Electron; absent in the browser host. It is a
     * `NewsroomApi` (one method per contract row, also served by the web host) plus the
     * desktop-only window row `readyToClose` and the event subscriptions `onMenuCommand` and
     * `onBeforeClose` (each returns its unsubscribe function).
     */
    newsroom?: NewsroomDesktopApi
  }
}

export {}
