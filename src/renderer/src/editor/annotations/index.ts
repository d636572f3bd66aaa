/**
 * The annotation layer of the editor: a ProseMirror plugin with its commands and queries.
 *
 * Set up:
 *   const { doc, layer, problems } = fromArticle(file, articleConversions)
 *   EditorState.create({ doc, plugins: [history(), keymap(historyKeys),
 *     ...annotationPlugins({ conversions: articleConversions, layer, author, onError })] })
 * Act: `addQuote({ speaker: { name: 'Jason Droege' } })(view.state, view.dispatch)`.
 * Save: `toArticle(view.state, articleConversions)` when `layerOf(prev) !== layerOf(next)`.
 */
export * from './article'
export * from './commands/addQuote'
export * from './commands/addSourceNote'
export * from './commands/addClaim'
export * from './commands/createEntity'
export * from './commands/deleteAnnotation'
export * from './commands/deleteEntity'
export * from './commands/entityRef'
export * from './commands/highlight'
export * from './commands/linkMention'
export * from './commands/mergeEntities'
export * from './commands/reattachOrphan'
export * from './commands/tagEntity'
export * from './commands/updateAnnotation'
export * from './commands/updateEntity'
export * from './conversions'
export * from './decorations'
export * from './keymap'
export * from './layer'
export * from './layerStep'
export * from './plugin'
export * from './queries/annotationsAt'
export * from './queries/listAnnotations'
export * from './queries/mentionCandidates'
export * from './queries/rangeOf'
export * from './queries/suggestEntities'
export * from './styles'
