/**
 * The ProseMirror schema of an article: one node per block type of the domain model
 * (`BlockType` in src/shared/model.ts), each holding plain text only. Annotations never live
 * in the document as marks: they are stand-off records drawn as decorations, so the schema
 * has no marks at all and a block's text is exactly the stored block's text.
 *
 * Every block renders with `data-block="<type>"` (the UI contract the end-to-end specs use).
 */
import { Schema, type DOMOutputSpec, type NodeSpec } from 'prosemirror-model'
import type { BlockType } from '@shared/model'

/** Parses pasted or dropped HTML back into blocks; the most specific rules come first. */
const parseRules: Record<BlockType, NodeSpec['parseDOM']> = {
  headline: [{ tag: '[data-block="headline"]', priority: 60 }, { tag: 'h1' }],
  standfirst: [
    { tag: '[data-block="standfirst"]', priority: 60 },
    { tag: 'p.standfirst', priority: 60 }
  ],
  heading: [{ tag: 'h2' }, { tag: 'h3' }, { tag: 'h4' }, { tag: 'h5' }, { tag: 'h6' }],
  paragraph: [{ tag: 'p' }],
  source: [
    { tag: '[data-block="source"]', priority: 60 },
    { tag: 'p.source', priority: 60 }
  ]
}

/** A text block of the article, rendered as `tag` (with a class when given). */
function block(type: BlockType, tag: string, className?: string): NodeSpec {
  const attrs: Record<string, string> = { 'data-block': type }
  if (className) attrs.class = className
  return {
    group: 'block',
    content: 'text*',
    marks: '',
    defining: true,
    parseDOM: parseRules[type],
    toDOM: (): DOMOutputSpec => [tag, attrs, 0]
  }
}

/**
 * The article schema: a document is one or more blocks of text, in reading order. The
 * paragraph comes first: ProseMirror makes the first block type of the schema where a new
 * block has no type to follow (Enter at the end of a block), and a new block is a paragraph,
 * not a headline.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: block('paragraph', 'p'),
    headline: block('headline', 'h1'),
    standfirst: block('standfirst', 'p', 'standfirst'),
    heading: block('heading', 'h2'),
    source: block('source', 'p', 'source'),
    text: { group: 'inline' }
  },
  marks: {}
})

/** The block types the schema knows, in the order of the domain model. */
export const BLOCK_NODE_NAMES: readonly BlockType[] = [
  'headline',
  'standfirst',
  'heading',
  'paragraph',
  'source'
]

/** True when a node type name is one of the article's block types. */
export function isBlockType(name: string): name is BlockType {
  return (BLOCK_NODE_NAMES as readonly string[]).includes(name)
}
