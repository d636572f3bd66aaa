/**
 * Where the desk keeps its documents when no other database is set up: one SQLite file in
 * the data folder, a row per article holding its whole Yjs state. SQLite runs as
 * WebAssembly (node-sqlite3-wasm), so nothing is compiled when the desk is installed.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import sqlite from 'node-sqlite3-wasm'

// A CommonJS package: its classes come through the default export under ESM.
const { Database } = sqlite

export const DESK_DATABASE_FILE = 'desk.sqlite'

export class SqliteStore {
  private readonly db: InstanceType<typeof Database>

  constructor(readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.db = new Database(join(dataDir, DESK_DATABASE_FILE))
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS documents (' +
        'name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL)'
    )
  }

  /** The stored Yjs state of a document, or null for one never stored. */
  fetch(name: string): Uint8Array | null {
    const row = this.db.get('SELECT state FROM documents WHERE name = ?', [name])
    const state = row?.state
    return state instanceof Uint8Array ? state : null
  }

  store(name: string, state: Uint8Array): void {
    this.db.run(
      'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ' +
        'ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      [name, state, new Date().toISOString()]
    )
  }

  /** Names of the stored documents, for listing the desk's articles. */
  names(): string[] {
    return this.db.all('SELECT name FROM documents ORDER BY name').map((r) => String(r.name))
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}
