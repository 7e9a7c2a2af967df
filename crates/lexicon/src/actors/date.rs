//! Calendar dates for date-bounded roles: parsing `YYYY-MM-DD`, ordering, and today's date.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date (proleptic Gregorian). Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A checked date; `None` when the month or day is out of range.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let bad = || format!("bad date {s:?} (want YYYY-MM-DD)");
        if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts[1].parse().map_err(|_| bad())?;
        let day: u8 = parts[2].parse().map_err(|_| bad())?;
        Date::new(year, month, day).ok_or_else(|| format!("no such date {s:?}"))
    }

    /// The date `days` days after 1970-01-01 (civil-from-days, H. Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today's date (UTC) from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_unix_days(secs.div_euclid(86_400))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_orders() {
        let a = Date::parse("2017-01-20").unwrap();
        let b = Date::parse("2021-01-20").unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2017-01-20");
        assert!(Date::parse("2021-02-29").is_err());
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("21-01-20").is_err());
    }

    #[test]
    fn unix_days() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(19_723).to_string(), "2024-01-01");
    }
}
