/** The annotation panel: what the feature registers as its `Panel`. */
export { AnnotationsPanel } from './AnnotationsPanel'
