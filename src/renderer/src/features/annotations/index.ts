/**
 * The annotation feature: quotes with speakers, entity mentions linked to canonical
 * entities, and source notes, over the open article. It brings the annotation plugin
 * (loaded from the opened file) with one history for annotations and text, the key
 * bindings, "Edit text", autosave, the toolbar and, in its panel slot, the dialogs, hover
 * card and the annotation panel.
 */
import { history } from 'prosemirror-history'
import { annotationPlugins, articleConversions, fromArticle } from '@renderer/editor/annotations'
import type { ArticleFeature, ArticleFeatureContext } from '../types'
import { createAnnotateActions, type AnnotateActions } from './annotateActions'
import './annotate.css'
import { autosavePlugin } from './autosavePlugin'
import { readingScrollPlugin } from './caret'
import { installCloseFlush } from './closeFlush'
import { editTextPlugins } from './editText'
import { AnnotationsPanelSlot } from './AnnotationsPanelSlot'
import { annotateKeymaps } from './keys'
import { openedStatePlugin } from './openedState'
import { sessionFor } from './session'
import { annotateToolbar } from './toolbar'
import { annotateUiPlugin } from './annotateUi'
import { warmTaggingPlugin } from './warmTagging'

const actionsByContext = new WeakMap<ArticleFeatureContext, AnnotateActions>()

/** The commands of an article (made once per context). */
function actionsFor(ctx: ArticleFeatureContext): AnnotateActions {
  let actions = actionsByContext.get(ctx)
  if (!actions) {
    actions = createAnnotateActions(sessionFor(ctx))
    actionsByContext.set(ctx, actions)
  }
  return actions
}

// The window's close must be answered even while no article is open.
installCloseFlush()

/** The annotation feature, registered in features/articleFeatures.ts. */
export const annotationsFeature: ArticleFeature = {
  id: 'annotations',
  plugins(ctx) {
    const session = sessionFor(ctx)
    const { layer, problems } = fromArticle(ctx.opened, articleConversions)
    if (problems.length) session.notify((t) => t.loadProblems(problems.length))
    return [
      history(),
      ...annotationPlugins({
        conversions: articleConversions,
        layer,
        author: () => ctx.settings().authorName,
        onError: (error) => session.notify(() => error.message)
      }),
      annotateUiPlugin(),
      ...annotateKeymaps(session, actionsFor(ctx)),
      ...editTextPlugins(() => ctx.t().editingBanner),
      readingScrollPlugin(),
      openedStatePlugin(ctx.opened),
      autosavePlugin(session),
      warmTaggingPlugin(() => ctx.settings().entityTypes[0]?.id)
    ]
  },
  toolbar: (ctx, env) => annotateToolbar(actionsFor(ctx), env),
  Panel: AnnotationsPanelSlot
}
