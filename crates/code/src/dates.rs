//! Dates: finds temporal expressions in a sentence ("yesterday", "on Wednesday", "July 9, 2006",
//! "last month", "two days ago") and resolves them against the publication date. The words are
//! data (`data/lexicon/time/temporal.tsv`).

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::Serialize;
use std::collections::HashMap;

const EMBEDDED: &str = include_str!("../../../data/lexicon/time/temporal.tsv");

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

/// A temporal expression covering tokens `start..end` of a sentence, resolved to a date (the first
/// day of the period for coarser granularities).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub granularity: Granularity,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    Month(u32),
    Weekday(u32),
    Day(i64),
    Unit(Unit),
    Shift(i64),
    Number(i64),
}

/// The temporal vocabulary.
#[derive(Debug)]
pub struct TimeLexicon {
    words: HashMap<String, Word>,
}

impl TimeLexicon {
    /// The embedded default vocabulary.
    pub fn embedded() -> TimeLexicon {
        Self::parse(EMBEDDED).expect("the embedded temporal lexicon is valid (checked by tests)")
    }

    /// Parses the TSV format; errors name the line.
    pub fn parse(text: &str) -> Result<TimeLexicon, String> {
        let mut words = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| format!("temporal.tsv:{}: {why}: {line:?}", i + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            let [word, kind, value] = cols[..] else {
                return Err(bad("expected 3 tab-separated columns"));
            };
            let int = || value.parse::<i64>().map_err(|_| bad("value is not a number"));
            let parsed = match kind {
                "month" => Word::Month(int()? as u32),
                "weekday" => Word::Weekday(int()? as u32),
                "day" => Word::Day(int()?),
                "shift" => Word::Shift(int()?),
                "number" => Word::Number(int()?),
                "unit" => Word::Unit(match value {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return Err(bad("unknown unit")),
                }),
                _ => return Err(bad("unknown kind")),
            };
            words.insert(word.to_string(), parsed);
        }
        Ok(TimeLexicon { words })
    }

    fn word(&self, form: &str) -> Option<Word> {
        let lower = form.trim_end_matches('.').to_lowercase();
        self.words.get(&lower).copied()
    }

    /// Finds and resolves the temporal expressions among `forms` (one sentence's tokens).
    pub fn find(&self, forms: &[&str], published: NaiveDate) -> Vec<DateMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < forms.len() {
            match self.match_at(forms, i, published) {
                Some(m) => {
                    i = m.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    fn match_at(&self, forms: &[&str], i: usize, published: NaiveDate) -> Option<DateMention> {
        let mention = |end: usize, date: NaiveDate, granularity| {
            Some(DateMention {
                start: i,
                end,
                date,
                granularity,
            })
        };
        let number = |k: usize| forms.get(k).and_then(|f| f.parse::<i64>().ok());
        let word = |k: usize| forms.get(k).and_then(|f| self.word(f));
        let lower = |k: usize| forms.get(k).map(|f| f.to_lowercase()).unwrap_or_default();
        match word(i) {
            Some(Word::Day(offset)) => mention(i + 1, shift_days(published, offset)?, Granularity::Day),
            Some(Word::Weekday(day)) => mention(i + 1, last_weekday(published, day)?, Granularity::Day),
            Some(Word::Month(month)) => {
                // "July 9", "July 9, 2006", "July 2006", or a bare month name ("in July").
                if let Some(day) = number(i + 1).filter(|d| (1..=31).contains(d)) {
                    let (year, end) = match (forms.get(i + 2), number(i + 3)) {
                        (Some(&","), Some(y)) if (1900..=2100).contains(&y) => (Some(y as i32), i + 4),
                        _ => match number(i + 2) {
                            Some(y) if (1900..=2100).contains(&y) => (Some(y as i32), i + 3),
                            _ => (None, i + 2),
                        },
                    };
                    let year = year.unwrap_or_else(|| infer_year(published, month));
                    return mention(end, NaiveDate::from_ymd_opt(year, month, day as u32)?, Granularity::Day);
                }
                if let Some(y) = number(i + 1).filter(|y| (1900..=2100).contains(y)) {
                    return mention(i + 2, NaiveDate::from_ymd_opt(y as i32, month, 1)?, Granularity::Month);
                }
                // A bare month name needs a cue, as "may" and "march" are also ordinary words.
                let cue = i > 0
                    && matches!(
                        lower(i - 1).as_str(),
                        "in" | "since" | "during" | "until" | "last" | "next"
                    );
                let capitalised = forms[i].chars().next().is_some_and(char::is_uppercase);
                if cue && capitalised {
                    let year = infer_year(published, month);
                    return mention(i + 1, NaiveDate::from_ymd_opt(year, month, 1)?, Granularity::Month);
                }
                None
            }
            Some(Word::Shift(direction)) => match word(i + 1) {
                Some(Word::Weekday(day)) => {
                    let date = if direction < 0 {
                        last_weekday(published, day)?
                    } else {
                        next_weekday(published, day)?
                    };
                    mention(i + 2, date, Granularity::Day)
                }
                Some(Word::Unit(unit)) => {
                    let (date, granularity) = shift_unit(published, unit, direction)?;
                    mention(i + 2, date, granularity)
                }
                _ => None,
            },
            Some(Word::Number(n)) => self.ago(forms, i, n, published),
            _ => {
                if let Some(n) = number(i).filter(|n| (1..=100).contains(n)) {
                    return self.ago(forms, i, n, published);
                }
                // "this week/month/year", "earlier this month".
                if lower(i) == "this" {
                    if let Some(Word::Unit(unit)) = word(i + 1) {
                        let (date, granularity) = shift_unit(published, unit, 0)?;
                        return mention(i + 2, date, granularity);
                    }
                }
                // "in 2005"
                if i > 0 && matches!(lower(i - 1).as_str(), "in" | "since" | "during") {
                    if let Some(y) = number(i).filter(|y| (1900..=2100).contains(y)) {
                        return mention(i + 1, NaiveDate::from_ymd_opt(y as i32, 1, 1)?, Granularity::Year);
                    }
                }
                None
            }
        }
    }

    /// "two days ago", "3 weeks ago".
    fn ago(&self, forms: &[&str], i: usize, n: i64, published: NaiveDate) -> Option<DateMention> {
        let Some(Word::Unit(unit)) = forms.get(i + 1).and_then(|f| self.word(f)) else {
            return None;
        };
        if !forms.get(i + 2).is_some_and(|f| f.eq_ignore_ascii_case("ago")) {
            return None;
        }
        let (date, granularity) = match unit {
            Unit::Day => (shift_days(published, -n)?, Granularity::Day),
            Unit::Week => (shift_days(published, -7 * n)?, Granularity::Week),
            Unit::Month => (published.checked_sub_months(Months::new(n as u32))?, Granularity::Month),
            Unit::Year => (
                published.checked_sub_months(Months::new(12 * n as u32))?,
                Granularity::Year,
            ),
        };
        Some(DateMention {
            start: i,
            end: i + 3,
            date,
            granularity,
        })
    }
}

fn shift_days(date: NaiveDate, offset: i64) -> Option<NaiveDate> {
    if offset >= 0 {
        date.checked_add_days(Days::new(offset as u64))
    } else {
        date.checked_sub_days(Days::new(offset.unsigned_abs()))
    }
}

fn weekday(index: u32) -> Weekday {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ][index as usize % 7]
}

/// The most recent `day` on or before `published` (news convention for a bare weekday).
fn last_weekday(published: NaiveDate, day: u32) -> Option<NaiveDate> {
    let back = (published.weekday().num_days_from_monday() + 7 - weekday(day).num_days_from_monday()) % 7;
    shift_days(published, -(back as i64))
}

/// The next `day` strictly after `published`.
fn next_weekday(published: NaiveDate, day: u32) -> Option<NaiveDate> {
    let ahead = (weekday(day).num_days_from_monday() + 7 - published.weekday().num_days_from_monday()) % 7;
    shift_days(published, if ahead == 0 { 7 } else { ahead as i64 })
}

/// The first day of the unit containing `published`, shifted by `direction` units.
fn shift_unit(published: NaiveDate, unit: Unit, direction: i64) -> Option<(NaiveDate, Granularity)> {
    match unit {
        Unit::Day => Some((shift_days(published, direction)?, Granularity::Day)),
        Unit::Week => {
            let monday = shift_days(published, -(published.weekday().num_days_from_monday() as i64))?;
            Some((shift_days(monday, 7 * direction)?, Granularity::Week))
        }
        Unit::Month => {
            let first = published.with_day(1)?;
            let date = if direction >= 0 {
                first.checked_add_months(Months::new(direction as u32))?
            } else {
                first.checked_sub_months(Months::new(direction.unsigned_abs() as u32))?
            };
            Some((date, Granularity::Month))
        }
        Unit::Year => Some((
            NaiveDate::from_ymd_opt(published.year() + direction as i32, 1, 1)?,
            Granularity::Year,
        )),
    }
}

/// The year of a month named without one: the publication year, unless that puts it more than
/// two months after publication (then it is last year's).
fn infer_year(published: NaiveDate, month: u32) -> i32 {
    if month > published.month() + 2 {
        published.year() - 1
    } else {
        published.year()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(sentence: &str, published: &str) -> Vec<(String, String, Granularity)> {
        let lexicon = TimeLexicon::embedded();
        let forms: Vec<&str> = sentence.split(' ').collect();
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        lexicon
            .find(&forms, published)
            .into_iter()
            .map(|m| (forms[m.start..m.end].join(" "), m.date.to_string(), m.granularity))
            .collect()
    }

    #[test]
    fn embedded_lexicon_parses() {
        TimeLexicon::parse(EMBEDDED).unwrap();
        assert!(TimeLexicon::parse("monday\tweekday\n")
            .unwrap_err()
            .contains("temporal.tsv:1"));
    }

    #[test]
    fn relative_days_and_weekdays() {
        // 2006-07-08 was a Saturday.
        let found = resolve("the North 's test-firing of seven missiles on Wednesday", "2006-07-08");
        assert_eq!(found, vec![("Wednesday".into(), "2006-07-05".into(), Granularity::Day)]);
        let found = resolve("Japan 's foreign minister said yesterday", "2006-07-08");
        assert_eq!(found, vec![("yesterday".into(), "2006-07-07".into(), Granularity::Day)]);
        let found = resolve("talks resume next Monday", "2006-07-08");
        assert_eq!(found[0].1, "2006-07-10");
    }

    #[test]
    fn calendar_dates_and_periods() {
        assert_eq!(resolve("on July 9 , 2006 ,", "2006-07-10")[0].1, "2006-07-09");
        assert_eq!(resolve("SEOUL , July 9 ( Reuters )", "2006-07-10")[0].1, "2006-07-09");
        assert_eq!(resolve("on December 30", "2007-01-02")[0].1, "2006-12-30");
        assert_eq!(
            resolve("last month", "2006-07-10")[0],
            ("last month".into(), "2006-06-01".into(), Granularity::Month)
        );
        assert_eq!(resolve("two days ago", "2006-07-10")[0].1, "2006-07-08");
        assert_eq!(resolve("in 2005", "2006-07-10")[0].2, Granularity::Year);
    }

    #[test]
    fn ordinary_words_are_not_dates() {
        assert!(resolve("We may amend the draft", "2006-07-08").is_empty());
        assert!(resolve("a march on the capital", "2006-07-08").is_empty());
        assert!(resolve("seven missiles", "2006-07-08").is_empty());
    }
}
