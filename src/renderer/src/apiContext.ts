/**
 * The typed API for components outside an open article (the library pane's search and
 * queue): the same object the app was started with, so tests can pass their own.
 */
import { createContext, useContext } from 'react'
import type { NewsroomApi } from '@shared/contract'

export const ApiContext = createContext<NewsroomApi | null>(null)

/** The API the app was started with. */
export function useApi(): NewsroomApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi needs an <ApiContext.Provider> above it')
  return api
}
