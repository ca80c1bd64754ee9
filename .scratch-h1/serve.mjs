import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const server = createServer((req, res) => {
  try { const body = readFileSync('test/fixtures/feeds' + req.url); res.writeHead(200, { 'content-type': req.url.endsWith('.html') ? 'text/html' : 'application/xml' }).end(body); }
  catch { res.writeHead(404).end(); }
});
server.listen(18765, '127.0.0.1');
setTimeout(() => process.exit(0), 60000);
