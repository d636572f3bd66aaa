/**
 * A yes/no choice of the editor's that outlives the window (a folded section, a hidden pane),
 * kept in localStorage under `key`. Where storage is refused (a private window) the choice
 * still works for this session and starts from `initial` next time.
 */
import { useCallback, useState } from 'react'

function read(key: string, initial: boolean): boolean {
  try {
    const stored = localStorage.getItem(key)
    return stored === null ? initial : stored === 'true'
  } catch {
    return initial
  }
}

export function useRememberedFlag(key: string, initial: boolean): [boolean, () => void] {
  const [value, setValue] = useState(() => read(key, initial))
  const toggle = useCallback(() => {
    setValue((now) => {
      try {
        localStorage.setItem(key, String(!now))
      } catch {
        // Storage refused: the choice holds until the window closes.
      }
      return !now
    })
  }, [key])
  return [value, toggle]
}
