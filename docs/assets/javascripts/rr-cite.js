/*
 * The reading room: "cite this" on article pages (markup from reading_room/render.py cite_block).
 *
 * 1. Shows the copy buttons (hidden without JavaScript: the text can still be selected).
 * 2. When the page has a canonical URL (mkdocs.yml sets site_url), fills the online forms the
 *    converter wrote into data-rr-ol ([N/OL] with URL and today's date as the access date):
 *    U+E000 is the URL slot, U+E001 the date slot (reading_room/cite.py URL_SLOT, DATE_SLOT).
 * No network, no dependencies; safe to run twice (Material's instant navigation).
 */
(function () {
  "use strict";
  var URL_SLOT = "\ue000";
  var DATE_SLOT = "\ue001";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function canonicalUrl() {
    var link = document.querySelector('link[rel="canonical"]');
    return link && /^https?:\/\//.test(link.href) ? link.href : null;
  }

  function fill(pre, url) {
    var template = pre.getAttribute("data-rr-ol");
    if (!template || !url) { return; }
    // Inside CSL-JSON the URL is a JSON string: escape it as one.
    var value = pre.id === "rr-cite-csl" ? JSON.stringify(url).slice(1, -1) : url;
    pre.textContent = template.split(URL_SLOT).join(value).split(DATE_SLOT).join(today());
  }

  function say(button, text) {
    var section = button.closest(".rr-cite");
    var note = section && section.querySelector(".rr-cite-note");
    if (note) { note.textContent = text; }
  }

  function fallbackCopy(pre) {
    var range = document.createRange();
    range.selectNodeContents(pre);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    return ok;
  }

  function copy(button) {
    var pre = document.getElementById(button.getAttribute("data-rr-copy"));
    if (!pre) { return; }
    var name = button.getAttribute("aria-describedby");
    var label = (name && document.getElementById(name) || {}).textContent || "";
    var done = function () { say(button, "已复制 " + label); button.textContent = "已复制"; };
    var failed = function () {
      if (fallbackCopy(pre)) { done(); } else { say(button, "无法自动复制，已选中文字，请按 Ctrl+C"); }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(pre.textContent).then(done, failed);
    } else {
      failed();
    }
    window.setTimeout(function () { button.textContent = "复制"; }, 2000);
  }

  function setup() {
    var url = canonicalUrl();
    Array.prototype.forEach.call(document.querySelectorAll("pre[data-rr-ol]"), function (pre) {
      fill(pre, url);
    });
    Array.prototype.forEach.call(document.querySelectorAll("button[data-rr-copy]"), function (button) {
      if (button.getAttribute("data-rr-ready")) { return; }
      button.setAttribute("data-rr-ready", "1");
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
