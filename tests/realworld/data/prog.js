// Node.js (V8): its JIT tiers (Ignition, Sparkplug, Maglev, TurboFan) compile
// the hot functions, deoptimize when types change, and irregexp compiles
// regular expressions to machine code; plus promises, Buffer, crypto, zlib and
// a worker thread. Prints only what depends on the input.
'use strict';
const fs = require('fs');
const crypto = require('crypto');
const zlib = require('zlib');
const { Worker } = require('worker_threads');

function collatz(n) { let s = 0; while (n !== 1) { n = n % 2 === 0 ? n / 2 : 3 * n + 1; s++; } return s; }
let best = 0, arg = 0;
for (let i = 1; i < 300000; i++) { const c = collatz(i); if (c > best) { best = c; arg = i; } }
console.log('collatz', arg, best);

// A call site that sees small integers, then doubles, then strings: deoptimization.
function add(a, b) { return a + b; }
let acc = 0;
for (let i = 0; i < 1e6; i++) acc = add(acc, i & 7);
for (let i = 0; i < 1e5; i++) acc = add(acc, 0.5);
let str = '';
for (let i = 0; i < 1000; i++) str = add(str, i % 10);
console.log('deopt', acc, str.length, str.slice(0, 12));

const text = fs.readFileSync(process.argv[2], 'utf8');
const lines = text.split('\n');
const re = /^(\d+) (alpha|mu|pi) (\w+) (\d+)/;
let matches = 0, sum = 0;
for (const line of lines) { const m = re.exec(line); if (m) { matches++; sum += Number(m[4]) % 1000; } }
const words = new Map();
for (const w of text.match(/[a-z]+/g)) words.set(w, (words.get(w) || 0) + 1);
const top = [...words].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3);
console.log('regex', lines.length, matches, sum, JSON.stringify(top));

const obj = { lines: lines.slice(0, 50), nested: { a: [1, 2, { b: 'c' }] } };
const round = JSON.parse(JSON.stringify(obj));
console.log('json', round.lines.length, round.nested.a[2].b);
console.log('sha256', crypto.createHash('sha256').update(text).digest('hex'));
const packed = zlib.gzipSync(Buffer.from(text));
console.log('gzip', zlib.gunzipSync(packed).toString() === text);

async function main() {
  const results = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * n; }));
  console.log('promises', results.join(','));
  const worker = new Worker('const { parentPort } = require("worker_threads"); let s = 0; for (let i = 0; i < 1e7; i++) s += i % 3; parentPort.postMessage(s);', { eval: true });
  const fromWorker = await new Promise((resolve, reject) => { worker.on('message', resolve); worker.on('error', reject); });
  console.log('worker', fromWorker);
  try { null.x; } catch (e) { console.log('caught', e.constructor.name); }
  process.exitCode = 3;
}
main();
