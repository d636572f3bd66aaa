/** The article library on disk; see Library.ts for the layout. */
export { Library } from './Library'
