/*
 * The reading room's search, part 2 of 3 (after rr-search-load.js): folding, terms, postings,
 * ranking, the whole-phrase check and snippets.  Pure apart from loading shards through
 * rr-search-load.js; draws nothing.
 */
(function () {
  "use strict";

  var rr = window.__rrSearch = window.__rrSearch || {};
  var SNIPPET_BEFORE = 24;
  var SNIPPET_LENGTH = 110;
  var CJK = "\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}";
  var TERM_RUN = new RegExp("[" + CJK + "]+|[0-9a-z]+", "gu");
  var store = rr.store, load = rr.load, init = rr.init, ROOT = rr.ROOT;

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

  /* --- what highlighting marks ------------------------------------------------------------ */

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

  rr.fold = fold;
  rr.parse = parse;
  rr.search = search;
  rr.verify = verify;
  rr.articleUrl = articleUrl;
  rr.ranges = ranges;
  rr.snippet = snippet;
})();
