/*
 * The reading room: Chinese search over the static index in rr-search/ (built by
 * reading_room/site/search_index.py; design and numbers in notes/search-design.md), in three
 * classic scripts loaded in this order (mkdocs.yml extra_javascript), sharing window.__rrSearch:
 *
 * - rr-search-load.js (this file): index files are classic scripts that call window.__rrs.*
 *   (JSONP style), so search works over HTTP and from file:// (the offline bundle), where
 *   fetch() and XHR are blocked.  No ES modules for the same reason: file:// refuses them.
 * - rr-search-query.js: a query is folded with the table the index was folded with (fold.js,
 *   from OpenCC t2s), cut into CJK bigrams / Latin words exactly as search_index.iter_terms
 *   does, looked up in the shards those terms hash to (FNV-1a), intersected, ranked (head-field
 *   hits first, then newest), and the shown results are checked for the whole phrase in their
 *   text.
 * - rr-search-ui.js: the dialog and the highlighting on article pages (?h=).
 */
(function () {
  "use strict";

  var rr = window.__rrSearch = window.__rrSearch || {};  // the three parts' shared namespace
  var FORMAT = 2;

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

  rr.ROOT = ROOT;
  rr.store = store;
  rr.load = load;
  rr.init = init;
})();
