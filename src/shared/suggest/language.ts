/**
 * Which language an article is written in, when its file does not say: French and English
 * function words are counted, and the more frequent set wins (English on a tie).
 */
import type { SuggestLanguage } from './types'

const FRENCH = new Set(
  'le la les des du un une et est sont dans pour pas que qui sur avec aux au ce cette ses son selon a été'.split(
    ' '
  )
)
const ENGLISH = new Set(
  'the of and to in is are was were for that with on by from its said has have this which'.split(
    ' '
  )
)

/** The article's language from a declared tag ("fr-CA", "en") or else from its words. */
export function articleLanguage(text: string, declared?: string): SuggestLanguage {
  const tag = declared?.trim().toLowerCase()
  if (tag?.startsWith('fr')) return 'fr'
  if (tag?.startsWith('en')) return 'en'
  let fr = 0
  let en = 0
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FRENCH.has(word)) fr++
    if (ENGLISH.has(word)) en++
  }
  return fr > en ? 'fr' : 'en'
}
