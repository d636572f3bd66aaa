import type { NewsroomApi } from '../shared/contract'

declare global {
  interface Window {
    /** Exposed by the preload script in Electron; absent in the browser host. */
    newsroom?: NewsroomApi
  }
}

export {}
