/**
 * A first look at an annotation file in the renderer, to know whether importing it needs a
 * confirmation: a W3C file replaces the open article's annotations, a native file only adds
 * an article. Main reads and checks the file for real; a file this cannot tell goes to main
 * as it is, and main says what is wrong with it.
 */

/** What a file looks like. */
export type SniffedFile =
  | { kind: 'w3c'; annotationCount: number }
  | { kind: 'native'; title: string | null; annotationCount: number }
  | { kind: 'unknown' }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const W3C_TYPES = ['AnnotationCollection', 'AnnotationPage', 'Annotation']

/** Tells a W3C Web Annotation file from a native export, by content (as main does). */
export function sniffAnnotationFile(text: string): SniffedFile {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return { kind: 'unknown' }
  }
  if (!isObject(value)) return { kind: 'unknown' }
  const types = Array.isArray(value.type) ? value.type : [value.type]
  if ('@context' in value && types.some((t) => W3C_TYPES.includes(t as string))) {
    const first = isObject(value.first) ? value.first : null
    const items = first && Array.isArray(first.items) ? first.items : null
    const count =
      items?.length ??
      (typeof value.total === 'number' ? value.total : types.includes('Annotation') ? 1 : 0)
    return { kind: 'w3c', annotationCount: count }
  }
  if (value.format === 'newsroom-annotations') {
    const article = isObject(value.article) ? value.article : null
    const annotations = Array.isArray(value.annotations) ? value.annotations.length : 0
    const title = article && typeof article.title === 'string' ? article.title : null
    return { kind: 'native', title, annotationCount: annotations }
  }
  return { kind: 'unknown' }
}
