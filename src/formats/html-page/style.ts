// Inline so the page is one file; the print rules keep items whole across pages.
export const PAGE_STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:0;background:#fff}
main{max-width:860px;margin:0 auto;padding:2rem 1.25rem}
h1{margin:0 0 .25rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2.5rem}
.meta,.leads{color:#59636e;margin:.25rem 0}
.item{border-left:3px solid #d0d7de;padding:.25rem 0 .25rem 1rem;margin:1rem 0}
.work{margin-left:.5rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0;font-size:.92rem}
.facts dt{color:#59636e}.facts dd{margin:0}
.label{font-weight:600;margin:.5rem 0 0}
.status{font-size:.75rem;font-weight:600;border-radius:1rem;padding:.1rem .5rem;vertical-align:middle;background:#eaeef2}
.status-done{background:#dafbe1;color:#116329}.status-in_progress{background:#ddf4ff;color:#0550ae}
.status-blocked{background:#ffebe9;color:#a40e26}.status-postponed,.status-cancelled{background:#fff8c5;color:#7d4e00}
a{color:#0969da}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.item{break-inside:avoid}a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}}
`;
