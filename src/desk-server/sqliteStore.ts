/**
 * Where the desk keeps its documents when no other database is set up: one SQLite file in
 * the data folder. Each article is a compacted Yjs state (a row in `documents`) and the
 * changes made since (rows in `updates`, each tagged with the process that wrote it); the
 * article is their union. SQLite runs as WebAssembly (node-sqlite3-wasm), so nothing is
 * compiled when the desk is installed.
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
        'name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);' +
        'CREATE TABLE IF NOT EXISTS updates (' +
        'seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, writer TEXT NOT NULL, ' +
        'data BLOB NOT NULL);' +
        'CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq)'
    )
  }

  /**
   * The stored parts of a document (its compacted state first, then its changes; none for
   * one never stored) and the number of the last change read.
   */
  fetch(name: string): { parts: Uint8Array[]; lastSeq: number } {
    const parts: Uint8Array[] = []
    let lastSeq = 0
    const row = this.db.get('SELECT state FROM documents WHERE name = ?', [name])
    if (row?.state instanceof Uint8Array) parts.push(row.state)
    const updates = this.db.all('SELECT seq, data FROM updates WHERE name = ? ORDER BY seq', [name])
    for (const update of updates) {
      if (update.data instanceof Uint8Array) parts.push(update.data)
      lastSeq = Math.max(lastSeq, Number(update.seq))
    }
    return { parts, lastSeq }
  }

  /** Appends changes, all in one transaction: a change is a few hundred bytes, not the article. */
  append(writer: string, changes: { name: string; update: Uint8Array }[]): void {
    if (!changes.length) return
    this.transaction(() => {
      for (const { name, update } of changes)
        this.db.run('INSERT INTO updates (name, writer, data) VALUES (?, ?, ?)', [
          name,
          writer,
          update
        ])
    })
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN')
    try {
      work()
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  /**
   * Replaces by a compacted state the changes `writer` appended to a document and those up
   * to `readUpTo` (read when the document was loaded). `compact` gets the state stored so far
   * (or null) and returns the new one, which must hold it and all those changes; the changes
   * other processes sharing the file appended since stay as they are.
   */
  compact(
    name: string,
    writer: string,
    readUpTo: number,
    compact: (stored: Uint8Array | null) => Uint8Array
  ): void {
    this.transaction(() => {
      const row = this.db.get('SELECT state FROM documents WHERE name = ?', [name])
      const state = compact(row?.state instanceof Uint8Array ? row.state : null)
      this.db.run(
        'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ' +
          'ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        [name, state, new Date().toISOString()]
      )
      this.db.run('DELETE FROM updates WHERE name = ? AND (writer = ? OR seq <= ?)', [
        name,
        writer,
        readUpTo
      ])
    })
  }

  /** Names of the stored documents, for listing the desk's articles. */
  names(): string[] {
    return this.db
      .all('SELECT name FROM documents UNION SELECT name FROM updates ORDER BY name')
      .map((r) => String(r.name))
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}
