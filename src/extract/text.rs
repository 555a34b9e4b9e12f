//! Text helpers shared by the facet rules: sentence splitting, case and accent folding, and the
//! whole-word name dictionary the place and group passes look names up in.

use rustc_hash::{FxHashMap, FxHashSet};

/// A sentence as a byte range of the extractor's input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// The extractor's input (title, blank line, text) split into sentences.
pub struct Doc<'a> {
    pub text: &'a str,
    /// Byte length of the title at the start of `text`, if the article has one.
    pub title_len: Option<usize>,
    pub sentences: Vec<Sentence>,
    /// True when the text is mostly upper case (MUC wire copy): rules must not rely on case.
    pub upper: bool,
    /// The folded text, made on first use and shared by the place and group passes.
    folded: std::sync::OnceLock<Folded>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, title_len: Option<usize>) -> Doc<'a> {
        let sentences = split_sentences(text);
        let (mut up, mut low) = (0usize, 0usize);
        for c in text.chars().take(4000) {
            if c.is_uppercase() {
                up += 1;
            } else if c.is_lowercase() {
                low += 1;
            }
        }
        Doc {
            text,
            title_len,
            sentences,
            upper: up > 3 * low,
            folded: std::sync::OnceLock::new(),
        }
    }

    /// The text folded for dictionary matching (see [`Folded`]), computed once per document.
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| Folded::new(self.text))
    }

    pub fn sentence_text(&self, s: Sentence) -> &'a str {
        &self.text[s.start..s.end]
    }

    /// Index of the sentence holding byte offset `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        self.sentences
            .iter()
            .position(|s| s.start <= pos && pos < s.end.max(s.start + 1))
    }

    /// Text of the sentence holding byte offset `pos` ("" when none does): the evidence
    /// sentence of a facet found at `pos`.
    pub fn sentence_around(&self, pos: usize) -> &'a str {
        self.sentence_at(pos)
            .map_or("", |i| self.sentence_text(self.sentences[i]))
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "maj", "brig", "gov", "sen", "rep",
    "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "vs", "inc", "co", "corp", "ltd", "jr", "sr", "prof",
    "rev", "mt", "ft", "gens", "cmdr", "adm", "lieut", "messrs", "dept", "approx", "est", "fig",
    "e.g", "i.e", "etc",
];

/// Splits text into sentences at `.`, `!`, `?` followed by white space and a capital, digit or
/// quote, and at blank lines; abbreviations and initials do not end sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        let mut cut = None;
        if b == b'\n' {
            // Blank line (paragraph break) ends a sentence.
            let mut j = i + 1;
            while j < n && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < n && bytes[j] == b'\n' {
                cut = Some((i, j + 1));
            }
        } else if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < n && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            if j < n && bytes[j].is_ascii_whitespace() {
                let mut k = j;
                while k < n && bytes[k].is_ascii_whitespace() {
                    k += 1;
                }
                let next_ok = k >= n
                    || bytes[k].is_ascii_uppercase()
                    || bytes[k].is_ascii_digit()
                    || matches!(bytes[k], b'"' | b'\'' | b'(' | b'[')
                    || bytes[k] >= 0x80;
                if next_ok && !(b == b'.' && is_abbreviation(&text[start..i])) {
                    cut = Some((j, k));
                }
            } else if j >= n {
                cut = Some((j, j));
            } else if b == b'.'
                && j == i + 1
                && j + 1 < n
                && bytes[j].is_ascii_uppercase()
                && bytes[j + 1].is_ascii_lowercase()
                && i >= 3
                && bytes[i - 3..i].iter().all(|c| c.is_ascii_lowercase())
            {
                // A missing space after a full stop: "frequent in Iraq.The group claimed".
                cut = Some((j, j));
            }
        }
        if let Some((end, next)) = cut {
            push_trimmed(text, start, end, &mut out);
            start = next;
            i = next;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, n, &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            start: start + lead,
            end: end - trail,
        });
    }
}

/// True when the word before a full stop is an abbreviation or a single initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic()) {
        return true;
    }
    let lw = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lw.as_str())
}

/// Lower-cases, strips accents and turns every run of non-alphanumerics into one space:
/// `"Tehrik-e-Taliban  Pakistan’s"` → `"tehrik e taliban pakistan s"`; an apostrophe inside a
/// word is dropped (`"Ba'qubah"` → `"baqubah"`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    let mut push = |m: char| {
        if m.is_ascii_alphanumeric() {
            out.push(m);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    for (i, c) in s.char_indices() {
        if is_apostrophe(c) && elided(s.as_bytes(), i, c.len_utf8()) {
            continue;
        }
        // No allocation per character: this runs over every alias and phrase the tables fold
        // and over text windows at extraction time.
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            deunicode::deunicode_char(c)
                .unwrap_or(" ")
                .chars()
                .flat_map(char::to_lowercase)
                .for_each(&mut push);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2019}' | '\u{2018}' | '\u{2bc}')
}

/// Whether the apostrophe at byte `i` (`len` bytes long) sits inside a transliterated name and
/// folds to nothing — "Ba'qubah" → `baqubah`, "Sana'a" → `sanaa`, as gazetteers spell them —
/// rather than to a space: it needs a letter on each side and is not a possessive "'s".
fn elided(b: &[u8], i: usize, len: usize) -> bool {
    let j = i + len;
    i > 0
        && b[i - 1].is_ascii_alphabetic()
        && b.get(j).is_some_and(|c| c.is_ascii_alphabetic())
        && !(matches!(b[j], b's' | b'S') && b.get(j + 1).is_none_or(|c| !c.is_ascii_alphanumeric()))
}

/// A folded copy of a text for word-bounded dictionary matching: lower-case ASCII letters and
/// digits, every other run of characters one space, with a leading and a trailing space so
/// that a pattern `" name"` followed by a space matches whole words only.
///
/// `orig[i]` is the byte offset in the original text of folded byte `i`; `hard[i]` is true for a
/// space that stands for a phrase break (`,` `;` `:` `(` `)` `"`, a full stop after a word of
/// two or more letters, a blank line), which a multi-word name must not span.
pub struct Folded {
    pub text: String,
    pub orig: Vec<u32>,
    pub hard: Vec<bool>,
}

impl Folded {
    pub fn new(src: &str) -> Folded {
        // Written by index into zeroed buffers sized for the common case (one folded byte per
        // source byte), grown when transliteration makes more, and ASCII words a run at a time:
        // this pass over every byte was 9% of extraction instructions.
        let cap = src.len() + 2;
        let mut st = FoldState {
            text: vec![0; cap],
            orig: vec![0; cap],
            hard: vec![false; cap],
            n: 1,
            in_sep: true,
            sep_hard: false,
            newlines: 0,
            word_len: 0,
        };
        st.text[0] = b' ';
        st.hard[0] = true;
        // Byte by byte: ASCII (nearly all of news text) without decoding a char; anything else
        // decoded and transliterated by deunicode.
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if matches!(b, b'\'' | b'`') && elided(bytes, i, 1) {
                    i += 1;
                    continue;
                }
                if FOLD_ASCII[b as usize] != 0 {
                    // A run of ASCII letters and digits, written at once.
                    let run = bytes[i..]
                        .iter()
                        .position(|&c| c >= 0x80 || FOLD_ASCII[c as usize] == 0)
                        .unwrap_or(bytes.len() - i);
                    st.word(&bytes[i..i + run], i);
                    i += run;
                } else {
                    st.separator(b as char);
                    i += 1;
                }
                continue;
            }
            let c = src[i..].chars().next().unwrap_or(' ');
            if is_apostrophe(c) && elided(bytes, i, c.len_utf8()) {
                i += c.len_utf8();
                continue;
            }
            let mut any = false;
            if c != '\u{2019}' && c != '\u{2018}' {
                for m in deunicode::deunicode_char(c).unwrap_or("").bytes() {
                    let m = m.to_ascii_lowercase();
                    if m.is_ascii_alphanumeric() {
                        st.letter(m, i);
                        any = true;
                    }
                }
            }
            if !any {
                st.separator(c);
            }
            i += c.len_utf8();
        }
        let FoldState {
            text: mut bytes,
            mut orig,
            mut hard,
            n,
            ..
        } = st;
        bytes.truncate(n);
        orig.truncate(n);
        hard.truncate(n);
        // Only ASCII letters, digits and spaces were written.
        let mut text = String::from_utf8(bytes).unwrap_or_default();
        text.push(' ');
        orig.push(src.len() as u32);
        hard.push(true);
        Folded { text, orig, hard }
    }

    /// Original byte span of folded range `[a, b)` in `src` (the text this was built from).
    pub fn span(&self, src: &str, a: usize, b: usize) -> [usize; 2] {
        let s = (self.orig[a] as usize).min(src.len());
        let e = if b > a {
            (self.orig[b - 1] as usize).min(src.len())
        } else {
            s
        };
        let e = e + src[e..].chars().next().map_or(0, |c| c.len_utf8());
        [s, e]
    }

    /// True when no space inside `[a, b)` is a phrase break.
    pub fn no_break(&self, a: usize, b: usize) -> bool {
        !self.hard[a..b]
            .iter()
            .enumerate()
            .any(|(k, &h)| h && self.text.as_bytes()[a + k] == b' ')
    }
}

/// Each ASCII byte's folded letter (lower case), or 0 for a byte that folds to no letter.
static FOLD_ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The running state of [`Folded::new`].
struct FoldState {
    text: Vec<u8>,
    orig: Vec<u32>,
    hard: Vec<bool>,
    /// Bytes written so far (the buffers' lengths are their capacity).
    n: usize,
    /// Inside a run of separators, and whether the run holds a phrase break.
    in_sep: bool,
    sep_hard: bool,
    newlines: u8,
    /// Letters of the current (or last) word.
    word_len: usize,
}

impl FoldState {
    /// Appends folded letter `m` that came from source byte `i`.
    #[inline(always)]
    fn letter(&mut self, m: u8, i: usize) {
        if self.n + 2 > self.text.len() {
            self.grow();
        }
        if self.in_sep {
            if self.n > 1 {
                self.put(b' ', i, self.sep_hard || self.newlines >= 2);
            }
            self.word_len = 0;
            // (Outside a separator run these are already clear: `separator` sets them only
            // after entering one.)
            self.in_sep = false;
            self.sep_hard = false;
            self.newlines = 0;
        }
        self.put(m, i, false);
        self.word_len += 1;
    }

    /// Appends the ASCII letters and digits `run`, which start at source byte `i`: what
    /// [`FoldState::letter`] does for each, lower-cased.
    #[inline(always)]
    fn word(&mut self, run: &[u8], i: usize) {
        let Some((&first, rest)) = run.split_first() else {
            return;
        };
        self.letter(FOLD_ASCII[first as usize], i);
        while self.n + rest.len() + 2 > self.text.len() {
            self.grow();
        }
        let n = self.n;
        for (d, &b) in self.text[n..n + rest.len()].iter_mut().zip(rest) {
            *d = FOLD_ASCII[b as usize];
        }
        for (k, o) in self.orig[n..n + rest.len()].iter_mut().enumerate() {
            *o = (i + 1 + k) as u32;
        }
        // `hard` is already false there: the buffers start zeroed and only `put` writes them.
        self.n = n + rest.len();
        self.word_len += rest.len();
    }

    #[inline(always)]
    fn put(&mut self, m: u8, i: usize, hard: bool) {
        let n = self.n;
        self.text[n] = m;
        self.orig[n] = i as u32;
        self.hard[n] = hard;
        self.n = n + 1;
    }

    /// Room for more folded bytes than source bytes (transliteration: a 3-byte "\u{4e2d}"
    /// folds to "zhong").
    #[cold]
    fn grow(&mut self) {
        let len = self.text.len() * 2 + 16;
        self.text.resize(len, 0);
        self.orig.resize(len, 0);
        self.hard.resize(len, false);
    }

    /// Notes source character `c`, which folds to no letter.
    #[inline]
    fn separator(&mut self, c: char) {
        if !self.in_sep {
            self.in_sep = true;
            self.sep_hard = false;
            self.newlines = 0;
        }
        match c {
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '!' | '?' | '\u{201c}' | '\u{201d}'
            | '|' => self.sep_hard = true,
            '\u{2014}' | '\u{2013}' => self.sep_hard = true,
            '.' if self.word_len >= 2 => self.sep_hard = true,
            '\n' => self.newlines = self.newlines.saturating_add(1),
            _ => {}
        }
    }
}

/// A set of words matched ignoring ASCII case, for per-word membership tests in hot loops: a
/// scan of a list of a hundred words for every word of a sentence was 7% of extraction
/// instructions.
pub struct WordSet {
    set: FxHashSet<Box<[u8]>>,
    /// The longest word's length: nothing longer can be in the set.
    max: usize,
}

impl WordSet {
    /// Longest word a set may hold.
    const MAX_LEN: usize = 64;

    pub fn new(words: &[&str]) -> WordSet {
        let mut max = 0;
        let set = words
            .iter()
            .map(|w| {
                assert!(w.len() <= Self::MAX_LEN, "word set entry too long: {w}");
                max = max.max(w.len());
                w.to_ascii_lowercase().into_bytes().into_boxed_slice()
            })
            .collect();
        WordSet { set, max }
    }

    /// Whether `w` is in the set, ignoring ASCII case (as `str::eq_ignore_ascii_case`).
    pub fn contains(&self, w: &str) -> bool {
        if w.len() > self.max {
            return false;
        }
        let mut buf = [0u8; Self::MAX_LEN];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        self.set.contains(&*b)
    }
}

/// A dictionary of names (the gazetteer's places, the group table's aliases) keyed by their
/// folded words, with every word prefix of a name marked so a lookup knows when to stop
/// extending. Names are whole words of the folded text, so the names at one word start are
/// found with a few hash lookups: where an Aho-Corasick automaton over the ~150k place names
/// (too large for a DFA) cost about 25 ns per byte of text and a third of a second to build.
pub struct NameIndex {
    map: FxHashMap<Box<str>, NameEntry>,
}

#[derive(Clone, Copy)]
struct NameEntry {
    /// The name's pattern, or `NO_PATTERN` when only longer names start with these words.
    pattern: u32,
    /// Some longer name starts with these words.
    longer: bool,
}

const NO_PATTERN: u32 = u32::MAX;

impl NameIndex {
    /// Builds the index over `patterns` (folded names, each with a leading space).
    pub fn new(patterns: &[String]) -> NameIndex {
        let mut map: FxHashMap<Box<str>, NameEntry> = FxHashMap::default();
        for (i, p) in patterns.iter().enumerate() {
            let name = p.strip_prefix(' ').unwrap_or(p);
            if name.is_empty() {
                continue;
            }
            for (k, _) in name.match_indices(' ') {
                map.entry(name[..k].into())
                    .or_insert(NameEntry {
                        pattern: NO_PATTERN,
                        longer: false,
                    })
                    .longer = true;
            }
            let e = map.entry(name.into()).or_insert(NameEntry {
                pattern: NO_PATTERN,
                longer: false,
            });
            if e.pattern == NO_PATTERN {
                e.pattern = i as u32;
            }
        }
        NameIndex { map }
    }

    /// Calls `found(start, end, pattern)` for every name in the folded text `t`: spans of whole
    /// words with a space before and after (`t[end]` is always a space), overlapping and nested
    /// names included.
    pub fn find_all(&self, t: &str, mut found: impl FnMut(usize, usize, usize)) {
        let b = t.as_bytes();
        let mut s = 0;
        while s < b.len() {
            // Next word start: a non-space byte after a space.
            if !(s > 0 && b[s - 1] == b' ' && b[s] != b' ') {
                s += 1;
                continue;
            }
            let mut e = s;
            loop {
                // A plain byte loop: words are short, and memchr's set-up per word cost more.
                let end = b[e..]
                    .iter()
                    .position(|&c| c == b' ')
                    .map_or(b.len(), |p| e + p);
                let Some(entry) = self.map.get(&t[s..end]) else {
                    break;
                };
                if entry.pattern != NO_PATTERN && end < b.len() {
                    found(s, end, entry.pattern as usize);
                }
                if !entry.longer || end >= b.len() {
                    break;
                }
                e = end + 1;
            }
            s += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_grows_past_the_source_length_when_transliteration_does() {
        // Each 3-byte "\u{4e2d}" folds to five letters: the buffers must grow, in step.
        let src = format!("Near {} and Kabul", "\u{4e2d}".repeat(50));
        let f = Folded::new(&src);
        assert_eq!(f.text, format!(" near {} and kabul ", "zhong".repeat(50)));
        assert_eq!((f.orig.len(), f.hard.len()), (f.text.len(), f.text.len()));
        let k = f.text.find(" kabul").unwrap() + 1;
        assert_eq!(&src[f.orig[k] as usize..], "Kabul");
        assert!(
            f.hard.iter().filter(|&&h| h).count() == 2,
            "only the two ends are breaks"
        );
    }

    #[test]
    fn a_word_set_matches_as_eq_ignore_ascii_case_does() {
        let list = ["killed", "bomb", "caf\u{e9}"];
        let set = WordSet::new(&list);
        for w in [
            "killed",
            "KILLED",
            "Bomb",
            "bombs",
            "kill",
            "",
            "CAF\u{e9}",
            "caf\u{c9}",
            "bo",
            "x".repeat(200).as_str(),
        ] {
            let want = list.iter().any(|x| x.eq_ignore_ascii_case(w));
            assert_eq!(set.contains(w), want, "{w}");
        }
    }

    #[test]
    fn apostrophes_inside_names_fold_to_nothing() {
        assert_eq!(fold("Ba'qubah"), "baqubah");
        assert_eq!(fold("Sana\u{2019}a"), "sanaa");
        assert_eq!(fold("Pakistan's army"), "pakistan s army");
        assert_eq!(fold("'quoted' word"), "quoted word");
        let f = Folded::new("near Ba'qubah and Iraq\u{2019}s capital");
        assert_eq!(f.text, " near baqubah and iraq s capital ");
        let [a, b] = f.span("near Ba'qubah and Iraq\u{2019}s capital", 6, 13);
        assert_eq!(&"near Ba'qubah and Iraq\u{2019}s capital"[a..b], "Ba'qubah");
    }

    #[test]
    fn name_index_finds_whole_word_names_nested_and_overlapping() {
        let pats: Vec<String> = [
            " san salvador",
            " salvador",
            " san",
            " el salvador",
            " de la",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let idx = NameIndex::new(&pats);
        let t = " in san salvador and el salvadoran de la paz ";
        let mut found = Vec::new();
        idx.find_all(t, |a, b, p| found.push((&t[a..b], p)));
        found.sort();
        assert_eq!(
            found,
            vec![
                ("de la", 4),
                ("salvador", 1),
                ("san", 2),
                ("san salvador", 0)
            ]
        );
    }

    fn sents(t: &str) -> Vec<&str> {
        split_sentences(t)
            .into_iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_on_stops_and_paragraphs() {
        assert_eq!(
            sents("Two were killed. Gen. Ali said the U.S. embassy was hit.\n\nNext para"),
            vec![
                "Two were killed.",
                "Gen. Ali said the U.S. embassy was hit.",
                "Next para"
            ]
        );
        assert_eq!(
            sents("A. B. Smith arrived. He left."),
            vec!["A. B. Smith arrived.", "He left."]
        );
        assert_eq!(
            sents("\"We did it.\" He said."),
            vec!["\"We did it.\"", "He said."]
        );
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(
            fold("Tehrik-e-Taliban  Pakistan’s"),
            "tehrik e taliban pakistan s"
        );
        assert_eq!(fold("Bogotá D.C."), "bogota d c");
        assert_eq!(fold("  "), "");
    }
}
