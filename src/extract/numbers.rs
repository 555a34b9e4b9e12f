//! Word tokens and numbers written in words or digits, shared by the toll and date rules.
//!
//! Rules work on an ASCII-lower-cased copy of the input (same byte offsets as the original), so
//! upper-case wire copy and mixed-case news read alike.

/// A token of the lower-cased input: a word (letters, digits, inner hyphens, apostrophes and
/// digit-group commas) or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.text
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_alphanumeric())
    }
}

/// Tokenises `lower[start..end]` (already lower-cased); offsets are into `lower`.
pub fn tokenize(lower: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    let b = lower.as_bytes();
    let mut out = Vec::with_capacity((end - start) / 5 + 4);
    let mut i = start;
    while i < end {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            let s = i;
            i += 1;
            while i < end {
                let d = b[i];
                if d.is_ascii_alphanumeric() {
                    i += 1;
                } else if (d == b'-' || d == b'\'' || d == b'.' || d == b',')
                    && i + 1 < end
                    && b[i + 1].is_ascii_alphanumeric()
                {
                    // Inner hyphen or apostrophe; digit-group comma/point only between digits.
                    if (d == b',' || d == b'.')
                        && !(b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
                    {
                        break;
                    }
                    i += 1;
                } else if d == 0xE2 && i + 3 < end && b[i + 1] == 0x80 && b[i + 2] == 0x99 {
                    // Typographic apostrophe (’) inside a word: keep the word whole.
                    if b[i + 3].is_ascii_alphanumeric() {
                        i += 3;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Tok {
                text: &lower[s..i],
                start: s,
                end: i,
            });
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if c < 0x80 {
            out.push(Tok {
                text: &lower[i..i + 1],
                start: i,
                end: i + 1,
            });
            i += 1;
        } else {
            // Skip a non-ASCII character (its UTF-8 bytes); dashes and quotes become boundaries.
            let mut j = i + 1;
            while j < end && (b[j] & 0xC0) == 0x80 {
                j += 1;
            }
            out.push(Tok {
                text: &lower[i..j],
                start: i,
                end: j,
            });
            i = j;
        }
    }
    out
}

/// Value of a cardinal number word (`"eleven"` → 11); `None` for anything else.
pub fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Value of a number word or hyphenated compound (`"twenty-one"` → 21), or of a numeral
/// (`"1,200"` → 1200).
pub fn number_token(w: &str) -> Option<u32> {
    if w.as_bytes().first().is_some_and(|b| b.is_ascii_digit()) {
        if !w.bytes().all(|b| b.is_ascii_digit() || b == b',') {
            return None;
        }
        let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() > 7 {
            return None;
        }
        return digits.parse().ok();
    }
    if let Some(v) = unit_word(w) {
        return Some(v);
    }
    let (a, b) = w.split_once('-')?;
    let (ta, ub) = (unit_word(a)?, unit_word(b)?);
    (ta >= 20 && ta % 10 == 0 && (1..10).contains(&ub)).then_some(ta + ub)
}

/// A cardinal number starting at token `i`: numerals, number words, compounds ("twenty one",
/// "two hundred and five", "a dozen", "two dozen"). Returns the value and the token index after it.
/// A bare "a"/"an"/"one" counts as 1 only when the caller allows it through the next word.
pub fn parse_cardinal(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let w = toks.get(i)?.text;
    if (w == "a" || w == "one") && toks.get(i + 1).is_some_and(|t| t.text == "dozen") {
        return Some((12, i + 2));
    }
    if (w == "a" || w == "one") && toks.get(i + 1).is_some_and(|t| t.text == "hundred") {
        return Some((100, i + 2));
    }
    let mut v = number_token(w)?;
    let mut j = i + 1;
    // "twenty one"
    if (20..100).contains(&v) && v % 10 == 0 {
        if let Some(u) = toks.get(j).and_then(|t| unit_word(t.text)) {
            if (1..10).contains(&u) {
                v += u;
                j += 1;
            }
        }
    }
    loop {
        match toks.get(j).map(|t| t.text) {
            Some("dozen") if v < 100 => {
                v *= 12;
                j += 1;
            }
            Some("hundred") if v < 100 => {
                v *= 100;
                j += 1;
                // "two hundred and five", "two hundred five"
                let k = if toks.get(j).is_some_and(|t| t.text == "and") {
                    j + 1
                } else {
                    j
                };
                if let Some(t) = toks.get(k) {
                    if let Some(u) = number_token(t.text)
                        .filter(|u| *u < 100 && !t.text.as_bytes()[0].is_ascii_digit())
                    {
                        v += u;
                        j = k + 1;
                    }
                }
            }
            Some("thousand") if v < 1000 => {
                v *= 1000;
                j += 1;
            }
            _ => break,
        }
    }
    Some((v, j))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok<'_>> {
        tokenize(s, 0, s.len())
    }

    #[test]
    fn tokenizes_words_numbers_and_punctuation() {
        let t: Vec<&str> = toks("at least 1,200 people, twenty-one of them u.s. citizens’ kin")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            vec![
                "at",
                "least",
                "1,200",
                "people",
                ",",
                "twenty-one",
                "of",
                "them",
                "u",
                ".",
                "s",
                ".",
                "citizens",
                "’",
                "kin"
            ]
        );
    }

    #[test]
    fn parses_cardinals() {
        let c = |s: &str| parse_cardinal(&toks(s), 0).map(|x| x.0);
        assert_eq!(c("eleven people"), Some(11));
        assert_eq!(c("twenty-one people"), Some(21));
        assert_eq!(c("twenty one people"), Some(21));
        assert_eq!(c("a dozen people"), Some(12));
        assert_eq!(c("two dozen people"), Some(24));
        assert_eq!(c("two hundred and five people"), Some(205));
        assert_eq!(c("1,200 people"), Some(1200));
        assert_eq!(c("people"), None);
        assert_eq!(c("15-year-old"), None);
    }
}
