/*
 * The reading room: Chinese search over the static index in rr-search/ (built by
 * reading_room/search_index.py; design and numbers in notes/search-design.md).
 *
 * - Index files are classic scripts that call window.__rrs.* (JSONP style), so search works
 *   over HTTP and from file:// (the offline bundle), where fetch() and XHR are blocked.
 * - A query is folded with the table the index was folded with (fold.js, from OpenCC t2s),
 *   cut into CJK bigrams / Latin words exactly as search_index.iter_terms does, looked up in
 *   the shards those terms hash to (FNV-1a), intersected, ranked (head-field hits first, then
 *   newest), and the shown results are checked for the whole phrase in their text.
 * - Results and highlights are built with textContent and <mark> elements: index text is
 *   never parsed as HTML.
 * - The UI is the dialog of overrides/partials/search.html (marked data-rr-search): Material's
 *   markup and styles under MkDocs, the site's own styles (rr-search--own, rr-search.css)
 *   under Zensical, whose theme has no such dialog.  Either way it opens with the theme's
 *   #__search toggle where there is one and always carries data-rr-open while open, which is
 *   all the own styles rely on.  Without it, only highlighting on article pages (?h=) runs.
 */
(function () {
  "use strict";

  var FORMAT = 2;
  var PAGE_SIZE = 10;
  var MAX_LOADS = 50;  // article files read to fill one page of results
  var SNIPPET_BEFORE = 24;
  var SNIPPET_LENGTH = 110;
  var CJK = "\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}";
  var TERM_RUN = new RegExp("[" + CJK + "]+|[0-9a-z]+", "gu");

  var self = document.currentScript;
  var ROOT = new URL("../../", self ? self.src : location.href); // assets/javascripts/ -> root
  var BASE = new URL("rr-search/", ROOT);

  /* --- loading index files as classic scripts ------------------------------------------- */

  var store = {};    // key -> registered data
  var loading = {};  // key -> Promise
  var build = "";    // manifest build id, appended to URLs online to defeat stale caches

  window.__rrs = {
    m: function (data) { store.m = data; },
    f: function (keys, values) { store.f = [keys, values]; },
    t: function (i, data) { store["t" + i] = data; },
    d: function (n, data) { store["d" + n] = data; }
  };

  function load(key, path) {
    if (key in store) return Promise.resolve(store[key]);
    if (loading[key]) return loading[key];
    loading[key] = new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.charset = "utf-8";
      el.async = true;
      var url = new URL(path, BASE);
      if (build && location.protocol !== "file:") url.search = "v=" + build;
      el.src = url.href;
      el.onload = function () {
        el.remove();
        delete loading[key];
        if (key in store) resolve(store[key]);
        else reject(new Error("rr-search: " + path + " did not register"));
      };
      el.onerror = function () {
        el.remove();
        delete loading[key];
        reject(new Error("rr-search: cannot load " + path));
      };
      document.head.appendChild(el);
    });
    return loading[key];
  }

  var ready = null;
  function init() {
    if (!ready) {
      ready = Promise.all([load("m", "manifest.js"), load("f", "fold.js")]).then(function (r) {
        var manifest = r[0];
        if (manifest.format !== FORMAT) throw new Error("rr-search: index format " + manifest.format);
        build = manifest.build;
        var table = {};
        for (var i = 0; i < r[1][0].length; i++) table[r[1][0][i]] = r[1][1][i];
        return { manifest: manifest, table: table };
      });
      ready.catch(function () { ready = null; });
    }
    return ready;
  }

  /* --- folding and terms (mirror of search_index.fold / iter_terms) ---------------------- */

  function fold(table, text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      out += table[c] || c;
    }
    return out; // same length as text: positions carry over to the original
  }

  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h & (shards - 1);
  }

  /* Cut a folded query into segments; each gives required terms and maybe a whole word. */
  function parse(folded) {
    var segments = (folded.match(TERM_RUN) || []).map(function (run) {
      var latin = run.charCodeAt(0) < 0x80;
      var chars = Array.from(run);
      return { text: latin ? run.slice(0, 32) : run, latin: latin, chars: chars };
    });
    var long = segments.filter(function (s) { return s.latin || s.chars.length > 1; });
    if (long.length) segments = long; // a stray single character beside words adds nothing
    var required = [], words = [];
    segments.forEach(function (s) {
      if (s.latin || s.chars.length === 1) required.push(s.text);
      else for (var i = 0; i + 1 < s.chars.length; i++) required.push(s.chars[i] + s.chars[i + 1]);
      if (!s.latin && s.chars.length >= 3) words.push(s.text);
    });
    return {
      segments: segments.map(function (s) { return s.text; }),
      required: unique(required),
      words: unique(words)
    };
  }

  function unique(list) {
    return list.filter(function (x, i) { return list.indexOf(x) === i; });
  }

  /* --- postings -------------------------------------------------------------------------- */

  function undelta(deltas) {
    var out = new Array(deltas.length), n = 0;
    for (var i = 0; i < deltas.length; i++) { n += deltas[i]; out[i] = n; }
    return out;
  }

  var decoded = {};
  function postings(env, term) {
    var shard = "t" + shardOf(term, env.manifest.shards);
    var entry = store[shard] && Object.prototype.hasOwnProperty.call(store[shard], term)
      ? store[shard][term] : null;
    if (!entry) return null;
    if (!decoded[term]) {
      // [anywhere, in a head field, in the headline]; 1 = same as the list before
      var all = undelta(entry[0]);
      var head = entry[1] === 1 ? all : entry[1] ? undelta(entry[1]) : [];
      var title = entry[2] === 1 ? head : entry[2] ? undelta(entry[2]) : [];
      decoded[term] = { all: all, head: new Set(head), title: new Set(title) };
    }
    return decoded[term];
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; }
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return out;
  }

  /* Candidates for a parsed query, best first. */
  function rank(env, query) {
    var lists = [], word;
    for (var i = 0; i < query.required.length; i++) {
      var p = postings(env, query.required[i]);
      if (!p) return [];
      lists.push(p);
    }
    if (!lists.length) return [];
    var byLength = lists.slice().sort(function (x, y) { return x.all.length - y.all.length; });
    var docs = byLength[0].all;
    for (var k = 1; k < byLength.length && docs.length; k++) docs = intersect(docs, byLength[k].all);
    var words = query.words.map(function (w) { return postings(env, w); }).filter(Boolean);
    var scored = docs.map(function (n) {
      var inHead = 0, inTitle = 0;
      for (var t = 0; t < lists.length; t++) {
        if (lists[t].head.has(n)) inHead++;
        if (lists[t].title.has(n)) inTitle++;
      }
      // every term in the headline > every term in a head field (names) > body; then partial
      var score = (inTitle === lists.length ? 4 : 0) + (inHead === lists.length ? 2 : 0) +
        (inTitle + inHead) / (2 * lists.length);
      var word = false; // the whole query word is a jieba word or a name of this article
      for (var w = 0; w < words.length; w++) if (words[w].head.has(n)) { word = true; break; }
      return { n: n, score: score + (word ? 1 : 0), word: word };
    });
    scored.sort(function (x, y) { return y.score - x.score || y.n - x.n; });
    return scored;
  }

  function search(text) {
    return init().then(function (env) {
      var query = parse(fold(env.table, text.trim()));
      var shards = unique(query.required.concat(query.words).map(function (t) {
        return shardOf(t, env.manifest.shards);
      }));
      return Promise.all(shards.map(function (i) {
        return load("t" + i, "t/" + i.toString(16) + ".js");
      })).then(function () {
        return { env: env, query: query, hits: rank(env, query) };
      });
    });
  }

  /* The whole phrase must be in the article (bigrams can meet by chance). */
  function verify(env, doc, query) {
    if (doc.cut) return true;
    var hay = fold(env.table, [doc.t, doc.k, doc.s, doc.a.join(" "), doc.h, doc.p, doc.x].join("\n"));
    return query.segments.every(function (s) { return hay.indexOf(s) >= 0; });
  }

  function articleUrl(env, doc) {
    var url = doc.u;
    var html = env.manifest.dirurls === false || location.protocol === "file:";
    if (html && /\/$/.test(url)) url = url.slice(0, -1) + ".html";
    return new URL(url, ROOT);
  }

  /* --- highlighting ---------------------------------------------------------------------- */

  /* [start, end) ranges of the segments in folded text, merged, in order. */
  function ranges(folded, segments) {
    var found = [];
    segments.forEach(function (s) {
      if (!s) return;
      for (var i = folded.indexOf(s); i >= 0; i = folded.indexOf(s, i + s.length))
        found.push([i, i + s.length]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

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

  function snippet(env, doc, segments) {
    var text = doc.x.replace(/\s*\n\s*/g, " ");
    var folded = fold(env.table, text);
    var first = -1;
    segments.forEach(function (s) {
      var i = folded.indexOf(s);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    });
    var start = Math.max(0, first - SNIPPET_BEFORE);
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
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

  function onPage() { highlightPage(); }

  var root = document.querySelector("[data-rr-search]");
  if (root) mount(root);
  if (window.document$ && typeof window.document$.subscribe === "function")
    window.document$.subscribe(onPage);
  else if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", onPage);
  else onPage();
})();
