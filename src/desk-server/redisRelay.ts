/**
 * Hocuspocus' Redis extension, passing each change on as the change itself.
 *
 * The extension as published answers every change by publishing the document's state
 * vector; each other process then replies with what it holds that the first lacks, asks in
 * turn, and the first replies with the change. Every reply is a Yjs sync step 2, which writes
 * the document's whole delete set and so walks every item of the document: three Redis hops
 * and four walks of the whole article per keystroke. On an article of thousands of
 * annotations that made one change cost tens of milliseconds, and ten editors queued their
 * changes behind each other for minutes (measured by `npm run desk:soak`).
 *
 * Here a change goes out once, as it came in (one hop, its own size). Redis publish and
 * subscribe delivers at most once, so the state-vector exchange stays, as the catch-up for
 * anything lost: when a process loads an article (as before), when its Redis connection comes
 * back, and at most every few seconds while an article changes. Yjs merges whatever arrives
 * twice or out of order.
 */
import { Redis, type Configuration } from '@hocuspocus/extension-redis'
import { OutgoingMessage, type Document, type onChangePayload } from '@hocuspocus/server'
import * as encoding from 'lib0/encoding'
import { messageYjsSyncStep2 } from 'y-protocols/sync'
import type { StageFigures } from './stageFigures'
import { updateInMessage } from './updateGuard'

/** How often, at most, a changing article's state vector is compared across processes. */
export const CATCH_UP_INTERVAL_MS = 5_000

export class RedisRelay extends Redis {
  private readonly catchUps = new Map<string, ReturnType<typeof setTimeout>>()
  private subscriberWasReady = false

  constructor(
    configuration: Partial<Configuration>,
    private readonly figures: StageFigures | null = null
  ) {
    super(configuration)
    if (figures) {
      // Before the extension's own listener applies it: the time Redis handed it over.
      this.sub.prependListener('messageBuffer', (_channel: Buffer, data: Buffer) => {
        const update = updateInMessage(data.subarray(data[0] + 1))
        if (update) figures.mark('fromRedis', update)
      })
    }
    // Messages published while the subscriber was away are lost to it: compare states anew.
    this.sub.on('ready', () => {
      if (this.subscriberWasReady) for (const document of this.loaded()) this.compare(document)
      this.subscriberWasReady = true
    })
  }

  private loaded(): Document[] {
    return this.instance ? [...this.instance.documents.values()] : []
  }

  private compare(document: Document): Promise<unknown> {
    // The published extension's own first sync step, private in its typings.
    const self = this as unknown as {
      publishFirstSyncStep(name: string, document: Document): Promise<unknown>
    }
    return self.publishFirstSyncStep(document.name, document)
  }

  override async onChange(data: onChangePayload): Promise<unknown> {
    if (data.transactionOrigin === this.redisTransactionOrigin) {
      // Applied, and sent on to this process' editors right after this hook.
      this.figures?.mark('appliedFromRedis', data.update)
      return
    }
    this.figures?.mark('published', data.update)
    this.scheduleCatchUp(data.document)
    // A sync step 2 carrying the change: the receiving process applies it under the Redis
    // origin, so it neither publishes it back nor stores it as its own.
    const message = new OutgoingMessage(data.documentName).createSyncMessage()
    encoding.writeVarUint(message.encoder, messageYjsSyncStep2)
    encoding.writeVarUint8Array(message.encoder, data.update)
    return this.pub.publish(
      `${this.configuration.prefix}:${data.documentName}`,
      Buffer.concat([this.messagePrefix, message.toUint8Array()])
    )
  }

  private scheduleCatchUp(document: Document): void {
    if (this.catchUps.has(document.name)) return
    const timer = setTimeout(() => {
      this.catchUps.delete(document.name)
      if (this.instance.documents.get(document.name) === document) void this.compare(document)
    }, CATCH_UP_INTERVAL_MS)
    timer.unref()
    this.catchUps.set(document.name, timer)
  }

  override async onDestroy(): Promise<void> {
    for (const timer of this.catchUps.values()) clearTimeout(timer)
    this.catchUps.clear()
    await super.onDestroy()
  }
}
