/**
 * The annotation layer's pure logic, shared by every process: the entity registry, value
 * normalisation, type-ahead, occurrence search for "Tag all mentions" and annotation
 * factories. No framework, no DOM: the editor plugin in the renderer stands on this.
 */
export * from './factory'
export * from './fold'
export * from './ids'
export * from './occurrences'
export * from './registry'
export * from './search'
export * from './values'
