"""The style and script every ``qsreport show`` page carries inline (no network, no library).

Kept apart from :mod:`.show` so the page's logic reads without them. The page's Content
Security Policy names each by its hash (:func:`csp`): a ``<script>`` that got into a page
some other way would not run, and the page can fetch nothing.
"""

from __future__ import annotations

import base64
import hashlib

# Marks: a colour AND a label (the area's name, written by rules the page adds per area) AND a
# border style per area, so that the areas stay apart in print, for colour-blind readers and
# with colours off. One tooltip element serves every mark, on hover and on keyboard focus.
PAGE_CSS = """
:root{color-scheme:light}
body{margin:0;color:#1f2328;background:#fff;
 font:15px/1.6 system-ui,"Noto Sans CJK SC","Noto Sans CJK TC","WenQuanYi Micro Hei","Droid Sans Fallback",sans-serif}
.top{padding:12px 20px 8px;border-bottom:1px solid #d0d7de}
.top h1{font-size:1.25em;margin:0 0 8px}
.panels{display:flex;flex-wrap:wrap;gap:8px 32px;align-items:flex-start}
.panels h2,aside h2{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:4px 0}
table.kv{border-collapse:collapse;font-size:13px}
table.kv th{text-align:left;font-weight:600;padding:1px 10px 1px 0;vertical-align:top;white-space:nowrap}
table.kv td{padding:1px 10px 1px 0;vertical-align:top}
.where,.muted{color:#57606a;font-size:12px}
.warnings{color:#8a4b00;font-size:13px;margin:0;padding-left:1.2em}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(260px,380px)}
.reading{padding:8px 20px 40px;min-width:0}
.tools{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;font-size:13px;
 padding:6px 0;border-bottom:1px solid #eaeef2;position:sticky;top:0;background:#fff;z-index:20}
.legend{display:flex;flex-wrap:wrap;gap:4px 10px;margin:0;padding:0;list-style:none}
button,select{font:inherit;font-size:13px}
#text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:16px;line-height:2.2;max-width:52em;
 margin-top:8px;unicode-bidi:isolate}
#text>.c{content-visibility:auto;contain-intrinsic-size:auto 1400px}
nav ol.c{content-visibility:auto;contain-intrinsic-size:auto 4000px}
mark.f{color:inherit;background:var(--bg);border-bottom:2px solid var(--fg);border-radius:2px;
 padding:0 1px;position:relative;cursor:pointer}
mark.f::before{font-size:10px;line-height:1;font-weight:600;color:var(--fg);
 vertical-align:super;margin-right:2px;font-family:system-ui,sans-serif}
mark.f.more::before{content:none}
.sw{display:inline-block;padding:0 4px;border-radius:2px;background:var(--bg);border-bottom:2px solid var(--fg)}
.a0{--bg:#fff1b8;--fg:#7a5000}
.a1{--bg:#d8ebff;--fg:#0b5cad;border-bottom-style:double!important;border-bottom-width:3px!important}
.a2{--bg:#ffe1e7;--fg:#a3213d;border-bottom-style:dashed!important}
.a3{--bg:#dbf4e2;--fg:#1d6b35;border-bottom-style:dotted!important;border-bottom-width:3px!important}
.a4{--bg:#eadcff;--fg:#5b2a9e;border-bottom-style:solid!important;border-bottom-width:4px!important}
.a5{--bg:#d9f3f5;--fg:#0d6470;border-bottom-style:dashed!important;border-bottom-width:3px!important}
#tip{position:absolute;z-index:30;white-space:pre;max-width:32em;overflow:hidden;
 padding:6px 9px;border-radius:4px;background:#1f2328;color:#fff;font-size:12px;line-height:1.5;
 box-shadow:0 3px 10px rgba(0,0,0,.25);pointer-events:none}
#tip[hidden]{display:none}
mark.f:focus{outline:2px solid #1f2328;outline-offset:1px}
.n{text-decoration:underline dotted #8c959f;text-underline-offset:4px;background:#f3f4f6;border-radius:2px}
.n-date,.n-ord{background:none;text-decoration-color:#d0d7de}
body.quiet-dates .n-date,body.quiet-dates .n-ord{text-decoration:none}
@keyframes flash{0%{box-shadow:0 0 0 5px #ff8c1a;background:#ffd8a8}100%{box-shadow:0 0 0 5px transparent}}
.flash,mark.f:target{animation:flash 1.8s ease-out}
aside{border-left:1px solid #d0d7de;padding:8px 14px 40px;position:sticky;top:0;align-self:start;
 max-height:100vh;overflow:auto;box-sizing:border-box;font-size:13px}
aside h3{font-size:13px;margin:12px 0 4px}
aside ol{margin:0;padding-left:2.2em}
aside li{margin:1px 0;border-radius:3px}
aside a{color:inherit;text-decoration:none;display:block;padding:1px 3px}
aside a:hover,aside a:focus{background:#f3f4f6;text-decoration:underline}
aside .v{font-weight:600}
@media (max-width:800px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none;border:0}}
"""

# Every listener is on a container, so a page of 100,000 marks wires up in constant time; the
# text nodes are read for the script toggle only when it is first used.
PAGE_JS = """
(function () {
  "use strict";
  var text = document.getElementById("text");
  var facts = document.getElementById("facts");
  var tip = document.getElementById("tip");
  var items = null;
  function flash(element) {
    element.classList.remove("flash");
    void element.offsetWidth;
    element.classList.add("flash");
  }
  function markOf(target) { return target && target.closest ? target.closest("mark[data-k]") : null; }
  function goToMark(k) {
    var mark = document.getElementById("f" + k);
    if (!mark) { return; }
    mark.scrollIntoView({block: "center"});
    mark.focus({preventScroll: true});
    text.querySelectorAll('mark[data-k="' + k + '"]').forEach(flash);
  }
  function goToEntry(k) {
    var link = facts.querySelector('a[href="#f' + k + '"]');
    if (!link) { return; }
    link.scrollIntoView({block: "nearest"});
    flash(link.parentNode);
  }
  function shown(value) {
    if (value === null || value === undefined) { return "\u2013"; }
    if (value === true) { return "yes"; }
    if (value === false) { return "no"; }
    if (Array.isArray(value)) { return value.length ? value.join("\u3001") : "\u2013"; }
    return String(value);
  }
  function showTip(mark) {
    if (items === null) { items = JSON.parse(document.getElementById("items").textContent); }
    var row = items.items[Number(mark.dataset.k)], list = items.lists[row[0]], lines = [list[0]];
    for (var i = 0; i < list[1].length; i++) { lines.push(list[1][i] + ": " + shown(row[3 + i])); }
    lines.push("span: " + row[1] + "\u2013" + row[2]);
    tip.textContent = lines.join("\\n");
    tip.hidden = false;
    var box = mark.getBoundingClientRect(), width = tip.offsetWidth;
    var left = Math.max(4, Math.min(box.left, document.documentElement.clientWidth - width - 4));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 4) + "px";
    mark.setAttribute("aria-describedby", "tip");
  }
  function hideTip(mark) {
    tip.hidden = true;
    if (mark) { mark.removeAttribute("aria-describedby"); }
  }
  facts.addEventListener("click", function (event) {
    var link = event.target.closest('a[href^="#f"]');
    if (!link) { return; }
    event.preventDefault();
    var k = link.getAttribute("href").slice(2);
    goToMark(k);
    history.replaceState(null, "", "#f" + k);
  });
  text.addEventListener("click", function (event) {
    var mark = markOf(event.target);
    if (mark) { goToEntry(mark.dataset.k); }
  });
  text.addEventListener("keydown", function (event) {
    var mark = markOf(event.target);
    if (!mark) { return; }
    if (event.key === "Enter") { goToEntry(mark.dataset.k); }
    if (event.key === "Escape") { hideTip(mark); }
  });
  text.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark) { showTip(mark); }
  });
  text.addEventListener("mouseout", function (event) {
    var mark = markOf(event.target);
    if (mark && markOf(event.relatedTarget) !== mark) { hideTip(mark); }
  });
  text.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) { showTip(mark); }
  });
  text.addEventListener("focusout", function (event) { hideTip(markOf(event.target)); });
  var next = document.getElementById("next-number"), at = -1;
  if (next) {
    next.addEventListener("click", function () {
      var numbers = text.querySelectorAll(".n-fig");
      if (!numbers.length) { return; }
      at = (at + 1) % numbers.length;
      numbers[at].scrollIntoView({block: "center"});
      flash(numbers[at]);
      next.textContent = "next: " + (at + 1) + " of " + numbers.length;
    });
  }
  var dates = document.getElementById("show-dates");
  if (dates) {
    dates.addEventListener("change", function () {
      document.body.classList.toggle("quiet-dates", !dates.checked);
    });
  }
  var pick = document.getElementById("script"), data = document.getElementById("scripts");
  var nodes = null, original = null, scripts = null;
  if (pick && data) {
    pick.addEventListener("change", function () {
      if (nodes === null) {
        scripts = JSON.parse(data.textContent);
        nodes = []; original = [];
        var walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) { nodes.push(walk.currentNode); original.push(walk.currentNode.data); }
      }
      var target = scripts[pick.value], offset = 0;
      for (var i = 0; i < nodes.length; i++) {
        var length = original[i].length;
        nodes[i].data = target === undefined ? original[i] : target.slice(offset, offset + length);
        offset += length;
      }
      text.setAttribute("lang", pick.options[pick.selectedIndex].getAttribute("data-lang"));
    });
  }
})();
"""


def _digest(source: str) -> str:
    return base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def csp(styles: tuple[str, ...] = (PAGE_CSS,), scripts: tuple[str, ...] = (PAGE_JS,)) -> str:
    """The page's Content Security Policy: nothing from anywhere, but for its own style and
    script, named by their SHA-256."""
    style = " ".join(f"'sha256-{_digest(s)}'" for s in styles)
    script = " ".join(f"'sha256-{_digest(s)}'" for s in scripts)
    return (f"default-src 'none'; style-src {style}; script-src {script}; img-src data:; "
            "base-uri 'none'; form-action 'none'")
