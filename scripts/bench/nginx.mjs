/**
 * Serves a static export with Debian's nginx as a real static host would: gzip and Brotli
 * compressed on the fly at level 6, clean URLs (`/about` from `about/index.html`), the 404
 * page for unknown paths. For the benchmarks only (`apt-get install nginx-light
 * libnginx-mod-http-brotli-filter`); tests use `npm run serve`, which applies `_headers`.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

/** A free port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address())
      probe.close(() => resolve(port))
    }).on('error', reject)
  })
}

/**
 * @param {string} root the export's public folder
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveWithNginx(root) {
  if (!existsSync('/usr/sbin/nginx')) throw new Error('nginx is not installed: apt-get install -y nginx-light libnginx-mod-http-brotli-filter')
  const brotli = existsSync(brotliModule)
  if (!brotli) console.warn(`No Brotli module for nginx (${brotliModule}): gzip only`)
  const prefix = await mkdtemp(join(tmpdir(), 'bench-nginx-'))
  const port = await freePort()
  const types = 'text/css application/javascript application/json image/svg+xml application/xml text/xml application/wasm'
  await writeFile(join(prefix, 'nginx.conf'), `
${brotli ? `load_module ${brotliModule};` : ''}
worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  sendfile on;
  gzip on; gzip_comp_level 6; gzip_min_length 256; gzip_types ${types};
  ${brotli ? `brotli on; brotli_comp_level 6; brotli_min_length 256; brotli_types ${types};` : ''}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri/index.html $uri.html =404; }
    error_page 404 /404.html;
  }
}
`)
  const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] })
  const url = `http://127.0.0.1:${port}/`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} (${prefix}/error.log)`)
    if (await fetch(url).then(() => true, () => false)) break
    await new Promise(r => setTimeout(r, 50))
  }
  return {
    url,
    async close() {
      child.kill('SIGQUIT')
      await new Promise(r => child.once('exit', r))
      await rm(prefix, { recursive: true, force: true })
    },
  }
}
