/*
 * Handbook search: what a reader types finds what the handbook says, in every language.
 *
 * Loaded by MkDocs Material's search worker as the lunr "language" `handbook` (the generated index names it in
 * `config.lang`), after the lunr-languages stemmer of the page's language. Tested with Material 9.8.2, whose
 * worker: loads `../lunr/min/lunr.<lang>.min.js` for each language of the index, calls `this.use(lunr[lang])`
 * before it sets its own tokenizer, and answers a query with `lunr.Index.prototype.search(query)` where
 * `query` has `*` appended to every word (generator/render/site/search/material.py pins that version).
 *
 * Both sides go through the same steps (`forms`): the §6 fold of generator/textnorm.py (NFKC, case folding,
 * no accents or points, look-alike letters and punctuation unified), edges and quote marks trimmed, French-style
 * elision (l'accueil -> accueil), and the language's stemmer. The index keeps each word as written (folded)
 * and its stems; a query word matches its forms exactly, the last word also as the start of a word, a Hebrew
 * word also with prefix letters (ו ה ב כ ל מ ש and their combinations) added or removed, and a word that is
 * nowhere in the handbook matches words one typo away. Results where every word matched come first.
 */
(function (root) {
  "use strict";

  /* -- the fold of generator/textnorm.py ------------------------------------------------------------- */

  function charClass(ranges) {
    var out = "";
    for (var i = 0; i < ranges.length; i++) {
      var low = ranges[i][0], high = ranges[i][1];
      out += "\\u{" + low.toString(16) + "}" + (high > low ? "-\\u{" + high.toString(16) + "}" : "");
    }
    return out;
  }

  function makeFold(tables) {
    var translate = tables.translate, casefold = tables.casefold;
    var marks = new RegExp("[" + charClass(tables.marks) + "]", "gu");
    var spaces = new RegExp("[" + charClass(tables.spaces) + "]+", "gu");
    var edges = new RegExp("^[" + charClass(tables.spaces) + "]+|[" + charClass(tables.spaces) + "]+$", "gu");
    var cache = new Map();

    function tr(text) {
      var out = "";
      for (var ch of text) {
        var to = translate[ch];
        out += to === undefined ? ch : to;
      }
      return out;
    }

    function foldChar(ch) {
      var out = cache.get(ch);
      if (out !== undefined) return out;
      var lowered = "";
      for (var c of ch.normalize("NFKC")) {
        var folded = casefold[c];
        lowered += folded === undefined ? c.toLowerCase() : folded;
      }
      out = tr(tr(lowered).normalize("NFD").replace(marks, ""));
      cache.set(ch, out);
      return out;
    }

    return function fold(text) {
      var out = "";
      for (var ch of String(text).normalize("NFC")) out += foldChar(ch);
      return out.replace(spaces, " ").replace(edges, "");
    };
  }

  /* -- stemmers --------------------------------------------------------------------------------------- */

  /* Latvian: Lucene's LatvianStemmer (K. Kreslins' light stemmer) on folded text: the affixes without their
     long vowels, and of the palatalization rules only the labial one (folding already turns ņ ļ č š ž back). */
  var LV_AFFIXES = [
    ["ajiem", 3, 0], ["ajai", 3, 0], ["ajam", 2, 0], ["ajos", 2, 0], ["ajas", 2, 0], ["iem", 2, 1],
    ["aja", 2, 0], ["ais", 2, 0], ["ai", 2, 0], ["ei", 2, 0], ["am", 1, 0], ["em", 1, 0], ["im", 1, 0],
    ["um", 1, 0], ["us", 1, 1], ["as", 1, 0], ["es", 1, 0], ["os", 1, 1], ["ij", 1, 0], ["is", 1, 0],
    ["ie", 1, 0], ["u", 1, 1], ["a", 1, 1], ["i", 1, 1], ["e", 1, 0], ["o", 1, 0], ["s", 0, 0]
  ];

  function latvianStem(word) {
    var vowels = (word.match(/[aeiou]/g) || []).length;
    for (var i = 0; i < LV_AFFIXES.length; i++) {
      var affix = LV_AFFIXES[i][0];
      if (vowels > LV_AFFIXES[i][1] && word.length >= affix.length + 3 && word.endsWith(affix)) {
        var stem = word.slice(0, -affix.length);
        return LV_AFFIXES[i][2] && /[pbmv]j$/.test(stem) ? stem.slice(0, -1) : stem;
      }
    }
    return word;
  }

  /* Hebrew: final letters written as ordinary ones, and plural and feminine endings removed when three letters
     stay (ביקורות, ביקורת -> ביקור; שליליות, שלילית -> שליל; לקוחות -> לקוח). */
  var FINALS = { "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ" };
  var HE_ENDINGS = ["יות", "ימ", "ות", "ית", "ת", "ה"];  /* after final letters are made ordinary */

  function hebrewStem(word) {
    if (!/^[\u05d0-\u05ea]+$/.test(word)) return word;
    word = word.replace(/[ךםןףץ]/g, function (letter) { return FINALS[letter]; });
    for (var i = 0; i < HE_ENDINGS.length; i++)
      if (word.endsWith(HE_ENDINGS[i]) && word.length - HE_ENDINGS[i].length >= 3)
        return word.slice(0, -HE_ENDINGS[i].length);
    return word;
  }

  /* Hebrew prefix letters: ו, then ש or כש, then one of מ ב ל כ ה, then ה (והלקוח, כשהלקוח, מהמחסן). */
  var HE_PREFIX = /^(ו?)(כש|ש)?([מבלכה])?(ה)?/;

  function hebrewBases(word) {
    var bases = [word];
    if (!/^[\u05d0-\u05ea]{4,}$/.test(word)) return bases;
    var m = HE_PREFIX.exec(word);
    var parts = [m[1], m[2], m[3], m[4]];
    var cut = 0;
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      cut += parts[i].length;
      if (word.length - cut >= 3) bases.push(word.slice(cut));
    }
    return bases;
  }

  function lunrStemmer(lunr, fn) {
    if (!lunr || typeof fn !== "function") return null;
    return function (word) { return fn(new lunr.Token(word, {})).toString(); };
  }

  /* -- one engine per index --------------------------------------------------------------------------- */

  function create(settings, lunr) {
    var lang = settings.lang;
    var fold = makeFold(settings.fold);
    var hebrew = lang === "he";
    var language = lunr && lang !== "en" ? lunr[lang] : null;
    var stemmer = lang === "lv" ? latvianStem
      : hebrew ? hebrewStem
      : lunrStemmer(lunr, lang === "en" ? lunr && lunr.stemmer : language && language.stemmer);
    var stopFilter = lunr ? (lang === "en" ? lunr.stopWordFilter : language && language.stopWordFilter) : null;
    /* the stemmer reads the word as written, with the letters its rules expect */
    var unfolded = lang === "lv" || hebrew ? null : function (word) {
      word = word.normalize("NFC").toLowerCase();
      if (lang === "ru") word = word.replace(/ё/g, "е");
      if (lang === "ro") word = word.replace(/ș/g, "ş").replace(/ț/g, "ţ");
      return word;
    };
    var EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
    var QUOTES = /['"]/g;
    var cache = new Map();

    function trim(word) { return word.replace(EDGE, ""); }

    /* ["as written, folded", ...other forms]: the words of one token and their stems, all folded */
    function forms(token) {
      var hit = cache.get(token);
      if (hit !== undefined) return hit;
      var out = [];
      var add = function (form) { if (form && out.indexOf(form) < 0) out.push(form); };
      var variants = function (word) {
        word = trim(word);
        var list = [word.replace(QUOTES, "")];
        var quote = word.lastIndexOf("'");
        if (quote > 0 && quote <= 3 && word.length - quote > 2 && /^\p{Script=Latin}/u.test(word))
          list.push(trim(word.slice(quote + 1)).replace(QUOTES, ""));  /* l'accueil, qu'il */
        return list;
      };
      var folded = variants(fold(token));
      folded.forEach(add);
      if (stemmer) {
        folded.forEach(function (word) { if (word) add(fold(stemmer(word))); });
        if (unfolded)  /* as written, when that is not already the folded word */
          variants(unfolded(token)).forEach(function (word) {
            if (word && folded.indexOf(word) < 0) add(fold(stemmer(word)));
          });
      }
      cache.set(token, out);
      return out;
    }

    function isStopWord(word) {
      if (!stopFilter) return false;
      var lowered = word.toLowerCase();
      return !stopFilter(new lunr.Token(lowered, {})) || !stopFilter(new lunr.Token(fold(lowered), {}));
    }

    return {
      lang: lang, fold: fold, forms: forms, hebrewBases: hebrewBases, isStopWord: isStopWord,
      stem: stemmer || function (word) { return word; }
    };
  }

  /* -- the index side: a lunr pipeline function ------------------------------------------------------- */

  function indexFunction(engine) {
    var fn = function (token) {
      var list = engine.forms(token.toString());
      if (!list.length) return undefined;
      if (list.length === 1) return token.update(function () { return list[0]; });
      return list.map(function (form) { return token.clone(function () { return form; }); });
    };
    return fn;
  }

  /* -- the query side --------------------------------------------------------------------------------- */

  var WEIGHT = { exact: 1, form: 0.8, prefixLetters: 0.7, start: 0.5, typo: 0.3 };
  var MAX_STARTS = 200;  /* completions of the last word */
  /* Material's worker highlights every result it is given before the list shows the first ten: past a few
     hundred sections that costs seconds on a large handbook, and nobody reads that far */
  var MAX_RESULTS = 300;
  /* ... and it re-slices a block of text for every highlighted word in it: a table of a thousand steps is one
     block, so a section gets at most this many highlights (Material shows two blocks of it anyway) */
  var MAX_MARKS = 40;
  /* Material's worker multiplies each score by 1 to 5 (pages above sections, more words matched above fewer);
     within a tier our score spans 1 to 5 (lunr's relevance), so a tier must be worth more than 5 x 5 */
  var TIER = 32, SPREAD = 4;

  /* sorted terms and, for Hebrew, terms by their base (the term without prefix letters), built on first use */
  function lexicon(index, engine) {
    if (index.__handbookLexicon) return index.__handbookLexicon;
    var terms = Object.keys(index.invertedIndex).sort();
    var byBase = null, bases = terms;
    if (engine.lang === "he") {
      byBase = new Map();
      terms.forEach(function (term) {
        engine.hebrewBases(term).forEach(function (base) {
          var list = byBase.get(base);
          if (list) list.push(term); else byBase.set(base, [term]);
        });
      });
      bases = Array.from(byBase.keys()).sort();
    }
    index.__handbookLexicon = { terms: terms, byBase: byBase, bases: bases };
    return index.__handbookLexicon;
  }

  function startingWith(sorted, prefix, limit) {
    var low = 0, high = sorted.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (sorted[mid] < prefix) low = mid + 1; else high = mid;
    }
    var out = [];
    for (var i = low; i < sorted.length && out.length < limit && sorted[i].startsWith(prefix); i++)
      out.push(sorted[i]);
    return out;
  }

  /* index terms a typed word stands for, with their weights */
  function candidates(index, engine, word, last, editDistance) {
    var lex = lexicon(index, engine);
    var found = new Map();
    var put = function (term, weight) {
      if (term in index.invertedIndex && !(found.get(term) >= weight)) found.set(term, weight);
    };
    var list = engine.forms(word);
    if (!list.length) return found;
    var written = list[0];
    list.forEach(function (form, i) { put(form, i ? WEIGHT.form : WEIGHT.exact); });
    var heads = [written];
    if (lex.byBase) {
      heads = engine.hebrewBases(written);
      heads.forEach(function (base) {
        [base, engine.stem(base)].forEach(function (form) {
          (lex.byBase.get(form) || []).forEach(function (term) {
            put(term, term === written ? WEIGHT.exact : WEIGHT.prefixLetters);
          });
        });
      });
    }
    if (last && written.length >= 2) {
      heads.forEach(function (head) {
        startingWith(lex.bases, head, MAX_STARTS).forEach(function (base) {
          if (lex.byBase) (lex.byBase.get(base) || []).forEach(function (term) { put(term, WEIGHT.start); });
          else put(base, WEIGHT.start);
        });
      });
    }
    var distance = editDistance || (found.size || written.length < 5 ? 0 : 1);
    if (distance) {
      list.forEach(function (form) {
        if (form.length < 4) return;
        index.tokenSet.intersect(root.lunr.TokenSet.fromFuzzyString(form, distance)).toArray()
          .forEach(function (term) { put(term, WEIGHT.typo); });
      });
    }
    return found;
  }

  function search(index, engine, queryString) {
    var lunr = root.lunr;
    var parsed = new lunr.Query(index.fields);
    new lunr.QueryParser(queryString, parsed).parse();
    var words = [];
    parsed.clauses.forEach(function (clause) {
      /* the key Material's worker computes for the clause (lower case, no wildcard), see getSearchQueryTerms */
      var key = clause.term.replace(/^\*|\*$/g, "");
      if (key) words.push({ key: key, clause: clause });
    });
    if (!words.length) return [];
    /* a word adds a tier when it matches; a stop word (lunr-languages' list) half a tier, and only as written or
       stemmed, so "זה לא התפקיד שלי" ranks the phrase above pages that only share התפקיד */
    var allStop = words.every(function (w) { return engine.isStopWord(w.key); });
    words.forEach(function (w) {
      w.tier = w.clause.presence === lunr.Query.presence.PROHIBITED ? 0 : allStop || !engine.isStopWord(w.key) ? 1 : 0.5;
    });
    var lastWord = words[words.length - 1];

    var termWords = new Map();  /* index term -> indices of the words it stands for */
    var wanted = new Map();     /* index term -> {boost, fields} */
    var prohibited = [];
    words.forEach(function (w, i) {
      w.terms = candidates(index, engine, w.key, w === lastWord, w.clause.editDistance);
      if (w.clause.presence === lunr.Query.presence.PROHIBITED) {
        w.terms.forEach(function (_, term) { prohibited.push(term); });
        return;
      }
      w.terms.forEach(function (weight, term) {
        var boost = weight * (w.clause.boost || 1);
        var seen = wanted.get(term);
        if (!seen || seen.boost < boost) wanted.set(term, { boost: boost, fields: w.clause.fields });
        if (!termWords.has(term)) termWords.set(term, []);
        if (w.tier === 1 || weight >= WEIGHT.form) termWords.get(term).push(i);
      });
    });
    if (!wanted.size) return [];

    var run = function (terms) {
      return index.query(function (q) {
        terms.forEach(function (spec, term) {
          q.term(term, { fields: spec.fields, boost: spec.boost, usePipeline: false,
                         wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL });
        });
      });
    };
    var excluded = new Set();
    if (prohibited.length) {
      var bad = new Map();
      prohibited.forEach(function (term) { bad.set(term, { boost: 1, fields: index.fields }); });
      run(bad).forEach(function (result) { excluded.add(result.ref); });
    }

    var results = run(wanted);
    var best = results.reduce(function (max, r) { return Math.max(max, r.score); }, 0) || 1;
    var ranked = [];
    results.forEach(function (result) {
      if (excluded.has(result.ref)) return;
      var matched = new Set();
      Object.keys(result.matchData.metadata).forEach(function (term) {
        (termWords.get(term) || []).forEach(function (i) { matched.add(i); });
      });
      var required = words.every(function (w, i) {
        return w.clause.presence !== lunr.Query.presence.REQUIRED || matched.has(i);
      });
      if (!required) return;
      var covered = 0;
      matched.forEach(function (i) { covered += words[i].tier; });
      ranked.push({ result: result, score: Math.pow(TIER, covered) * (1 + SPREAD * result.score / best) });
    });
    ranked.sort(function (a, b) { return b.score - a.score; });
    return ranked.slice(0, MAX_RESULTS).map(function (item) {
      return { ref: item.result.ref, score: item.score, matchData: { metadata: byWord(item.result, termWords, words) } };
    });
  }

  /* lunr's match data keyed by the words as Material's worker keys them, so it shows no matched word as missing
     and highlights the positions of every form that matched */
  function byWord(result, termWords, words) {
    var metadata = {};
    Object.keys(result.matchData.metadata).forEach(function (term) {
      (termWords.get(term) || []).forEach(function (i) {
        var into = metadata[words[i].key] || (metadata[words[i].key] = {});
        if (words[i].tier < 1) return;  /* a stop word counts as matched but is not highlighted */
        var fields = result.matchData.metadata[term];
        Object.keys(fields).forEach(function (field) {
          var positions = (into[field] || (into[field] = { position: [] })).position;
          (fields[field].position || []).forEach(function (p) {
            if (positions.length < MAX_MARKS && positions.indexOf(p) < 0) positions.push(p);
          });
        });
      });
    });
    return metadata;
  }

  /* -- lunr plugin ------------------------------------------------------------------------------------ */

  function install(lunr) {
    var engine = create(lunr.handbookSettings, lunr);
    var fn = indexFunction(engine);
    lunr.Pipeline.registerFunction(fn, "handbook");
    lunr.handbook = function () {
      this.pipeline.reset();
      this.pipeline.add(fn);
      this.searchPipeline.reset();
      this.searchPipeline.handbook = engine;  /* the built index keeps this pipeline: marks it as ours */
    };
    lunr.handbook.engine = engine;
    var plain = lunr.Index.prototype.search;
    lunr.Index.prototype.search = function (queryString) {
      var ours = this.pipeline && this.pipeline.handbook;
      return ours ? search(this, ours, queryString) : plain.call(this, queryString);
    };
  }

  root.handbookSearch = { create: create, latvianStem: latvianStem, hebrewStem: hebrewStem, hebrewBases: hebrewBases };
  if (root.lunr && root.lunr.handbookSettings) install(root.lunr);
})(typeof self !== "undefined" ? self : this);
