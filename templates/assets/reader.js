/*
 * reader.js: search and link previews, for readers whose browser runs JavaScript. Without it the site works as
 * it is: the search box stays hidden and links are plain links.
 *
 * Search: "/" focuses the box (an ARIA 1.2 combobox with a listbox of results); arrow keys move, Enter opens,
 * Escape closes; a polite live region says how many results there are. Nothing is fetched until the box is
 * first used: then MiniSearch (vendored in assets/minisearch/, MIT), search/pages.json, the catalogue of
 * titles and aliases, and search/words.json, the words results and previews show in the site's language; each query fetches only the term shards search/terms-N.json its words live in.
 *
 * Results show the query's words marked in titles and summaries; a query with no match says so on screen.
 *
 * Scroll frames: a table or picture wider than its frame gets a "scroll →" hint above it.
 *
 * Previews: hovering a link with a mouse, or focusing it from the keyboard, shows its target's title, kind
 * and one-sentence summary, read from previews/<bucket>.json. Escape closes it. Touch taps and screen readers
 * are left alone: the preview only adds a description to the link while it is shown.
 *
 * The data files are written by the build (org.peersite.render.SearchIndex and LinkPreviews); the rules that
 * both sides must agree on (how text splits into terms, which shard a term is in, which bucket a page is in)
 * are marked SAME AS JAVA.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = new URL('../', script.src);           // this file is <root>/assets/reader.js
  var box = document.getElementById('site-search');
  var scrollHint = box && box.dataset.scrollHint;
  var strings = {};      // search/words.json once loaded: {none, kinds: {interview: 'Interview', ...}}
  var wordsLoaded = null;

  function fetchJson(path) {
    return fetch(new URL(path, root)).then(function (response) {
      if (!response.ok) {
        throw new Error(path + ': ' + response.status);
      }
      return response.json();
    });
  }

  /** The words of search results and previews in the site's language, fetched once, when first needed. */
  function loadWords() {
    if (!wordsLoaded) {
      wordsLoaded = fetchJson('search/words.json').then(function (words) { strings = words; },
        function () { wordsLoaded = null; });
    }
    return wordsLoaded;
  }

  function kindLabel(kind) {
    return (strings.kinds && strings.kinds[kind]) || kind;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Shared with the build

  // SAME AS JAVA (SearchTerms): words are runs of letters and digits, lower-cased; one-letter words and these
  // common ones are not indexed in the term shards.
  var STOP_WORDS = new Set(('a about after all also an and any are as at be been but by can could did do does ' +
      'each for from had has have he her his how i if in into is it its just me more most my no not of on one ' +
      'or other our out she so some such than that the their them then there these they this those to up us ' +
      'was we were what when where which who why will with would you your').split(' '));
  var NOT_A_WORD = /[^\p{L}\p{Nd}]+/u;

  function words(text) {
    return text.split(NOT_A_WORD).filter(Boolean).map(function (w) { return w.toLowerCase(); });
  }

  function indexed(term) {
    return term.length > 1 && term.length <= 32 && !STOP_WORDS.has(term);
  }

  // SAME AS JAVA (SearchTerms.hash): 32-bit FNV-1a over UTF-16 code units.
  function hash(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  // SAME AS JAVA (SearchTerms.shard): a term's first two characters pick its shard.
  function shardOf(term, shards) {
    return hash(term.slice(0, 2)) % shards;
  }

  // SAME AS JAVA (LinkPreviews.bucket): the first folder, then the address's hash modulo 64, in hexadecimal.
  function bucketOf(address) {
    var segments = address.split('/').filter(Boolean);
    var folder = segments.length < 2 ? 'top' : Array.from(segments[0]).map(function (ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-' ? ch : '_';
    }).join('');
    return folder + '-' + (hash(address) % 64).toString(16);
  }

  /** The address of a page of this site relative to its root (concepts/x/), or null for anything else. */
  function addressOf(url) {
    if (url.origin !== root.origin || url.pathname.indexOf(root.pathname) !== 0) {
      return null;
    }
    var address;
    try {
      address = decodeURIComponent(url.pathname.slice(root.pathname.length));
    } catch (malformed) {
      return null;
    }
    return address === '' || address.slice(-1) === '/' ? address : null;
  }

  var buckets = new Map();

  /** What a preview shows of the page at an address: [title, kind, summary?], or undefined. */
  function card(address) {
    var bucket = bucketOf(address);
    if (!buckets.has(bucket)) {
      buckets.set(bucket, fetchJson('previews/' + bucket + '.json').catch(function () { return {}; }));
    }
    return Promise.all([buckets.get(bucket), loadWords()]).then(function (loaded) { return loaded[0][address]; });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Search

  /** An element with attributes, for the parts of the search box only the script needs. */
  function element(tag, attributes) {
    var e = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { e.setAttribute(name, attributes[name]); });
    return e;
  }

  function setUpSearch() {
    var input = document.getElementById('site-search-input');
    // The page carries a plain text box; the script makes it an ARIA 1.2 combobox with its listbox and live region.
    var list = element('div', { id: 'site-search-results', class: 'site-search-results', role: 'listbox',
      'aria-label': input.labels.length ? input.labels[0].textContent : 'Search results', hidden: '' });
    var status = element('p', { id: 'site-search-status', class: 'visually-hidden', role: 'status' });
    // Seen, not announced: the live region says the same.
    var empty = element('p', { id: 'site-search-empty', class: 'site-search-empty', 'aria-hidden': 'true', hidden: '' });
    var key = element('kbd', { class: 'site-search-key', 'aria-hidden': 'true' });
    key.textContent = '/';
    Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': list.id, 'aria-keyshortcuts': '/', spellcheck: 'false', enterkeyhint: 'search'
    }).forEach(function (a) { input.setAttribute(a[0], a[1]); });
    input.after(key, list, empty, status);
    box.hidden = false;

    var catalogue = null;     // Promise of {pages, shards, titles: MiniSearch}
    var shards = new Map();   // shard number -> Promise of MiniSearch over that shard's terms
    var results = [];
    var active = -1;
    var latest = 0;
    var timer = 0;

    function loadMiniSearch() {
      return new Promise(function (resolve, reject) {
        if (window.MiniSearch) {
          resolve(window.MiniSearch);
          return;
        }
        var tag = document.createElement('script');
        tag.src = new URL('assets/minisearch/minisearch.js', root).href;
        tag.onload = function () { resolve(window.MiniSearch); };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
    }

    var options = {
      tokenize: function (text) { return text.split(NOT_A_WORD); },
      processTerm: function (term) {
        var t = term.toLowerCase();
        return t.length > 0 ? t : null;
      }
    };

    function ensureCatalogue() {
      if (!catalogue) {
        catalogue = Promise.all([loadMiniSearch(), fetchJson('search/pages.json'), loadWords()]).then(function (loaded) {
          var MiniSearch = loaded[0];
          var data = loaded[1];
          var titles = new MiniSearch(Object.assign({ fields: ['title', 'aliases'] }, options));
          titles.addAll(data.pages.map(function (p, id) {
            return { id: id, title: p[1], aliases: (p[3] || []).join(' \n ') };
          }));
          return { MiniSearch: MiniSearch, pages: data.pages, shards: data.shards, titles: titles };
        });
        catalogue.catch(function () { catalogue = null; });
      }
      return catalogue;
    }

    /** A MiniSearch over one shard: documents are pages, fields their terms in this shard. */
    function shard(cat, n) {
      if (!shards.has(n)) {
        shards.set(n, fetchJson('search/terms-' + n + '.json').then(function (data) {
          var docs = new Map();
          ['s', 'h', 'b'].forEach(function (field) {
            Object.keys(data[field]).forEach(function (term) {
              var id = 0;
              data[field][term].forEach(function (gap) {
                id += gap;
                var doc = docs.get(id);
                if (!doc) {
                  doc = { id: id, s: [], h: [], b: [] };
                  docs.set(id, doc);
                }
                doc[field].push(term);
              });
            });
          });
          var index = new cat.MiniSearch(Object.assign({ fields: ['s', 'h', 'b'] }, options));
          index.addAll(Array.from(docs.values(), function (d) {
            return { id: d.id, s: d.s.join(' '), h: d.h.join(' '), b: d.b.join(' ') };
          }));
          return index;
        }));
      }
      return shards.get(n);
    }

    /** The best pages for a query: titles and aliases weigh most (a concept's above all), then summaries,
     *  headings, and the body; pages that match every word come first. */
    function search(query) {
      var terms = words(query);
      if (terms.length === 0) {
        return Promise.resolve([]);
      }
      return ensureCatalogue().then(function (cat) {
        var bodyTerms = terms.filter(indexed);
        return Promise.all(bodyTerms.map(function (t) { return shard(cat, shardOf(t, cat.shards)); }))
            .then(function (indexes) {
              var scores = new Map();
              var matched = new Map();
              terms.forEach(function (term) {
                var hits = new Map();
                var fuzzy = term.length >= 5 ? 0.2 : false;
                cat.titles.search(term, {
                  prefix: true, fuzzy: fuzzy, boost: { title: 3, aliases: 2.5 },
                  boostDocument: function (id) { return cat.pages[id][2] === 'concept' ? 2 : 1; }
                }).forEach(function (r) { hits.set(r.id, (hits.get(r.id) || 0) + 4 * r.score); });
                var i = bodyTerms.indexOf(term);
                if (i >= 0) {
                  indexes[i].search(term, {
                    prefix: term.length >= 3, fuzzy: fuzzy, boost: { s: 2, h: 1.5, b: 1 }
                  }).forEach(function (r) { hits.set(r.id, (hits.get(r.id) || 0) + r.score); });
                }
                hits.forEach(function (score, id) {
                  scores.set(id, (scores.get(id) || 0) + score);
                  matched.set(id, (matched.get(id) || 0) + 1);
                });
              });
              var ranked = Array.from(scores.keys()).map(function (id) {
                var share = matched.get(id) / terms.length;
                return { id: id, score: scores.get(id) * share * share };
              });
              ranked.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
              return Promise.all(ranked.slice(0, 8).map(function (r) {
                var page = cat.pages[r.id];
                return card(page[0]).then(function (c) {
                  return { address: page[0], title: page[1], kind: page[2], summary: c && c[2] };
                });
              }));
            });
      });
    }

    /** "No results for “query”", in the theme's words; the query goes in as text. */
    function noResults(query) {
      var words = strings.none || 'No results for “{query}”';
      var at = words.indexOf('{query}');
      return at < 0 ? words + ': ' + query : words.slice(0, at) + query + words.slice(at + '{query}'.length);
    }

    /**
     * An element holding text with every word that starts with a word of the query in <mark>: built from text
     * nodes, so nothing in a title or summary is ever read as HTML.
     */
    function marked(tag, className, text, terms) {
      var e = document.createElement(tag);
      e.className = className;
      text.split(/([\p{L}\p{Nd}]+)/u).forEach(function (part, i) {
        var word = part.toLowerCase();
        var hit = i % 2 === 1 && terms.some(function (t) { return word === t || (t.length > 1 && word.indexOf(t) === 0); });
        if (hit) {
          var mark = document.createElement('mark');
          mark.textContent = part;
          e.appendChild(mark);
        } else if (part !== '') {
          e.appendChild(document.createTextNode(part));
        }
      });
      return e;
    }

    function show(query, found) {
      results = found;
      active = -1;
      list.textContent = '';
      var terms = words(query);
      found.forEach(function (r, i) {
        var option = document.createElement('div');
        option.id = 'site-search-result-' + i;
        option.className = 'search-result';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var title = marked('span', 'search-result-title', r.title, terms);
        var kind = document.createElement('span');
        kind.className = 'kind-badge kind-' + r.kind;
        kind.textContent = kindLabel(r.kind);
        option.append(title, ' ', kind);
        if (r.summary) {
          option.append(' ', marked('span', 'search-result-summary', r.summary, terms));
        }
        option.addEventListener('mousedown', function (e) { e.preventDefault(); });
        option.addEventListener('click', function () { open(i); });
        list.appendChild(option);
      });
      var asked = query !== '';
      list.hidden = !asked || found.length === 0;
      empty.hidden = !asked || found.length > 0;
      empty.textContent = empty.hidden ? '' : noResults(query);
      input.setAttribute('aria-expanded', String(!list.hidden));
      input.removeAttribute('aria-activedescendant');
      status.textContent = !asked ? '' : found.length === 0 ? noResults(query)
          : found.length + ' ' + (found.length === 1 ? strings.one || 'result' : strings.many || 'results');
    }

    function move(to) {
      if (results.length === 0) {
        return;
      }
      active = (to + results.length) % results.length;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute('aria-selected', String(i === active));
      });
      var option = list.children[active];
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }

    function open(i) {
      var r = results[i];
      if (r) {
        window.location.href = new URL(r.address, root).href;
      }
    }

    function update() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (query === '') {
        show('', []);
        return;
      }
      search(query).then(function (found) {
        if (ticket === latest) {
          show(query, found);
        }
      }, function () {
        if (ticket === latest) {
          show(query, []);
        }
      });
    }

    input.addEventListener('focus', ensureCatalogue);
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden && results.length > 0) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        move(e.key === 'ArrowDown' ? active + 1 : active < 0 ? -1 : active - 1);
      } else if (e.key === 'Enter') {
        if (results.length > 0 && !list.hidden) {
          e.preventDefault();
          open(active < 0 ? 0 : active);
        }
      } else if (e.key === 'Escape') {
        if (!list.hidden) {
          e.preventDefault();
          list.hidden = true;
          input.setAttribute('aria-expanded', 'false');
          input.removeAttribute('aria-activedescendant');
        } else if (input.value !== '') {
          e.preventDefault();
          input.value = '';
          show('', []);
        }
      }
    });
    input.addEventListener('blur', function () {
      list.hidden = true;
      empty.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    });
    // The form is only there for its role; Enter never submits it.
    box.addEventListener('submit', function (e) { e.preventDefault(); });

    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
        return;
      }
      var t = e.target;
      if (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName)) {
        return;
      }
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Link previews

  function setUpPreviews() {
    var main = document.getElementById('content');
    if (!main) {
      return;
    }
    var here = addressOf(new URL(window.location.href));
    var popup = document.createElement('div');
    popup.id = 'link-preview';
    popup.className = 'link-preview';
    popup.setAttribute('role', 'tooltip');
    popup.hidden = true;
    document.body.appendChild(popup);

    var shownFor = null;    // the link whose preview is showing
    var wanted = null;      // the link a preview is being prepared for
    var showTimer = 0;
    var hideTimer = 0;

    function target(link) {
      if (!link || !main.contains(link) || link.classList.contains('heading-anchor') || link.hasAttribute('download')) {
        return null;
      }
      var url = new URL(link.href, window.location.href);
      var address = addressOf(url);
      return address === null || address === here ? null : address;
    }

    function render(c) {
      popup.textContent = '';
      var kind = document.createElement('span');
      kind.className = 'kind-badge kind-' + c[1];
      kind.textContent = kindLabel(c[1]);
      var title = document.createElement('strong');
      title.className = 'link-preview-title';
      title.textContent = c[0];
      popup.append(kind, ' ', title);
      if (c[2]) {
        var p = document.createElement('span');
        p.className = 'link-preview-summary';
        p.textContent = c[2];
        popup.append(' ', p);
      }
    }

    function place(link) {
      var r = link.getBoundingClientRect();
      var width = Math.min(360, document.documentElement.clientWidth - 16);
      popup.style.width = width + 'px';
      var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
      popup.style.left = (left + window.scrollX) + 'px';
      popup.style.top = (r.bottom + window.scrollY + 6) + 'px';
      var below = popup.getBoundingClientRect();
      if (below.bottom > window.innerHeight && r.top > below.height + 12) {
        popup.style.top = (r.top + window.scrollY - below.height - 6) + 'px';
      }
    }

    function show(link) {
      var address = target(link);
      if (address === null) {
        return;
      }
      wanted = link;
      card(address).then(function (c) {
        if (wanted !== link || !c) {
          return;
        }
        hide();
        render(c);
        popup.hidden = false;
        place(link);
        shownFor = link;
        link.dataset.describedBy = link.getAttribute('aria-describedby') || '';
        link.setAttribute('aria-describedby', popup.id);
      });
    }

    function hide() {
      clearTimeout(hideTimer);
      popup.hidden = true;
      if (shownFor) {
        if (shownFor.dataset.describedBy) {
          shownFor.setAttribute('aria-describedby', shownFor.dataset.describedBy);
        } else {
          shownFor.removeAttribute('aria-describedby');
        }
        delete shownFor.dataset.describedBy;
        shownFor = null;
      }
    }

    function cancel() {
      clearTimeout(showTimer);
      wanted = null;
      hideTimer = setTimeout(hide, 200);
    }

    main.addEventListener('pointerover', function (e) {
      if (e.pointerType !== 'mouse') {
        return;
      }
      var link = e.target.closest('a[href]');
      if (link && link !== shownFor && link !== wanted) {
        clearTimeout(showTimer);
        clearTimeout(hideTimer);
        wanted = link;
        showTimer = setTimeout(function () { show(link); }, 300);
      } else if (link) {
        clearTimeout(hideTimer);
      }
    });
    main.addEventListener('pointerout', function (e) {
      var link = e.target.closest('a[href]');
      if (link && !link.contains(e.relatedTarget) && e.relatedTarget !== popup && !popup.contains(e.relatedTarget)) {
        cancel();
      }
    });
    // A preview can be reached with the mouse, to read or select its text (WCAG 1.4.13: hoverable).
    popup.addEventListener('pointerenter', function () { clearTimeout(hideTimer); });
    popup.addEventListener('pointerleave', cancel);

    main.addEventListener('focusin', function (e) {
      var link = e.target.closest && e.target.closest('a[href]');
      if (link && link.matches(':focus-visible')) {
        clearTimeout(showTimer);
        show(link);
      }
    });
    main.addEventListener('focusout', function () {
      wanted = null;
      hide();
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !popup.hidden) {
        wanted = null;
        hide();
      }
    });
    window.addEventListener('scroll', function () {
      if (shownFor && !shownFor.matches(':focus')) {
        hide();
      }
    }, { passive: true });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Scroll frames

  /**
   * Puts a "scroll →" hint above each frame (a wide table, the concept map, a neighbourhood picture) while it
   * holds more than it shows: the frames scroll without the script, and show a shadow where more is hidden.
   */
  function setUpScrollHints() {
    var text = scrollHint || 'scroll →';
    var frames = document.querySelectorAll('.table-wrap, .map-frame, .picture-frame');
    if (frames.length === 0 || !window.ResizeObserver) {
      return;
    }
    var hints = new Map();
    var watch = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        var frame = entry.target;
        hints.get(frame).hidden = frame.scrollWidth <= frame.clientWidth + 1;
      });
    });
    Array.prototype.forEach.call(frames, function (frame) {
      var hint = element('p', { class: 'scroll-hint', 'aria-hidden': 'true', hidden: '' });
      hint.textContent = text;
      frame.before(hint);
      hints.set(frame, hint);
      watch.observe(frame);
    });
  }

  if (box) {
    setUpSearch();
  }
  setUpPreviews();
  setUpScrollHints();
}());
