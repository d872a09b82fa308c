/**
 * dist/ served the way a CDN serves it (docs/embedding.md, Deploy): text compressed (brotli when the browser asks for it,
 * else gzip), hashed assets cacheable forever, HTML and data revalidated. scripts/serve.ts sends files
 * uncompressed, which is right for tests but would make Lighthouse's simulated slow 4G price every byte raw.
 */
import { createServer } from 'node:http'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt'])

export interface Cdn {
  url: string
  close: () => Promise<void>
}

/**
 * Serves dist/ from 127.0.0.1 on a free port. Every text file is brotli-compressed before the server starts, as a
 * CDN edge (or a deploy that precompresses) would have it: compressing on the first request instead added up to
 * half a second to the first Lighthouse run's server response time, a cost no reader pays.
 */
export async function serveLikeCdn(rootDir: string): Promise<Cdn> {
  const root = resolve(rootDir)
  const cache = new Map<string, Buffer>()
  const encoded = (file: string, body: Buffer, encoding: 'br' | 'gzip') => {
    const key = `${encoding}:${file}`
    let out = cache.get(key)
    if (!out) {
      out =
        encoding === 'br'
          ? brotliCompressSync(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: body.byteLength < 1_000_000 ? 11 : 6 },
            })
          : gzipSync(body, { level: 9 })
      cache.set(key, out)
    }
    return out
  }
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name)
    if (entry.isFile() && COMPRESSIBLE.has(extname(file))) encoded(file, await readFile(file), 'br')
  }
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(root, pathname))
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end()
      try {
        if ((await stat(file)).isDirectory()) {
          if (!pathname.endsWith('/')) return void res.writeHead(301, { Location: pathname + '/' }).end()
          file = join(file, 'index.html')
        }
        const body = await readFile(file)
        const ext = extname(file)
        const accepts = String(req.headers['accept-encoding'] ?? '')
        const encoding = !COMPRESSIBLE.has(ext)
          ? null
          : /\bbr\b/.test(accepts)
            ? 'br'
            : /\bgzip\b/.test(accepts)
              ? 'gzip'
              : null
        const out = encoding ? encoded(file, body, encoding) : body
        res.writeHead(200, {
          'Content-Type': TYPES[ext] ?? 'application/octet-stream',
          'Content-Length': out.byteLength,
          'Access-Control-Allow-Origin': '*',
          Vary: 'Accept-Encoding',
          'Cache-Control': /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ...(encoding ? { 'Content-Encoding': encoding } : {}),
        })
        res.end(req.method === 'HEAD' ? undefined : out)
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      }
    })()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}
