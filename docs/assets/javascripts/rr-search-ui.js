/*
 * The reading room's search, part 3 of 3 (after rr-search-load.js and rr-search-query.js):
 * what the reader sees.
 *
 * - Results and highlights are built with textContent and <mark> elements: index text is
 *   never parsed as HTML.
 * - The UI is the dialog of overrides/vendor/search.html (marked data-rr-search): Material's
 *   markup and styles under MkDocs, the site's own styles (rr-search--own, rr-search.css)
 *   under Zensical, whose theme has no such dialog.  Either way it opens with the theme's
 *   #__search toggle where there is one and always carries data-rr-open while open, which is
 *   all the own styles rely on.  Without it, only highlighting on article pages (?h=) runs.
 */
(function () {
  "use strict";

  var rr = window.__rrSearch = window.__rrSearch || {};
  var PAGE_SIZE = 10;
  var MAX_LOADS = 50;  // article files read to fill one page of results
  var load = rr.load, init = rr.init, fold = rr.fold, parse = rr.parse, search = rr.search;
  var verify = rr.verify, articleUrl = rr.articleUrl, ranges = rr.ranges, snippet = rr.snippet;

  /* --- highlighting ---------------------------------------------------------------------- */

  /* Fill el with text, hits wrapped in <mark>, all as text nodes. */
  function fillMarked(el, text, env, segments) {
    var at = 0;
    ranges(fold(env.table, text), segments).forEach(function (r) {
      if (r[0] > at) el.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      el.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }

  /* Article page: mark the words of ?h= in the content. */
  function highlightPage() {
    var h = new URLSearchParams(location.search).get("h");
    var content = document.querySelector("article.md-content__inner") ||
      document.querySelector("[data-md-component=content]");
    if (!h || !content || content.querySelector("mark[data-rr-hit]")) return;
    init().then(function (env) {
      var segments = parse(fold(env.table, h)).segments;
      var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
        acceptNode: function (node) {
          return node.parentNode.closest("script, style, mark, .headerlink")
            ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
      });
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      var firstMark = null;
      nodes.forEach(function (node) {
        var text = node.nodeValue;
        var found = ranges(fold(env.table, text), segments);
        if (!found.length) return;
        var frag = document.createDocumentFragment(), at = 0;
        found.forEach(function (r) {
          if (r[0] > at) frag.appendChild(document.createTextNode(text.slice(at, r[0])));
          var mark = document.createElement("mark");
          mark.setAttribute("data-rr-hit", "");
          mark.textContent = text.slice(r[0], r[1]);
          frag.appendChild(mark);
          firstMark = firstMark || mark;
          at = r[1];
        });
        if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
        node.parentNode.replaceChild(frag, node);
      });
      if (firstMark && !location.hash) firstMark.scrollIntoView({ block: "center" });
    }).catch(report);
  }

  /* --- the search dialog ----------------------------------------------------------------- */

  function report(err) {
    if (window.console) console.warn(err && err.message ? err.message : err);
  }

  function mount(root) {
    var toggle = document.getElementById("__search");
    var form = root.querySelector("form");
    var input = root.querySelector("input.md-search__input");
    var meta = root.querySelector(".md-search-result__meta");
    var list = root.querySelector(".md-search-result__list");
    var run = 0, timer = 0, current = null;

    function setMeta(text) { meta.textContent = text; }

    /* Open or close the dialog: the theme's toggle (if any) and data-rr-open agree. */
    function setOpen(on) {
      if (on) root.setAttribute("data-rr-open", "");
      else root.removeAttribute("data-rr-open");
      if (toggle && toggle.checked !== on) {
        toggle.checked = on;
        toggle.dispatchEvent(new Event("change"));
      }
    }

    function open(value) {
      setOpen(true);
      if (typeof value === "string") input.value = value;
      input.focus();
      if (typeof value === "string") update();
    }

    function close() {
      input.blur();
      setOpen(false);
    }

    function item(env, doc, query, hit) {
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      var a = document.createElement("a");
      a.className = "md-search-result__link";
      a.href = articleUrl(env, doc).href + "?h=" + encodeURIComponent(query.segments.join(" "));
      a.setAttribute("data-rr-id", doc.id || "");
      if (hit.word) a.setAttribute("data-rr-word", "");
      var art = document.createElement("article");
      art.className = "md-search-result__article md-typeset";
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      art.appendChild(icon);
      if (doc.k) {
        var kicker = document.createElement("p");
        kicker.className = "rr-search-kicker";
        fillMarked(kicker, doc.k, env, query.segments);
        art.appendChild(kicker);
      }
      var h1 = document.createElement("h1");
      fillMarked(h1, doc.t || doc.k || doc.s || doc.x.slice(0, 30) || doc.id || "", env, query.segments);
      art.appendChild(h1);
      var line = document.createElement("p");
      line.className = "rr-search-meta";
      fillMarked(line, [doc.d, doc.p, doc.a.join(" ")].filter(Boolean).join(" · "), env, query.segments);
      art.appendChild(line);
      var p = document.createElement("p");
      p.className = "rr-search-snippet";
      fillMarked(p, snippet(env, doc, query.segments), env, query.segments);
      art.appendChild(p);
      a.appendChild(art);
      li.appendChild(a);
      return li;
    }

    /* Show the next page of verified results. */
    function more(state, id) {
      var shown = 0, loaded = 0;
      var moreButton = list.querySelector(".rr-search-more");
      if (moreButton) moreButton.parentNode.remove();
      function step() {
        if (id !== run) return Promise.resolve();
        if (shown >= PAGE_SIZE || state.next >= state.hits.length) return Promise.resolve();
        if (loaded >= MAX_LOADS) return Promise.resolve(); // bigram coincidences: stop early
        var batch = state.hits.slice(state.next, state.next + PAGE_SIZE - shown);
        state.next += batch.length;
        loaded += batch.length;
        return Promise.all(batch.map(function (h) {
          return load("d" + h.n, "d/" + h.n + ".js").catch(function (e) { report(e); return null; });
        })).then(function (docs) {
          if (id !== run) return;
          docs.forEach(function (doc, i) {
            if (!doc) return;
            if (!verify(state.env, doc, state.query)) { state.dropped++; return; }
            list.appendChild(item(state.env, doc, state.query, batch[i]));
            state.shown++;
            shown++;
          });
          return step();
        });
      }
      return step().then(function () {
        if (id !== run) return;
        var left = state.hits.length - state.next;
        if (!state.shown) setMeta("没有找到符合条件的结果");
        else setMeta(left > 0 ? "找到约 " + (state.shown + left) + " 篇文章"
                              : "找到 " + state.shown + " 篇文章");
        if (left > 0) {
          var li = document.createElement("li");
          li.className = "md-search-result__item";
          var button = document.createElement("button");
          button.type = "button";
          button.className = "rr-search-more md-button";
          button.textContent = "更多结果";
          button.addEventListener("click", function () { more(state, id); });
          li.appendChild(button);
          list.appendChild(li);
        }
        root.setAttribute("data-rr-done", state.text); // for tests: this query is fully shown
      });
    }

    function update() {
      var id = ++run;
      var value = input.value.trim();
      list.textContent = "";
      current = null;
      root.removeAttribute("data-rr-done");
      if (!value) { setMeta("输入关键词，简体繁体均可"); return; }
      setMeta("正在搜索…");
      search(value).then(function (result) {
        if (id !== run) return;
        if (!result.query.segments.length) {
          setMeta("输入关键词，简体繁体均可");
          root.setAttribute("data-rr-done", value);
          return;
        }
        current = { env: result.env, query: result.query, hits: result.hits, text: value,
                    next: 0, shown: 0, dropped: 0 };
        return more(current, id);
      }).catch(function (err) {
        if (id !== run) return;
        setMeta("搜索暂时不可用");
        report(err);
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    });
    input.addEventListener("focus", function () {
      // As Material does: focusing the header box (always visible on wide screens) opens
      // the dialog; on a phone the magnifier label opens it and focus follows.
      setOpen(true);
      init().catch(report);
    });
    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link"));
    }
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { close(); ev.preventDefault(); }
      if (ev.key === "ArrowDown" && links().length) { links()[0].focus(); ev.preventDefault(); }
    });
    list.addEventListener("keydown", function (ev) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (ev.key === "ArrowDown" && at + 1 < all.length) { all[at + 1].focus(); ev.preventDefault(); }
      if (ev.key === "ArrowUp") { (at > 0 ? all[at - 1] : input).focus(); ev.preventDefault(); }
      if (ev.key === "Escape") { close(); ev.preventDefault(); }
    });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      clearTimeout(timer);
      var first = list.querySelector("a.md-search-result__link");
      if (first && current) location.href = first.href;
      else update();
    });
    form.addEventListener("reset", function () {
      setTimeout(function () { update(); input.focus(); }, 0);
    });
    list.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a")) close();
    });
    var overlay = root.querySelector(".md-search__overlay");
    if (!toggle && overlay) overlay.addEventListener("click", close);
    if (toggle) toggle.addEventListener("change", function () {
      if (toggle.checked !== root.hasAttribute("data-rr-open")) setOpen(toggle.checked);
      if (toggle.checked) { input.focus(); init().catch(report); }
    });
    document.addEventListener("keydown", function (ev) {
      var t = ev.target;
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (ev.key === "/" || ev.key === "s" || ev.key === "f") { ev.preventDefault(); open(); }
    });

    var q = new URLSearchParams(location.search).get("q");
    setMeta("输入关键词，简体繁体均可");
    if (q) open(q);

    window.rrSearch = { open: open, search: search };
  }

  var root = document.querySelector("[data-rr-search]");

  function onPage() {
    highlightPage();
    // The theme has started (Material's own document$ subscribers run before this one) and the
    // dialog is mounted: what a test or the bench waits for instead of a fixed time.
    if (root) root.setAttribute("data-rr-ready", "");
  }

  if (root) mount(root);
  if (window.document$ && typeof window.document$.subscribe === "function")
    window.document$.subscribe(onPage);
  else if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", onPage);
  else onPage();
})();
