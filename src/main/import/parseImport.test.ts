import { describe, expect, it } from 'vitest'
import { AppError, MAX_IMPORT_BYTES } from '@shared/contract'
import { decodeEntities } from './html'
import { importFormatOf, parseImport, type ImportedArticle } from './parseImport'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const BOM = [0xef, 0xbb, 0xbf]

function imported(fileName: string, bytes: Uint8Array): ImportedArticle {
  const result = parseImport(fileName, bytes)
  if (result instanceof AppError) throw new Error(`${result.code}: ${result.message}`)
  return result
}

function failure(fileName: string, bytes: Uint8Array): AppError {
  const result = parseImport(fileName, bytes)
  if (!(result instanceof AppError)) throw new Error('expected an error')
  return result
}

describe('parseImport: text', () => {
  it('reads .txt as plain text, with or without a BOM, in NFC', () => {
    const text = 'Cafe\u0301 au lait\n\nPremier paragraphe.\nSuite.\n'
    const plain = imported('note.TXT', utf8(text))
    const withBom = imported('note.txt', new Uint8Array([...BOM, ...utf8(text)]))
    expect(plain).toEqual(withBom)
    expect(plain.format).toBe('txt')
    expect(plain.title).toBe('Café au lait')
    expect(plain.blocks).toEqual([
      { type: 'headline', text: 'Café au lait' },
      { type: 'paragraph', text: 'Premier paragraphe. Suite.' }
    ])
  })

  it('rejects files over the size limit before decoding them', () => {
    const error = failure('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/largest file that can be imported is 5\.0 MB/)
  })

  it('rejects binary files: NUL bytes or invalid UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(failure('photo.txt', png)).toMatchObject({ code: 'unsupported' })
    expect(failure('photo.txt', png).message).toMatch(/looks like a binary file/)
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]) // "Café" in Windows-1252
    expect(failure('old.txt', latin1)).toMatchObject({ code: 'unsupported' })
    expect(failure('old.txt', latin1).message).toMatch(/save it as UTF-8/)
  })

  it('rejects unknown extensions and files with no text', () => {
    expect(failure('report.docx', utf8('hello'))).toMatchObject({ code: 'unsupported' })
    expect(failure('README', utf8('hello'))).toMatchObject({ code: 'unsupported' })
    expect(failure('blank.txt', utf8(' \n\n\t'))).toMatchObject({ code: 'invalid-input' })
    expect(failure('empty.html', utf8('<html><body><script>x()</script></body></html>')).code).toBe(
      'invalid-input'
    )
  })

  it('knows its extensions', () => {
    expect(importFormatOf('a.markdown')).toBe('md')
    expect(importFormatOf('A.HTM')).toBe('html')
    expect(importFormatOf('archive.html.zip')).toBeUndefined()
  })
})

describe('parseImport: Markdown', () => {
  it('turns headings, paragraphs, quotes and list items into plain blocks', () => {
    const md = [
      '---',
      'title: front matter is skipped',
      '---',
      '# Scale AI &amp; *Meta*',
      '',
      'Le **PDG** a dit [ceci](https://example.com) et `cela`,',
      'puis ![photo](x.png)\\* fin.',
      '',
      '## Contexte',
      '',
      '> Une citation',
      '> sur deux lignes',
      '',
      '- premier point',
      '- second *point*',
      ''
    ].join('\n')
    const result = imported('article.md', new Uint8Array([...BOM, ...utf8(md)]))
    expect(result.format).toBe('md')
    expect(result.title).toBe('Scale AI & Meta')
    expect(result.blocks).toEqual([
      { type: 'headline', text: 'Scale AI & Meta' },
      { type: 'paragraph', text: 'Le PDG a dit ceci et cela, puis * fin.' },
      { type: 'heading', text: 'Contexte' },
      { type: 'paragraph', text: 'Une citation sur deux lignes' },
      { type: 'paragraph', text: 'premier point' },
      { type: 'paragraph', text: 'second point' }
    ])
  })

  it('keeps no markup or script from raw HTML inside Markdown', () => {
    const md = [
      '# Titre',
      '',
      'Avant <script>alert("md")</script> après <img src=x onerror="alert(2)"> fin.',
      '',
      '<div onclick="steal()">Bloc <b>gras</b><script>evil()</script></div>',
      '',
      '[clic](javascript:alert(3))'
    ].join('\n')
    const { blocks } = imported('x.md', utf8(md))
    const all = JSON.stringify(blocks)
    const forbidden = ['alert', 'script', 'onerror', 'onclick', 'steal', 'evil', 'javascript', '<']
    for (const bad of forbidden) {
      expect(all).not.toContain(bad)
    }
    expect(blocks.map((b) => b.text)).toEqual(['Titre', 'Avant après fin.', 'Bloc gras', 'clic'])
  })
})

describe('parseImport: HTML', () => {
  it('prefers <article>, keeps its text blocks and decodes entities', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Le titre | Site</title></head>
      <body><header><nav><a href="/">Accueil</a></nav><h1>Logo du site</h1></header>
      <main><p>Hors article</p>
      <article><header><h1>L&rsquo;accord Scale&nbsp;AI</h1>
      <p class="chapo">Le chapeau.</p></header>
      <p>Premier <em>paragraphe</em>&#8239;: 49&nbsp;%.<br>Suite</p>
      <figure><img src="a.png" alt="image"><figcaption>Une légende</figcaption></figure>
      <h2>Intertitre</h2><blockquote><p>Citation.</p></blockquote>
      <ul><li>Un</li><li>Deux</li></ul>
      <aside>Lire aussi</aside><footer>Partager</footer></article></main>
      <footer>© Site</footer></body></html>`
    const result = imported('page.html', utf8(html))
    expect(result.format).toBe('html')
    expect(result.language).toBe('fr')
    expect(result.title).toBe('L’accord Scale\u00a0AI')
    expect(result.blocks).toEqual([
      { type: 'headline', text: 'L’accord Scale\u00a0AI' },
      { type: 'paragraph', text: 'Le chapeau.' },
      { type: 'paragraph', text: 'Premier paragraphe\u202f: 49\u00a0%. Suite' },
      { type: 'paragraph', text: 'Une légende' },
      { type: 'heading', text: 'Intertitre' },
      { type: 'paragraph', text: 'Citation.' },
      { type: 'paragraph', text: 'Un' },
      { type: 'paragraph', text: 'Deux' }
    ])
  })

  it('uses <body> without article or main, drops chrome, titles from <title> without h1', () => {
    const html = `<html><head><title>Page &amp; titre</title><style>p{color:red}</style></head>
      <body><header>Menu du site</header><nav>Accueil</nav>
      <p>Un paragraphe.</p><p hidden>Caché</p><div style="display:none"><p>Aussi caché</p></div>
      <footer>Mentions légales</footer></body></html>`
    const result = imported('page.htm', utf8(html))
    expect(result.title).toBe('Page & titre')
    expect(result.blocks).toEqual([{ type: 'paragraph', text: 'Un paragraphe.' }])
  })

  it('falls back to containers when a page has no paragraphs, and to the h1 outside it', () => {
    const html = `<body><header><h1>Le titre</h1></header>
      <main><div>Premier bloc</div><div><span>Second</span> bloc</div></main></body>`
    const result = imported('page.html', utf8(html))
    expect(result.title).toBe('Le titre')
    expect(result.blocks).toEqual([
      { type: 'headline', text: 'Le titre' },
      { type: 'paragraph', text: 'Premier bloc' },
      { type: 'paragraph', text: 'Second bloc' }
    ])
  })

  it('lets nothing executable or any markup through from a hostile page', () => {
    const hostile = `<html><head><script>window.pwned = 1</script>
      <meta http-equiv="refresh" content="0;url=javascript:alert('meta')">
      <style>body{background:url("javascript:alert('css')")}</style></head>
      <body onload="alert('body')"><article>
      <h1 onclick="alert('h1')">Titre <script>alert('inline')</script>sûr</h1>
      <p>Texte <img src=x onerror="alert('img')"> normal
      <a href="javascript:alert('link')" onmouseover="alert('hover')">lien</a>.</p>
      <iframe src="javascript:alert('frame')">iframe fallback</iframe>
      <object data="evil.swf">object fallback</object><embed src="evil.swf">
      <svg onload="alert('svg')"><script>alert('svg-script')</script><text>svg text</text></svg>
      <noscript>noscript text</noscript><template><p>template text</p></template>
      <form action="https://evil.example"><input value="form value"><button>Envoyer</button></form>
      <p>&lt;script&gt;alert('escaped')&lt;/script&gt;</p>
      <p><![CDATA[ alert('cdata') ]]>Fin<!-- alert('comment') --></p>
      </article></body></html>`
    const result = imported('hostile.html', utf8(hostile))
    const all = JSON.stringify(result)
    for (const bad of [
      'pwned',
      "alert('inline')",
      "alert('img')",
      'onerror',
      'onclick',
      'onload',
      'onmouseover',
      'javascript:',
      'iframe',
      'object fallback',
      'svg',
      'noscript',
      'template',
      'form value',
      'Envoyer',
      'cdata',
      'comment',
      '<img',
      '<a '
    ]) {
      expect(all).not.toContain(bad)
    }
    expect(result.title).toBe('Titre sûr')
    // Escaped markup in the page is text the author wrote; it stays text, never markup.
    expect(result.blocks.map((b) => b.text)).toEqual([
      'Titre sûr',
      'Texte normal lien.',
      "<script>alert('escaped')</script>",
      'Fin'
    ])
  })
})

describe('decodeEntities', () => {
  it('decodes named and numeric references and never forms markup', () => {
    expect(decodeEntities('a &amp; b &eacute; &#233; &lt;x&gt;')).toBe('a & b é é <x>')
    expect(decodeEntities('<b>1 < 2</b> &amp;')).toBe('<b>1 < 2</b> &')
  })
})
