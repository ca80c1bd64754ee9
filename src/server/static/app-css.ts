/** The one stylesheet, served at /static/app.css (same origin, so the CSP allows no inline styles). */
export const APP_CSS = `
:root{--red:#a31f1f;--red-dark:#7d1515;--gold:#e0b341;--ink:#1d1d1f;--muted:#5b5b66;--line:#dcdce3;--bg:#f6f5f2;--card:#fff;--ok:#1d7a3a;--warn:#a35a00;--bad:#b3261e;--focus:#1a56db}
*{box-sizing:border-box}
html{font-size:18px}
body{margin:0;font-family:"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5}
a{color:var(--red-dark)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header.top{background:var(--red);color:#fff;border-bottom:4px solid var(--gold)}
header.top .bar{max-width:1100px;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1rem}
header.top .brand{font-weight:700;font-size:1.15rem;color:#fff;text-decoration:none;margin-right:auto}
header.top .brand small{display:block;font-weight:400;font-size:.75rem;opacity:.9}
nav.main{display:flex;flex-wrap:wrap;gap:.25rem}
nav.main a{color:#fff;text-decoration:none;padding:.35rem .6rem;border-radius:6px;font-size:.95rem}
nav.main a[aria-current=page]{background:rgba(255,255,255,.22);font-weight:600}
nav.main a:hover{background:rgba(255,255,255,.14)}
.who{font-size:.85rem;display:flex;align-items:center;gap:.5rem;margin-left:auto}
.who form{margin:0}
.who a{color:#fff}
.who button{background:transparent;border:1px solid rgba(255,255,255,.6);color:#fff;padding:.2rem .6rem;font-size:.85rem}
main{max-width:1100px;margin:0 auto;padding:1.2rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem;line-height:1.25}
h2{font-size:1.25rem;margin:1.6rem 0 .6rem}
h3{font-size:1.05rem;margin:.2rem 0 .4rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem;margin:0 0 1rem}
.card>:first-child,.card>input[type=hidden]:first-child+h2,.card>.section-title:first-child>:first-child{margin-top:0}
.card h2+.flash,.card .actions+h3{margin-top:1rem}
.muted{color:var(--muted)}
.small{font-size:.85rem}
.flash{padding:.7rem 1rem;border-radius:8px;margin:0 0 1rem;border:1px solid}
.flash.ok{background:#eaf6ee;border-color:#b6dfc2;color:#14532d}
.flash.error{background:#fdecea;border-color:#f2b8b5;color:#7f1d1d}
.flash.info{background:#eef3fb;border-color:#c4d4ee;color:#1e3a6e}
button,.button{display:inline-block;font:inherit;font-size:.95rem;padding:.5rem 1rem;border-radius:8px;border:1px solid var(--red-dark);background:var(--red);color:#fff;cursor:pointer;text-decoration:none;line-height:1.3}
button:hover,.button:hover{background:var(--red-dark)}
button.secondary,.button.secondary{background:#fff;color:var(--red-dark)}
button.secondary:hover,.button.secondary:hover{background:#fbf1f1}
button.link{background:none;border:none;color:var(--red-dark);padding:.2rem .3rem;text-decoration:underline}
button.big{font-size:1.15rem;padding:.8rem 1.6rem}
button:disabled{opacity:.5;cursor:default}
label{display:block;font-weight:600;margin:.6rem 0 .2rem}
label.inline{display:inline-flex;gap:.4rem;align-items:center;font-weight:400;margin:0}
fieldset.choices{border:1px solid var(--line);border-radius:8px;padding:.4rem .9rem .7rem;margin:0 0 .8rem}
fieldset.choices legend{font-weight:700;padding:0 .3rem}
label.choice{display:flex;gap:.5rem;align-items:flex-start;font-weight:400;margin:.4rem 0}
label.choice input{margin-top:.3rem}
input[type=text],input[type=password],input[type=url],input[type=number],input[type=date],input[type=datetime-local],select,textarea{font:inherit;font-size:1rem;padding:.45rem .6rem;border:1px solid #b9b9c3;border-radius:8px;width:100%;background:#fff}
textarea{min-height:6rem;resize:vertical}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:.2rem 1rem}
.grid5{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.2rem .8rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.8rem}
.actions form{margin:0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
td.row-actions{width:1%;white-space:nowrap}
td.row-actions .actions{margin-top:0;flex-wrap:nowrap}
.table-wrap{overflow-x:auto}
.feed-url{overflow-wrap:anywhere}
@media (max-width:640px){.feed-table tr,.archive-table tr{display:flex;flex-direction:column}.feed-table td,.archive-table td{border-bottom:0;padding-bottom:.2rem}.feed-table tr,.archive-table tbody tr{border-bottom:1px solid var(--line);padding-bottom:.4rem}.archive-table thead{display:none}.feed-table td.row-actions{width:auto}.feed-table .row-actions .actions{justify-content:flex-start}}
.badge{display:inline-block;font-size:.78rem;padding:.1rem .5rem;border-radius:999px;border:1px solid;white-space:nowrap;font-weight:600}
.badge.ok{color:var(--ok);border-color:#9fd1ae;background:#effaf2}
.badge.warn{color:var(--warn);border-color:#f0c58a;background:#fff6e8}
.badge.bad{color:var(--bad);border-color:#f2b8b5;background:#fdecea}
.badge.off{color:var(--muted);border-color:var(--line);background:#f3f3f5}
.player{position:sticky;top:0;z-index:5;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem;margin-bottom:1rem;box-shadow:0 2px 6px rgba(0,0,0,.06)}
.player audio{width:100%}
.now-playing{font-weight:600;margin:.3rem 0 0;min-height:1.5em}
.layout-player{display:grid;grid-template-columns:minmax(220px,320px) 1fr;gap:1rem;align-items:start}
@media (max-width:800px){.layout-player{grid-template-columns:1fr}html{font-size:17px}}
@media (max-width:640px){nav.main{width:100%;gap:.1rem}nav.main a{padding:.25rem .45rem;font-size:.88rem}.player{position:static}h1{font-size:1.35rem}}
ol.chapters{list-style:none;margin:0;padding:0}
ol.chapters li{margin:0}
ol.chapters button{display:flex;gap:.5rem;width:100%;text-align:left;background:none;color:var(--ink);border:none;border-radius:6px;padding:.35rem .5rem;font-size:.92rem}
ol.chapters button:hover{background:#f4ecec}
ol.chapters li.section button{font-weight:700;margin-top:.4rem}
ol.chapters li.story button{padding-left:1.1rem}
ol.chapters .time{color:var(--muted);font-variant-numeric:tabular-nums;min-width:3.2em}
ol.chapters li.current button,.transcript .current{background:#fff3cd;box-shadow:inset 4px 0 0 var(--gold)}
.transcript p{margin:0 0 .8rem;padding:.3rem .6rem;border-radius:6px}
.transcript h3{margin-top:1rem}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem}
.share{margin-bottom:1rem}.share summary{cursor:pointer;font-weight:600}.share-body{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-top:.75rem}.share .qr svg{width:min(260px,70vw);height:auto;display:block;background:#fff}.share-url{width:min(32rem,80vw)}
.downloads-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem;margin:0 0 1rem}
.downloads-bar .downloads a{padding:.35rem .7rem;font-size:.92rem}
@media (max-width:640px){.downloads-bar .downloads{gap:.35rem}.downloads-bar .downloads a{padding:.25rem .5rem;font-size:.85rem}}
.progress-stages{list-style:none;margin:0;padding:0}
.progress-stages li{display:grid;grid-template-columns:3.2rem 1fr auto;gap:.5rem;align-items:center;padding:.35rem 0;border-bottom:1px solid var(--line)}
.progress-stages .mark{font-weight:700;text-align:center}
.progress-stages li[data-state=done] .mark{color:var(--ok)}
.progress-stages li[data-state=running]{font-weight:600}
.progress-stages li[data-state=running] .mark{color:var(--red)}
.progress-stages li[data-state=waiting]{color:var(--muted)}
.progress-stages li[data-state=failed] .mark{color:var(--red)}
.progress-stages li[data-state=skipped]{color:var(--muted)}
.progress-stages li[data-state=skipped] .mark{font-weight:400;font-size:.8rem}
.progress-stages .count{font-variant-numeric:tabular-nums;color:var(--muted);font-size:.9rem}
.progress-stages .message{grid-column:2/4;font-size:.85rem;color:var(--muted);font-weight:400}
.progress-stages progress{grid-column:2/4;width:100%;height:.5rem;accent-color:var(--red)}
.story{border-left:4px solid var(--line)}
.story.flagged{border-left-color:var(--warn)}
.story.passed{border-left-color:var(--ok)}
.story.fallback{border-left-color:var(--bad)}
.story .sources{font-size:.9rem;margin:.4rem 0}
.story details{margin-top:.5rem}
.story summary{cursor:pointer;font-weight:600;color:var(--red-dark)}
.issues{margin:.3rem 0;padding-left:1.2rem;color:var(--warn)}
.table-wrap+form,table+form{margin-top:1.2rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.file-pick{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem}
.file-pick label.button{font-weight:400;margin:0}
.file-pick input:focus-visible+label{outline:3px solid var(--focus);outline-offset:2px}
.field-title{font-weight:600;margin:.6rem 0 .3rem}
.login-box{max-width:420px;margin:3rem auto}
.empty{text-align:center;padding:2rem 1rem}
.feed-items li{margin:.3rem 0}
.section-title{display:flex;align-items:baseline;gap:.6rem;flex-wrap:wrap}
@media print{header.top,.actions,.player audio{display:none}}
`;
