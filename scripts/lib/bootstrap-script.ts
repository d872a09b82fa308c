/**
 * The attributes of the bootstrap's <script> that carry the module's URL and its preloads' (space-separated). The
 * build writes them (bootstrap.ts) and the bench reads them (scripts/lib/bytes.ts).
 */
export const MODULE_ATTRIBUTE = 'data-module'
export const PRELOAD_ATTRIBUTE = 'data-preload'
/** On a page prerendered in several languages (the story): `lang=file` pairs, space-separated (bootstrap.ts). */
export const LANG_FILES_ATTRIBUTE = 'data-lang-files'

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
  "l=a?a[1]:((navigator.languages||[])[0]||navigator.language||'').slice(0,2).toLowerCase()," +
  'o=/^(en|es|fr)$/.test(l)&&l!==r.lang,' +
  `f=o&&new RegExp('(?:^| )'+l+'=(\\\\S+)').exec(s.getAttribute('${LANG_FILES_ATTRIBUTE}')||'');` +
  "if(f)location.replace(f[1]+'?'+['lang='+l].concat(q.slice(1).split('&').filter(function(p){" +
  "return p&&!/^lang(=|$)/.test(p)})).join('&')+location.hash);" +
  "else if((a&&l!==r.lang)||(!a&&o)||(t&&t[1]!==r.getAttribute('data-theme')))go();" +
  'else{requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go,50)})});setTimeout(go,1000)}' +
  '})(document.currentScript)'
