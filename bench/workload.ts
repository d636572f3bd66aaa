/**
 * The long-article workloads of the benchmarks: a generated French article of 1,000
 * paragraphs (about 600,000 characters) with a few dozen entities and a given number of
 * annotations, a third of them overlapping another (mentions inside quotes, notes over
 * mentions). Generated from a fixed seed, so every run and every machine measures the same
 * article.
 */
import {
  ARTICLE_SCHEMA_VERSION,
  type Annotation,
  type ArticleFile,
  type Block,
  type Entity
} from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'

/** A small deterministic generator (mulberry32), so runs compare. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NAMES = [
  ['person', 'Jason Droege'],
  ['person', 'Alexandr Wang'],
  ['person', 'Mark Zuckerberg'],
  ['person', 'Sam Altman'],
  ['person', 'Marie Lefèvre'],
  ['person', 'Antoine Girard'],
  ['person', 'Sophie Martin'],
  ['person', 'Karim Benali'],
  ['person', 'Claire Dubois'],
  ['person', 'Lucas Moreau'],
  ['organisation', 'Scale AI'],
  ['organisation', 'Meta'],
  ['organisation', 'OpenAI'],
  ['organisation', 'Google'],
  ['organisation', 'WhatsApp'],
  ['organisation', 'Anthropic'],
  ['organisation', 'Mistral AI'],
  ['organisation', 'la Commission européenne'],
  ['organisation', 'l’Autorité de la concurrence'],
  ['organisation', 'Microsoft'],
  ['place', 'Paris'],
  ['place', 'San Francisco'],
  ['place', 'Bruxelles'],
  ['place', 'Montréal'],
  ['place', 'Menlo Park'],
  ['money', '14,3 milliards de dollars'],
  ['money', '29 milliards de dollars'],
  ['money', '14 milliards de dollars'],
  ['money', '1,2 milliard d’euros'],
  ['money', '450 millions de dollars'],
  ['percentage', '49 %'],
  ['percentage', '12 %'],
  ['percentage', '3,5 %'],
  ['date', 'mi-juin'],
  ['date', 'mai 2024'],
  ['date', '2019'],
  ['date', 'avril 2025'],
  ['product', 'Llama 4'],
  ['product', 'Behemoth'],
  ['event', 'le sommet de Paris']
] as const

const FILLER = (
  'le la les de des du un une et à en pour que qui dans sur avec selon après avant entre ' +
  'entreprise investissement participation indépendance données modèle conseil société ' +
  'marché transaction valorisation employés clients intelligence artificielle secteur ' +
  'stratégie concurrence régulateurs analystes annonce financement croissance équipe ' +
  'laboratoire recherche produit contrat accord semaine trimestre'
).split(' ')

/** The entities of the workload (40: people, organisations, places, figures, products). */
export function workloadEntities(): Entity[] {
  return NAMES.map(([type, name], i) => ({ id: `entity-${i}`, type, name, aliases: [] }))
}

/** The article's blocks: a headline, a standfirst and `paragraphs` paragraphs. */
export function workloadBlocks(paragraphs = 1000, seed = 7): Block[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const blocks: Block[] = [
    { type: 'headline', text: 'Enquête : ce que l’intelligence artificielle coûte aux rédactions' },
    {
      type: 'standfirst',
      text: 'Une longue enquête, générée pour mesurer l’éditeur sur un article de taille réelle.'
    }
  ]
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = []
    let length = 0
    while (length < 560) {
      const words: string[] = []
      const count = 12 + Math.floor(random() * 14)
      for (let w = 0; w < count; w++) {
        words.push(random() < 0.18 ? pick(NAMES)[1] : pick(FILLER))
      }
      let sentence = words.join(' ')
      sentence = sentence[0].toUpperCase() + sentence.slice(1) + '.'
      if (random() < 0.15) sentence = `« ${sentence.slice(0, -1)} », a déclaré ${pick(NAMES)[1]}.`
      sentences.push(sentence)
      length += sentence.length + 1
    }
    blocks.push({ type: 'paragraph', text: sentences.join(' ') })
  }
  return blocks
}

/**
 * `count` annotations over the text: about two thirds mentions of the entities' names where
 * they occur, the rest quotes and source notes over sentences, placed so that about a third
 * of all annotations overlap another.
 */
export function workloadAnnotations(
  blocks: readonly Block[],
  entities: readonly Entity[],
  count: number,
  seed = 11
): Annotation[] {
  const random = seededRandom(seed)
  const text = plainText(blocks)
  const index = new CodePointIndex(text)
  const at = '2026-11-01T09:00:00.000Z'
  const base = {
    orphaned: false,
    createdBy: 'bench',
    createdAt: at,
    updatedBy: 'bench',
    updatedAt: at
  }
  // Every occurrence of every name, in a random order.
  const occurrences: { start: number; end: number; entity: Entity }[] = []
  for (const entity of entities) {
    for (let i = text.indexOf(entity.name); i !== -1; i = text.indexOf(entity.name, i + 1)) {
      const start = index.toCodePoint(i)
      occurrences.push({ start, end: start + [...entity.name].length, entity })
    }
  }
  occurrences.sort(() => random() - 0.5)
  const annotations: Annotation[] = []
  let o = 0
  for (let i = 0; i < count; i++) {
    const id = `a${i}`
    const roll = random()
    const occurrence = occurrences[o++ % occurrences.length]
    if (roll < 0.66) {
      annotations.push({
        ...base,
        id,
        kind: 'mention',
        entityId: occurrence.entity.id,
        target: index.target(occurrence.start, occurrence.end)
      })
      continue
    }
    // A quote or a note around the occurrence: it overlaps the mention that may sit there.
    const start = Math.max(0, occurrence.start - Math.floor(random() * 40))
    const end = Math.min(index.length, occurrence.end + Math.floor(random() * 80))
    const target = index.target(start, end)
    if (roll < 0.85) {
      annotations.push({
        ...base,
        id,
        kind: 'quote',
        speakerId: entities[Math.floor(random() * 10)].id,
        quoteKind: 'direct',
        status: 'needs-checking',
        comment: '',
        target
      })
    } else {
      annotations.push({
        ...base,
        id,
        kind: 'source-note',
        text: 'Vérifié auprès du service de presse.',
        sourceKind: 'interview',
        title: '',
        target
      })
    }
  }
  return annotations
}

/** A whole article file of the workload with `count` annotations. */
export function workloadArticle(count: number, paragraphs = 1000): ArticleFile {
  const blocks = workloadBlocks(paragraphs)
  const entities = workloadEntities()
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id: `long-${count}`,
      title: blocks[0].text,
      language: 'fr',
      origin: { kind: 'paste' },
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z'
    },
    blocks,
    entities,
    annotations: workloadAnnotations(blocks, entities, count)
  }
}
