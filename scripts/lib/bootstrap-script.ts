/**
 * The attributes of the bootstrap's <script> that carry the module's URL and its preloads' (space-separated). The
 * build writes them (bootstrap.ts) and the bench reads them (bench/lib/bytes.ts).
 */
export const MODULE_ATTRIBUTE = 'data-module'
export const PRELOAD_ATTRIBUTE = 'data-preload'

/**
 * The pages' one inline script, as text: see bootstrap.ts for what it does and how the build places it. Kept apart
 * (no Node imports) so that tests/component/bootstrap.test.ts can run it in Chromium and the bench can import it.
 */
export const BOOTSTRAP =
  '(function(s){var d=document,h=d.head,r=d.documentElement,n=0;function go(){if(n++)return;' +
  `(s.getAttribute('${PRELOAD_ATTRIBUTE}')||'').split(' ').forEach(function(u){if(!u)return;` +
  "var l=d.createElement('link');l.rel='modulepreload';l.href=u;h.appendChild(l)});" +
  `var m=d.createElement('script');m.type='module';m.src=s.getAttribute('${MODULE_ATTRIBUTE}');h.appendChild(m)}` +
  'var q=location.search,a=/[?&]lang=([^&]*)/.exec(q),t=/[?&]theme=([^&]*)/.exec(q),' +
  "l=a?a[1]:((navigator.languages||[])[0]||navigator.language||'').slice(0,2).toLowerCase();" +
  "if((a&&l!==r.lang)||(!a&&/^(en|es|fr)$/.test(l)&&l!==r.lang)||(t&&t[1]!==r.getAttribute('data-theme')))go();" +
  'else{requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,1000)}})(document.currentScript)'
