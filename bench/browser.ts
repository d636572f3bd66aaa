/**
 * The browser benchmark (`npm run bench`, not part of `npm test`): what an editor waits for,
 * measured in Chromium over the browser host (the built renderer and the real main-process
 * handlers over a real library folder), on the annotated sample and on the generated long
 * article with 100 to 30,000 annotations; and the peer, @recogito/text-annotator, over the
 * same text and annotations in the same browser in the same run.
 *
 * "Painted" is the frame after the change: a requestAnimationFrame callback, then a task
 * (so the frame has been produced). About 17 ms is therefore the floor of every figure.
 * Medians of five runs for opening; p50 and p95 of 20 for adding a mention, of 50 for typing.
 * Saving is timed by the app itself (the store's `article saved` measure, from the start of
 * a save to main's answer that it is durable on disk): the first save after opening (the
 * adds') and the save of one typed character, each waited for while nothing else runs,
 * against writing the same bytes raw with fsync and rename in this process. The host's main
 * side runs in this process, beside Playwright's driver (in the app it has its own).
 * Run `npm run build` first (`npm run bench` does).
 */
import { createServer, type Server } from 'node:http'
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { build } from 'vite'
import { articleFromNative, parseNativeDocument } from '@shared/export/native'
import type { ArticleFile } from '@shared/model'
import { plainText } from '@shared/text'
import { SAVE_MEASURE } from '../src/renderer/src/store/saveTiming'
import { findChromium } from '../tests/e2e/support/binaries'
import type { PeerAnnotation } from './peer/peer'
import { against, median, percentile, report, type BenchRow } from './results'
import { workloadArticle } from './workload'

const ROOT = resolve(import.meta.dirname, '..')
const PEER_OUT = join(ROOT, '.tmp/bench-peer')
const COUNTS = (process.env.BENCH_COUNTS ?? '100,1000,10000,30000').split(',').map(Number)
/** The built app to measure (a copy, so that building again does not change it mid-run). */
const OUT = resolve(process.env.BENCH_OUT ?? join(ROOT, 'out'))
/**
 * With BENCH_BASELINE set to another build (a copy of main's `out`), each opening is also
 * measured on that build, the two alternated run by run on fresh pages in the same minutes:
 * the opening row then carries the baseline build's median and the ratio, which a loaded
 * machine changes much less than either figure.
 */
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined
/**
 * With BENCH_PROFILE=1, CPU profiles of opening, scrolling, adding and typing of each workload go
 * to .tmp/.
 */
const PROFILE = process.env.BENCH_PROFILE === '1'
/**
 * With BENCH_ONLY=open, only opening, memory and scrolling are measured, and not the peer: an
 * A/B of the opening path in a few minutes instead of half an hour at 30,000.
 */
const OPEN_ONLY = process.env.BENCH_ONLY === 'open'
/**
 * With BENCH_ONLY=save, only opening, scrolling, the adds near the top and the first save
 * after them, and not the peer: an A/B of the first save in a few minutes (run it on each
 * build in turn). With BENCH_TRACE=1 the first save's trace goes to
 * `.tmp/first-save-<workload>.trace.json`.
 */
const SAVE_ONLY = process.env.BENCH_ONLY === 'save'
/**
 * With BENCH_TRACE=1, a Chromium trace of each opening goes to `.tmp/<label>-<run>.trace.json`,
 * one of the scroll to `.tmp/scrolling-<workload>.trace.json`, one of the adds near the top
 * to `.tmp/adding-<workload>.trace.json` and one of the typing near the top to
 * `.tmp/typing-<workload>.trace.json`: the browser's own style,
 * layout and paint, which a CPU profile does not show, and each task's thread time, which a
 * loaded machine changes less than wall time (open it in Chromium's DevTools, Performance,
 * load profile).
 */
const TRACE = process.env.BENCH_TRACE === '1' || process.env.BENCH_TRACE === 'invalidations'
/**
 * With BENCH_TRACE=invalidations, the adds' trace also says which nodes each key invalidated
 * for style, layout and paint, and why: for counting them, not for times (recording every
 * invalidated node made the key's task about four times as long at 30,000 annotations).
 */
const TRACE_INVALIDATIONS = process.env.BENCH_TRACE === 'invalidations'
/** Openings measured per workload (BENCH_OPEN_RUNS, 5 by default). */
const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 5)
const ADD_RUNS = 20
/** How far down the article the second series of adds and of typed keys is made. */
const DEEP = 0.6
const TYPE_RUNS = 50
const BRIEF_TITLE = 'Brève'
/** How long a key may take to change the article view before the run fails. */
const MEASURE_LIMIT_MS = 10_000

interface WebHost {
  url: string
  close(): Promise<void>
}

/** Serves a folder of static files on 127.0.0.1 (the peer's page). */
async function serveFolder(folder: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css'
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = join(folder, path === '/' ? 'index.html' : path)
    if (!file.startsWith(folder)) return void res.writeHead(403).end()
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}/`, server }
}

/** A library folder holding one article file, served by the built web host of `out`. */
async function hostFor(
  file: ArticleFile,
  out: string = OUT
): Promise<{ host: WebHost; folder: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-bench-'))
  await mkdir(join(folder, 'articles'), { recursive: true })
  await writeFile(join(folder, 'articles', `${file.article.id}.json`), JSON.stringify(file))
  // A short second article: each measured opening starts from it.
  const brief: ArticleFile = {
    ...file,
    article: { ...file.article, id: 'bench-brief', title: BRIEF_TITLE },
    blocks: [
      { type: 'headline', text: BRIEF_TITLE },
      { type: 'paragraph', text: 'Un court article, ouvert avant chaque mesure.' }
    ],
    entities: [],
    annotations: []
  }
  await writeFile(join(folder, 'articles', 'bench-brief.json'), JSON.stringify(brief))
  const module = (await import(pathToFileURL(join(out, 'main/web-host.js')).href)) as {
    startWebHost(options: {
      folder: string
      rendererDir: string
      log?: (m: string) => void
    }): Promise<WebHost>
  }
  const host = await module.startWebHost({
    folder,
    rendererDir: join(out, 'renderer'),
    log: () => {}
  })
  return { host, folder }
}

/** The page's `painted()`, installed by {@link newPage}. */
interface PaintedWindow {
  painted(): Promise<void>
}

/**
 * A page of the benchmark. tsx compiles the functions handed to page.evaluate with esbuild's
 * keep-names helper (`__name`), which the page does not have: give it one.
 */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript('window.__name = (f) => f')
  // "Painted": the frame after a change, a requestAnimationFrame callback then a task.
  await page.addInitScript(`window.painted = () => new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => done()
      channel.port2.postMessage(null)
    }))`)
  return page
}

/** JS heap after a full garbage collection (MB) and elements in the document. */
async function memoryOf(page: Page): Promise<{ heapMB: number; domNodes: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
  await cdp.detach()
  return { heapMB: usedSize / 2 ** 20, domNodes }
}

/** In the page: clicks the library row of `title` and times it to highlights painted. */
async function openArticle(page: Page, title: string): Promise<number> {
  return page.evaluate(async (title) => {
    const { painted } = window as unknown as PaintedWindow
    const row = [...document.querySelectorAll<HTMLElement>('.article-open')].find((b) =>
      b.textContent?.includes(title)
    )
    if (!row) throw new Error(`no library row for ${title}`)
    // Start from another article, so that this click really opens this one.
    const shown = () => document.querySelector('.ProseMirror h1')?.textContent
    if (shown() === title) {
      ;[...document.querySelectorAll<HTMLElement>('.article-open')]
        .find((b) => !b.textContent?.includes(title))!
        .click()
      while (shown() === title) await new Promise((done) => requestAnimationFrame(done))
      await new Promise((done) => setTimeout(done, 200))
    }
    // The marks bound the opening in a trace (BENCH_TRACE).
    performance.mark('bench: click')
    const t0 = performance.now()
    row.click()
    for (;;) {
      const heading = document.querySelector('.ProseMirror h1')
      if (heading?.textContent === title && document.querySelector('.ProseMirror [data-ann-id]'))
        break
      await new Promise((done) => requestAnimationFrame(done))
    }
    await painted()
    performance.mark('bench: painted')
    return performance.now() - t0
  }, title)
}

/**
 * Arms a measurement in the page: from the next key press (a capturing listener) to the
 * frame painted after the article view next changes.
 */
async function armKeyToPainted(page: Page): Promise<void> {
  await page.evaluate(() => {
    const view = document.querySelector<HTMLElement>('.ProseMirror')!
    const w = window as unknown as { measured: Promise<number> }
    w.measured = new Promise<number>((resolve) => {
      let t0 = 0
      addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true })
      const observer = new MutationObserver(() => {
        observer.disconnect()
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now() - t0)
          channel.port2.postMessage(null)
        })
      })
      observer.observe(view, { subtree: true, childList: true, characterData: true })
    })
  })
}

/**
 * The armed measurement's result. A key that changed nothing in the article view (the editor
 * refused it) fails the run with what the app said, instead of waiting for ever.
 */
async function measured(page: Page, what: string): Promise<number> {
  const ms = await page.evaluate(
    (limit) =>
      Promise.race([
        (window as unknown as { measured: Promise<number> }).measured,
        new Promise<null>((done) => setTimeout(() => done(null), limit))
      ]),
    MEASURE_LIMIT_MS
  )
  if (ms !== null) return ms
  const said = await page.locator('[role="alert"], [role="status"]').allInnerTexts()
  throw new Error(
    `${what}: the article view did not change within ${MEASURE_LIMIT_MS / 1000} s` +
      ` (the app said: ${said.filter(Boolean).join(' | ') || 'nothing'})`
  )
}

/**
 * In the page: selects the n-th longer word of a paragraph near the top (or `depth` of the
 * way down the article, scrolled into view), or puts the caret in it. Words are counted in the paragraph's text, not in its text nodes: a mention added
 * splits a text node, and counting nodes picked the same word again, which the editor
 * refuses to tag twice (nothing changed, and the measurement waited for ever).
 */
async function placeSelection(page: Page, nth: number, caret: boolean, depth = 0): Promise<void> {
  await page.evaluate(
    async ({ nth, caret, depth }) => {
      const view = document.querySelector<HTMLElement>('.ProseMirror')!
      const paragraphs = [...view.querySelectorAll<HTMLElement>('[data-block="paragraph"]')]
      const first = Math.floor(depth * Math.max(0, paragraphs.length - 6))
      const block = paragraphs[first + (nth % Math.min(paragraphs.length, 6))]
      if (depth > 0) {
        block.scrollIntoView({ block: 'center' })
        // The drawing window follows the scroll at the next frames.
        await new Promise((done) => setTimeout(done, 100))
      }
      const words = [...(block.textContent ?? '').matchAll(/\p{L}{5,}/gu)]
      const word = words[Math.floor(nth / 6) % words.length]
      // The text node and offset of a character offset in the paragraph.
      const at = (offset: number): [Text, number] => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
        let last: Text | undefined
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          last = n as Text
          if (offset <= last.data.length) return [last, offset]
          offset -= last.data.length
        }
        return [last!, last!.data.length]
      }
      const range = document.createRange()
      range.setStart(...at(word.index))
      // The end inside the same node as the start when the word ends a node.
      range.setEnd(...(caret ? at(word.index) : at(word.index + word[0].length)))
      view.focus({ preventScroll: true })
      const selection = getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      // Let the editor read the selection before the key is pressed.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)))
    },
    { nth, caret, depth }
  )
}

/**
 * Selects a word and presses P; ms from the key to the new highlight painted. Near the top by
 * default; `depth` 0.6 measures the same 60 % of the way down the article, where costs that
 * grow with the text before the selection show.
 */
async function addMention(page: Page, nth: number, depth = 0): Promise<number> {
  await placeSelection(page, nth, false, depth)
  await armKeyToPainted(page)
  await page.keyboard.press('p')
  return measured(page, `adding mention ${nth + 1}`)
}

/** Types one character in Edit text (near the top, or `depth` down); ms to it painted. */
async function typeCharacter(page: Page, nth: number, depth = 0): Promise<number> {
  await placeSelection(page, nth, true, depth)
  await armKeyToPainted(page)
  await page.keyboard.press('x')
  const ms = await measured(page, `typing character ${nth + 1}`)
  const editable = await page.locator('.ProseMirror').getAttribute('contenteditable')
  if (editable !== 'true') throw new Error('Edit text is not on: the key did not type')
  return ms
}

/** In the page: scrolls the article top to bottom a screen a frame; frames over 20 ms. */
async function scrollFrames(page: Page): Promise<{ frames: number; slow: number }> {
  return page.evaluate(async () => {
    const view = document.querySelector<HTMLElement>('.ProseMirror')!
    let scroller: HTMLElement | null = view
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
      scroller = scroller.parentElement
    const target = scroller ?? document.scrollingElement!
    target.scrollTop = 0
    let last = await new Promise<number>((done) => requestAnimationFrame(done))
    // The marks bound the scroll in a trace (BENCH_TRACE).
    performance.mark('bench: scroll')
    let frames = 0
    let slow = 0
    while (target.scrollTop + target.clientHeight < target.scrollHeight - 2 && frames < 2000) {
      target.scrollTop += target.clientHeight * 0.8
      const now = await new Promise<number>((done) => requestAnimationFrame(done))
      if (now - last > 20) slow++
      last = now
      frames++
    }
    performance.mark('bench: scrolled')
    return { frames, slow }
  })
}

/** In the page: types a word into the panel's search; ms to the filtered list painted. */
async function filterPanel(page: Page, word: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search annotations' })
  await box.fill('')
  await box.focus()
  return page.evaluate(async (word) => {
    const { painted } = window as unknown as PaintedWindow
    const input = document.activeElement as HTMLInputElement
    const t0 = performance.now()
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setter.call(input, word)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await painted()
    return performance.now() - t0
  }, word)
}

/** The peer's annotations: UTF-16 offsets into the paragraphs' text, without separators. */
function peerAnnotations(file: ArticleFile): PeerAnnotation[] {
  const starts: number[] = []
  let at = 0
  for (const block of file.blocks) {
    starts.push(at)
    at += block.text.length + 2
  }
  const text = plainText(file.blocks)
  return file.annotations.map((a) => {
    // The workloads are in the Basic Multilingual Plane: code points are UTF-16 units.
    let b = 0
    while (b + 1 < starts.length && starts[b + 1] <= a.target.start) b++
    const quote = text.slice(a.target.start, a.target.end)
    return { id: a.id, quote, start: a.target.start - 2 * b, end: a.target.end - 2 * b }
  })
}

/** Measures the peer over one workload. */
async function measurePeer(browser: Browser, url: string, file: ArticleFile, name: string) {
  const rows: BenchRow[] = []
  const all = peerAnnotations(file).filter((a) => !a.quote.includes('\n'))
  const setTimes: number[] = []
  const addTimes: number[] = []
  let memory = { heapMB: 0, domNodes: 0 }
  for (let run = 0; run < OPEN_RUNS; run++) {
    const page = await newPage(browser)
    await page.goto(url)
    await page.evaluate(
      (blocks) => window.peer.render(blocks),
      file.blocks.map((b) => b.text)
    )
    setTimes.push(
      await page.evaluate((list) => window.peer.setAnnotations(list), all.slice(0, -ADD_RUNS))
    )
    if (run === 0) {
      for (const a of all.slice(-ADD_RUNS))
        addTimes.push(await page.evaluate((one) => window.peer.add(one), a))
      memory = await memoryOf(page)
    }
    await page.close()
  }
  rows.push(
    {
      workload: name,
      metric: 'peer: set annotations to painted',
      value: median(setTimes),
      unit: 'ms'
    },
    { workload: name, metric: 'peer: add p50', value: percentile(addTimes, 50), unit: 'ms' },
    { workload: name, metric: 'peer: add p95', value: percentile(addTimes, 95), unit: 'ms' },
    { workload: name, metric: 'peer: JS heap after opening', value: memory.heapMB, unit: 'MB' },
    {
      workload: name,
      metric: 'peer: DOM nodes after opening',
      value: memory.domNodes,
      unit: 'count'
    }
  )
  return rows
}

/**
 * With BENCH_PROFILE=1, starts a CPU profile of the page; the function returned stops it and
 * writes `.tmp/<label>.cpuprofile` (open it in Chromium's DevTools, Performance, load
 * profile). Without, both do nothing.
 */
async function startProfile(
  page: Page,
  label: string,
  wanted = true
): Promise<() => Promise<void>> {
  if (!PROFILE || !wanted) return async () => {}
  const profiler = await page.context().newCDPSession(page)
  await profiler.send('Profiler.enable')
  await profiler.send('Profiler.start')
  return async () => {
    const { profile } = await profiler.send('Profiler.stop')
    await mkdir(join(ROOT, '.tmp'), { recursive: true })
    const file = join(ROOT, '.tmp', `${label.replace(/\W+/g, '-')}.cpuprofile`)
    await writeFile(file, JSON.stringify(profile))
    await profiler.detach()
  }
}

/** The trace's categories: the timeline DevTools records, with each task's thread time. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8'
]

/**
 * The categories of the adds' and the typing's traces: the timeline's with Blink's own phases
 * (compositing inputs, pre-paint, paint), and with BENCH_TRACE=invalidations what each key
 * invalidated.
 */
const ADD_TRACE_CATEGORIES = [
  ...TRACE_CATEGORIES,
  'blink',
  ...(TRACE_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])
]

/** Where the trace of `label` goes (see BENCH_TRACE). */
function traceFile(label: string): string {
  return join(ROOT, '.tmp', `${label.replace(/\W+/g, '-')}.trace.json`)
}

/** One opening of `title` on a fresh page of the host at `url` (see BENCH_BASELINE). */
async function openOnFreshPage(browser: Browser, url: string, title: string): Promise<number> {
  const page = await newPage(browser)
  try {
    await page.goto(url)
    await page.locator('.article-open').first().waitFor()
    return await openArticle(page, title)
  } finally {
    await page.close()
  }
}

/**
 * In the page, once every change is saved: how long each save took, from the moment the app
 * started it (working out what changed, the request, main's write) to main's answer that it
 * is durable on disk, in the order made. The first is the first save after opening.
 */
async function saveTimes(page: Page, atLeast = 1): Promise<number[]> {
  await page.waitForFunction(
    ({ name, atLeast }) =>
      [...document.querySelectorAll('[role="status"]')].some((s) =>
        s.textContent?.includes('All changes saved.')
      ) && performance.getEntriesByName(name, 'measure').length >= atLeast,
    { name: SAVE_MEASURE, atLeast },
    { timeout: 60_000 }
  )
  return page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration),
    SAVE_MEASURE
  )
}

/** The baseline of a save: the same bytes written raw, flushed to disk and renamed over. */
async function rawDurableWrite(path: string, bytes: string): Promise<number> {
  const temp = `${path}.bench-raw`
  const start = performance.now()
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, path)
  return performance.now() - start
}

/** Measures the app over one workload. */
async function measureApp(browser: Browser, file: ArticleFile, name: string) {
  const rows: BenchRow[] = []
  const { host, folder } = await hostFor(file)
  const baseline = BASELINE ? await hostFor(file, BASELINE) : undefined
  const title = file.article.title
  const openTimes: number[] = []
  const baselineTimes: number[] = []
  let page: Page | undefined
  try {
    for (let run = 0; run < OPEN_RUNS; run++) {
      await page?.close()
      page = undefined
      // The baseline build first in even runs and in the last (whose page stays open for
      // what is measured next), after ours in odd runs, so neither always goes first.
      const baselineFirst = run % 2 === 0 || run === OPEN_RUNS - 1
      if (baseline && baselineFirst)
        baselineTimes.push(await openOnFreshPage(browser, baseline.host.url, title))
      page = await newPage(browser)
      await page.goto(host.url)
      await page.locator('.article-open').first().waitFor()
      // The last opening is profiled: the earlier ones warmed the host's caches.
      const last = run === OPEN_RUNS - 1
      const stopOpenProfile = await startProfile(page, `opening-${name}`, last)
      const traced = TRACE ? traceFile(`opening-${name}-${run + 1}`) : undefined
      if (traced) await browser.startTracing(page, { path: traced, categories: TRACE_CATEGORIES })
      openTimes.push(await openArticle(page, title))
      // A few idle moments more: the work the opening left for later is in the trace too.
      if (traced) await page.waitForTimeout(1500).then(() => browser.stopTracing())
      await stopOpenProfile()
      if (baseline && !baselineFirst) {
        await page.close()
        page = undefined
        baselineTimes.push(await openOnFreshPage(browser, baseline.host.url, title))
      }
    }
    const step = (what: string) => console.error(`  ${name}: ${what}`)
    step(`opened in ${openTimes.map((t) => Math.round(t)).join(', ')} ms`)
    if (baseline)
      step(`baseline build opened in ${baselineTimes.map((t) => Math.round(t)).join(', ')} ms`)
    const memory = await memoryOf(page!)
    const scrollTrace = TRACE ? traceFile(`scrolling-${name}`) : undefined
    if (scrollTrace)
      await browser.startTracing(page!, { path: scrollTrace, categories: TRACE_CATEGORIES })
    const stopScrollProfile = await startProfile(page!, `scrolling-${name}`)
    const scroll = await scrollFrames(page!)
    await stopScrollProfile()
    if (scrollTrace) await browser.stopTracing()
    step(`scrolled, ${scroll.slow} of ${scroll.frames} frames over 20 ms`)
    rows.push(
      {
        workload: name,
        metric: 'open: click to highlights painted',
        value: median(openTimes),
        unit: 'ms'
      },
      ...(baseline
        ? [
            against({
              workload: name,
              metric: 'open: against the baseline build',
              value: median(openTimes),
              unit: 'ms',
              baseline: median(baselineTimes)
            })
          ]
        : []),
      {
        workload: name,
        metric: 'scroll: frames over 20 ms',
        value: scroll.slow,
        unit: `of ${scroll.frames}`
      },
      { workload: name, metric: 'JS heap after opening', value: memory.heapMB, unit: 'MB' },
      { workload: name, metric: 'DOM nodes after opening', value: memory.domNodes, unit: 'count' }
    )
    if (OPEN_ONLY) return rows
    const filterTimes: number[] = []
    for (const word of ['Meta', 'Droege', 'milliards'])
      filterTimes.push(await filterPanel(page!, word))
    await page!.getByRole('searchbox', { name: 'Search annotations' }).fill('')
    step('filtered the panel')
    const addTimes: number[] = []
    const stopAddProfile = await startProfile(page!, `adding-${name}`)
    // With BENCH_ONLY=save the trace goes on to the first save: started after the last add,
    // it began after the save had (400 ms are soon over once a trace is asked for).
    const addTrace = TRACE ? traceFile(`${SAVE_ONLY ? 'first-save' : 'adding'}-${name}`) : undefined
    if (addTrace)
      await browser.startTracing(page!, {
        path: addTrace,
        categories: SAVE_ONLY ? TRACE_CATEGORIES : ADD_TRACE_CATEGORIES
      })
    for (let i = 0; i < ADD_RUNS; i++) addTimes.push(await addMention(page!, i))
    if (SAVE_ONLY) {
      const [firstSave] = await saveTimes(page!)
      await stopAddProfile()
      if (addTrace) await browser.stopTracing()
      step(`first save ${Math.round(firstSave)} ms`)
      rows.push(...addRows(name, addTimes), {
        workload: name,
        metric: 'save, first after opening',
        value: firstSave,
        unit: 'ms'
      })
      return rows
    }
    if (addTrace) await browser.stopTracing()
    await stopAddProfile()
    const addDeepTimes: number[] = []
    // Only where 60 % down is far from the top: on a short article (the sample) the two
    // stretches overlap, and a word tagged again is refused (nothing would change).
    const deep = file.blocks.length >= 100
    for (let i = 0; deep && i < ADD_RUNS; i++) addDeepTimes.push(await addMention(page!, i, DEEP))
    await page!.locator('.ProseMirror').evaluate((view) => view.scrollIntoView())
    step('added mentions')
    // The first save after opening (it compares the whole article with the file as opened):
    // the one the adds made, waited for here, so it runs while nothing else does.
    const addSaves = await saveTimes(page!)
    const firstSave = addSaves[0]
    await page!.locator('.ProseMirror').focus()
    await page!.keyboard.press('F2')
    // Generous: on a loaded machine the 30,000 workload took over 10 s to answer the key.
    await page!.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 60_000 })
    const typeTimes: number[] = []
    const stopTypeProfile = await startProfile(page!, `typing-${name}`)
    const typeTrace = TRACE ? traceFile(`typing-${name}`) : undefined
    if (typeTrace)
      await browser.startTracing(page!, { path: typeTrace, categories: ADD_TRACE_CATEGORIES })
    for (let i = 0; i < TYPE_RUNS; i++) typeTimes.push(await typeCharacter(page!, i))
    if (typeTrace) await browser.stopTracing()
    await stopTypeProfile()
    const typeDeepTimes: number[] = []
    for (let i = 0; deep && i < ADD_RUNS; i++)
      typeDeepTimes.push(await typeCharacter(page!, i, DEEP))
    step('typed')
    // A later save, of one character typed, waited for as the first was, once the typing's
    // own save is made (it holds every block between the first and the last one typed in).
    const typingSaves = await saveTimes(page!, addSaves.length + 1)
    await typeCharacter(page!, TYPE_RUNS)
    const saves = await saveTimes(page!, typingSaves.length + 1)
    const laterSave = saves[saves.length - 1]
    const articlePath = join(folder, 'articles', `${file.article.id}.json`)
    const bytes = await readFile(articlePath, 'utf8')
    const rawWrites: number[] = []
    // Beside the article in the same folder (the same disk), never over it: the app holds it.
    const rawPath = join(folder, 'raw-write-baseline.json')
    for (let i = 0; i < 5; i++) rawWrites.push(await rawDurableWrite(rawPath, bytes))
    step(`saved ${saves.length} times: ${saves.map((t) => Math.round(t)).join(', ')} ms`)
    rows.push(
      ...addRows(name, addTimes),
      ...(deep
        ? [
            {
              workload: name,
              metric: 'add a mention 60 % down p50',
              value: percentile(addDeepTimes, 50),
              unit: 'ms'
            },
            {
              workload: name,
              metric: 'add a mention 60 % down p95',
              value: percentile(addDeepTimes, 95),
              unit: 'ms'
            }
          ]
        : []),
      {
        workload: name,
        metric: 'type in Edit text p50',
        value: percentile(typeTimes, 50),
        unit: 'ms'
      },
      {
        workload: name,
        metric: 'type in Edit text p95',
        value: percentile(typeTimes, 95),
        unit: 'ms'
      },
      ...(deep
        ? [
            {
              workload: name,
              metric: 'type in Edit text 60 % down p50',
              value: percentile(typeDeepTimes, 50),
              unit: 'ms'
            },
            {
              workload: name,
              metric: 'type in Edit text 60 % down p95',
              value: percentile(typeDeepTimes, 95),
              unit: 'ms'
            }
          ]
        : []),
      { workload: name, metric: 'panel filter to painted', value: median(filterTimes), unit: 'ms' },
      against({
        workload: name,
        metric: 'save, first after opening, vs raw write+fsync+rename',
        value: firstSave,
        unit: 'ms',
        baseline: median(rawWrites)
      }),
      against({
        workload: name,
        metric: 'save of a typed character, vs raw write+fsync+rename',
        value: laterSave,
        unit: 'ms',
        baseline: median(rawWrites)
      })
    )
  } finally {
    await page?.close()
    await host.close()
    await rm(folder, { recursive: true, force: true })
    if (baseline) {
      await baseline.host.close()
      await rm(baseline.folder, { recursive: true, force: true })
    }
  }
  return rows
}

/** Adds our ratio to the peer's figure where both measured the same thing. */
/** The rows of the adds near the top of a workload. */
function addRows(workload: string, times: number[]): BenchRow[] {
  return [
    { workload, metric: 'add a mention p50', value: percentile(times, 50), unit: 'ms' },
    { workload, metric: 'add a mention p95', value: percentile(times, 95), unit: 'ms' }
  ]
}

function withRatios(rows: BenchRow[]): BenchRow[] {
  const pairs: [string, string][] = [
    ['open: click to highlights painted', 'peer: set annotations to painted'],
    ['add a mention p50', 'peer: add p50'],
    ['add a mention p95', 'peer: add p95'],
    ['JS heap after opening', 'peer: JS heap after opening'],
    ['DOM nodes after opening', 'peer: DOM nodes after opening']
  ]
  return rows.map((row) => {
    const pair = pairs.find(([ours]) => ours === row.metric)
    const peer = pair && rows.find((r) => r.workload === row.workload && r.metric === pair[1])
    return peer && peer.value > 0
      ? { ...row, baseline: peer.value, ratio: row.value / peer.value }
      : row
  })
}

async function main() {
  await build({
    root: join(ROOT, 'bench/peer'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: PEER_OUT, emptyOutDir: true }
  })
  const peerServer = await serveFolder(PEER_OUT)
  const chromiumChoice = findChromium()
  const browser = await chromium.launch({
    executablePath: chromiumChoice.executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
  const fixture = articleFromNative(
    parseNativeDocument(
      await readFile(join(ROOT, 'tests/fixtures/scale-ai-meta.annotated.newsroom.json'), 'utf8')
    )
  )
  const workloads: [string, ArticleFile][] = [
    ...(process.env.BENCH_SAMPLE === '0'
      ? []
      : [['sample (80 annotations)', fixture] as [string, ArticleFile]]),
    ...COUNTS.map((n): [string, ArticleFile] => [
      `long article, ${n.toLocaleString('en')}`,
      workloadArticle(n)
    ])
  ]
  const rows: BenchRow[] = []
  let failed = false
  try {
    for (const [name, file] of workloads) {
      console.error(`measuring ${name}…`)
      try {
        rows.push(...(await measureApp(browser, file, name)))
        if (!OPEN_ONLY && !SAVE_ONLY)
          rows.push(...(await measurePeer(browser, peerServer.url, file, name)))
      } catch (error) {
        // The workloads measured so far are still reported; the run says which one failed.
        console.error(`  ${name}: failed: ${error instanceof Error ? error.message : error}`)
        failed = true
      }
    }
  } finally {
    await browser.close()
    peerServer.server.close()
  }
  report(withRatios(rows))
  if (failed) process.exitCode = 1
}

await main()
