//! Publication dates: whatever a page or feed says, normalised to ISO `YYYY-MM-DD`.

use chrono::{DateTime, NaiveDate};

/// Normalises a date string to `YYYY-MM-DD`: ISO 8601 / RFC 3339 (with or without time),
/// RFC 2822 (`Tue, 10 Jun 2003 04:00:00 GMT`), `YYYY/MM/DD`, `YYYYMMDD` and `Month D, YYYY`.
/// The calendar date is the one written (no time-zone conversion). `None` if unrecognised.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if let Some(d) = leading_iso(s) {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive().format("%Y-%m-%d").to_string());
    }
    for fmt in ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

/// `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYYMMDD` at the start of the string.
fn leading_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .map(|_| &s[r])
    };
    let (y, m, d) = if b.len() >= 10 && (b[4] == b'-' || b[4] == b'/') && b[7] == b[4] {
        (digits(0..4)?, digits(5..7)?, digits(8..10)?)
    } else {
        let (y, m, d) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
        if b.get(8).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        (y, m, d)
    };
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::normalize_date;

    #[test]
    fn common_formats() {
        assert_eq!(
            normalize_date("2019-11-19T08:03:00-05:00").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(normalize_date("2006/10/09").as_deref(), Some("2006-10-09"));
        assert_eq!(normalize_date("20061009").as_deref(), Some("2006-10-09"));
        assert_eq!(
            normalize_date("Mon, 09 Oct 2006 10:00:00 GMT").as_deref(),
            Some("2006-10-09")
        );
        assert_eq!(normalize_date("October 9, 2006").as_deref(), Some("2006-10-09"));
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date("2006-13-40"), None);
        assert_eq!(normalize_date("1234567890"), None);
    }
}
