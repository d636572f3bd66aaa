/**
 * This app's view of the desk's catalogue (see src/shared/desk/catalogue.ts): it follows the
 * list of articles shared to the desk, so an article someone else shares reaches this
 * library, and adds the articles this editor shares.
 */
import {
  HocuspocusProvider,
  type HocuspocusProviderConfiguration,
  type HocuspocusProviderWebsocket
} from '@hocuspocus/provider'
import * as Y from 'yjs'
import {
  CATALOGUE_NAME,
  catalogueMap,
  readCatalogue,
  type CatalogueEntry
} from '@shared/desk/catalogue'
import { deskConnection } from './nodeWebSocket'

export interface DeskCatalogueOptions {
  url: string
  /** The app's one connection to the desk (without it, the catalogue opens its own). */
  socket?: HocuspocusProviderWebsocket
  token: string
  /**
   * Called with every entry each time the catalogue changes; `synced` once the desk's copy
   * has arrived (before that, an article missing from it may just not have arrived yet).
   */
  onEntries: (entries: Map<string, CatalogueEntry>, synced: boolean) => void
  log: (message: string) => void
}

export class DeskCatalogue {
  private readonly doc = new Y.Doc()
  private readonly provider: HocuspocusProvider

  constructor(private readonly options: DeskCatalogueOptions) {
    this.doc.on('update', () => this.report())
    const configuration = {
      ...deskConnection(options),
      name: CATALOGUE_NAME,
      token: options.token,
      document: this.doc,
      onSynced: () => this.report()
    }
    // The provider hands the socket options to the socket it makes; its type lists the URL.
    this.provider = new HocuspocusProvider(
      configuration as unknown as HocuspocusProviderConfiguration
    )
    // On the app's shared connection, the provider joins it; alone, it connects by itself.
    if (options.socket) this.provider.attach()
  }

  private report(): void {
    const { entries, problems } = readCatalogue(this.doc)
    for (const problem of problems) this.options.log(`desk catalogue: skipped ${problem}`)
    this.options.onEntries(entries, this.provider?.isSynced ?? false)
  }

  /** Lists an article on the desk (kept until the desk's catalogue reaches the server). */
  add(id: string, entry: CatalogueEntry): void {
    catalogueMap(this.doc).set(id, entry)
  }

  close(): void {
    this.provider.destroy()
    this.doc.destroy()
  }
}
