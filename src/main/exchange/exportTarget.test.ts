import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { folderTarget, pathsForChosen, proposedFileName, type ExportRequest } from './exportTarget'

const request = (format: ExportRequest['format']): ExportRequest => ({
  title: 'Scale AI',
  format,
  stem: 'scale-ai',
  suffixes:
    format === 'csv'
      ? ['.quotes.csv', '.entities.csv']
      : format === 'w3c'
        ? ['.jsonld']
        : ['.newsroom.json']
})

describe('export targets', () => {
  it('puts every file in the folder under the stem', async () => {
    const target = folderTarget('/exports')
    expect(await target.choose(request('csv'))).toEqual([
      join('/exports', 'scale-ai.quotes.csv'),
      join('/exports', 'scale-ai.entities.csv')
    ])
    expect(await target.choose(request('native'))).toEqual([
      join('/exports', 'scale-ai.newsroom.json')
    ])
  })

  it('proposes the file name, or NAME.csv for the CSV pair', () => {
    expect(proposedFileName(request('native'))).toBe('scale-ai.newsroom.json')
    expect(proposedFileName(request('w3c'))).toBe('scale-ai.jsonld')
    expect(proposedFileName(request('csv'))).toBe('scale-ai.csv')
  })

  it('keeps a chosen name with the right extension, and completes one without', () => {
    expect(pathsForChosen('/d/mine.json', request('native'))).toEqual(['/d/mine.json'])
    expect(pathsForChosen('/d/mine', request('native'))).toEqual(['/d/mine.newsroom.json'])
    expect(pathsForChosen('/d/mine.jsonld', request('w3c'))).toEqual(['/d/mine.jsonld'])
    expect(pathsForChosen('/d/mine.JSON', request('w3c'))).toEqual(['/d/mine.JSON'])
    expect(pathsForChosen('/d/mine.txt', request('w3c'))).toEqual(['/d/mine.txt.jsonld'])
  })

  it('turns the name chosen for CSV into the base of two files beside it', () => {
    const both = (base: string) => [
      join('/d', `${base}.quotes.csv`),
      join('/d', `${base}.entities.csv`)
    ]
    expect(pathsForChosen('/d/scale.csv', request('csv'))).toEqual(both('scale'))
    expect(pathsForChosen('/d/scale', request('csv'))).toEqual(both('scale'))
    expect(pathsForChosen('/d/scale.quotes.csv', request('csv'))).toEqual(both('scale'))
    expect(pathsForChosen('/d/.csv', request('csv'))).toEqual(both('scale-ai'))
  })
})
