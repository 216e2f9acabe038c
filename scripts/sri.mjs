// `npm run sri`: the CDN snippet of this version with its Subresource Integrity hash, from the built
// dist/cdn/sdc-widgets.js (run `npm run build` first). It holds for the CDN URL only when this build is the
// one published for that version: check against `curl -sL <url> | openssl dgst -sha384 -binary | openssl base64 -A`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'dist/cdn/sdc-widgets.js';
let bytes;
try { bytes = readFileSync(file); } catch { console.error(`${file} is missing: run \`npm run build\` first.`); process.exit(1); }
const hash = createHash('sha384').update(bytes).digest('base64');
console.log(`<script type="module" src="https://unpkg.com/sdc-widgets@${version}/dist/cdn/sdc-widgets.js"
        integrity="sha384-${hash}" crossorigin="anonymous"></script>`);
