/**
 * A load balancer as small as can be, for the desk's scale-out spec: a loopback TCP port that
 * passes each new connection to the desk process it currently points at. The editor's app
 * knows only the balancer's address, as behind a real one.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net'

export class Balancer {
  private target: number
  private readonly server: Server
  private readonly sockets = new Set<Socket>()

  private constructor(target: number) {
    this.target = target
    this.server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: this.target })
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream)
      upstream.pipe(client)
    })
  }

  static async start(target: number): Promise<Balancer> {
    const balancer = new Balancer(target)
    await new Promise<void>((done) => balancer.server.listen(0, '127.0.0.1', done))
    return balancer
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as { port: number }).port}`
  }

  /** New connections go to this port from now on (the old process is gone). */
  pointAt(port: number): void {
    this.target = port
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((done) => this.server.close(() => done()))
  }
}
