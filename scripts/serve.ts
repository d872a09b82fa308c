/**
 * A small static server for dist/: `npm run preview` (and `npm start`) use it to serve the built story, and the
 * end-to-end tests use it on a free loopback port. No dependencies; only GET/HEAD; never serves outside the root.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export interface ServeOptions {
  root: string
  port?: number
  host?: string
  /** Extra headers on every response (the CSP tests use this). */
  headers?: Record<string, string>
}

export interface RunningServer {
  url: string
  server: Server
  close: () => Promise<void>
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const decoded = decodeURIComponent(pathname)
  const target = normalize(join(root, decoded))
  if (target !== root && !target.startsWith(root + sep)) return null
  try {
    const info = await stat(target)
    if (info.isDirectory()) {
      const index = join(target, 'index.html')
      return (await stat(index)).isFile() ? index : null
    }
    return info.isFile() ? target : null
  } catch {
    return null
  }
}

function handler(root: string, headers: Record<string, string>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    let pathname: string
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    } catch {
      res.writeHead(400).end()
      return
    }
    // A directory without its trailing slash would break relative URLs: redirect like a CDN would.
    const file = await resolveFile(root, pathname)
    if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      res.writeHead(301, { Location: pathname + '/' }).end()
      return
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const body = await readFile(file)
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-cache',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

export function serve({ root, port = 0, host = '127.0.0.1', headers = {} }: ServeOptions): Promise<RunningServer> {
  const absoluteRoot = resolve(root)
  const server = createServer((req, res) => {
    handler(absoluteRoot, headers)(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      done({
        url: `http://${host}:${actualPort}/`,
        server,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      })
    })
  })
}

// `tsx scripts/serve.ts [dir]`: serve dist/ on PORT (default 4173), or the next free port if that one is taken.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url))
  const wanted = Number(process.env.PORT ?? 4173)
  const start = async (port: number): Promise<RunningServer> => {
    try {
      return await serve({ root, port, host: process.env.HOST ?? '127.0.0.1' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && port < wanted + 20) return start(port + 1)
      throw error
    }
  }
  const running = await start(wanted)
  console.log(`Serving ${root} at ${running.url}`)
  console.log(`  story:  ${running.url} · ${running.url}index.es.html?lang=es · ${running.url}index.fr.html?lang=fr`)
  console.log(`  embeds: ${running.url}embed/map/ · ${running.url}embed/timeline/ · ${running.url}embed/exports/`)
  console.log(`          (in Spanish and French: index.es.html?lang=es, index.fr.html?lang=fr in each embed's folder)`)
  console.log(`  embed codes: ${running.url}embed/`)
  console.log('Press Ctrl+C to stop.')
}
