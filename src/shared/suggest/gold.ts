/**
 * The hand-made answers of the assist's evaluation set: for one article, the quotes with
 * their speakers, every money, percentage and date mention with its value, and the people
 * and organisations it names. Written by a person before the engine was run on the article.
 */
import { z } from 'zod'

const Mention = z.object({ text: z.string().min(1) })

export const GoldArticle = z.object({
  language: z.enum(['fr', 'en']),
  articleDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  quotes: z.array(z.object({ text: z.string().min(1), speaker: z.string().min(1).optional() })),
  money: z.array(Mention.extend({ amount: z.number(), currency: z.string().length(3) })),
  percentages: z.array(Mention.extend({ percent: z.number() })),
  dates: z.array(
    Mention.extend({
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      until: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .optional()
    })
  ),
  people: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) })),
  organisations: z.array(
    z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) })
  ),
  /** Names an annotator could tag either way (a port that is also a company): not scored. */
  ambiguous: z.array(z.string()).default([])
})
export type GoldArticle = z.infer<typeof GoldArticle>
